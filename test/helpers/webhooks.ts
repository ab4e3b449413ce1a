// The spec's webhook examples (fresh copies), so the tests sign and verify what openapi.yaml documents.
import type { WebhookEventOf, WebhookEventType } from '../../src/webhooks/index.js';
import { spec } from './spec.js';

/** The key the spec's header examples are signed with (see the Webhooks tag in openapi.yaml). */
export const specExampleKey = 'example-integrity-key';
export const integrityKey = 'whsec-test-7f3c1a9e5b2d4c6e8f0a1b3c5d7e9f1a';

export const webhookTypes = Object.keys(spec.webhooks) as WebhookEventType[];

function operation(type: string) {
  return spec.webhooks[type].post;
}

/** The first request example of a webhook: an envelope as Palomma would send it. */
export function exampleEnvelope<Type extends WebhookEventType>(type: Type): WebhookEventOf<Type> {
  const examples = operation(type).requestBody.content['application/json'].examples;
  return structuredClone(Object.values<{ value: WebhookEventOf<Type> }>(examples)[0]!.value);
}

/** The example values of the webhook's X-Encoded-Data and X-Signature header parameters. */
export function exampleHeaders(type: WebhookEventType): Record<string, string> {
  const parameters: { name: string; in: string; example: string }[] = operation(type).parameters;
  return Object.fromEntries(parameters.filter((p) => p.in === 'header').map((p) => [p.name, p.example]));
}
