// The spec's webhooks section: every webhook is documented the same way, and its examples are valid and consistent.
import { describe, expect, it } from 'vitest';
import { componentRef, schemaErrors } from '../helpers/schemas.js';
import { spec } from '../helpers/spec.js';
import { exampleEnvelope, exampleHeaders, webhookTypes } from '../helpers/webhooks.js';

describe('openapi.yaml webhooks', () => {
  it('describes every documented event type', () => {
    expect([...webhookTypes].sort()).toEqual(
      ['payin-link.update', 'payin-request.update', 'payin-settlement.update', 'payin-source.update', 'payout-request.update', 'payout-target.update'],
    );
  });

  it.each(webhookTypes)('%s: a POST with both headers, an envelope whose eventType is the webhook name, and a 200', (type) => {
    const operation = spec.webhooks[type].post;
    const headers = operation.parameters.filter((p: { in: string }) => p.in === 'header');
    expect(headers.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['X-Encoded-Data', true],
      ['X-Signature', true],
    ]);
    expect(operation.security).toEqual([]);
    const ref: string = operation.requestBody.content['application/json'].schema.$ref;
    const schema = spec.components.schemas[ref.split('/').pop()!];
    expect(ref).toMatch(/^#\/components\/schemas\/WebhookEnvelope/);
    expect(schema.required).toEqual(['webhookId', 'timestamp', 'eventType', 'event']);
    expect(schema.properties.eventType.const).toBe(type);
    expect(schema.properties.timestamp.format).toBe('date-time');
    expect(Object.keys(operation.responses)).toEqual(['200']);
  });

  it.each(webhookTypes)('%s: every body example is valid against its envelope schema', (type) => {
    const media = spec.webhooks[type].post.requestBody.content['application/json'];
    const examples = Object.values<{ value: unknown }>(media.examples);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(schemaErrors(media.schema, example.value)).toEqual([]);
  });

  it.each(webhookTypes)('%s: every example shows a status its description says it is sent for', (type) => {
    const operation = spec.webhooks[type].post;
    const named = new Set([...operation.description.matchAll(/`(\w+)`/g)].map((m: RegExpMatchArray) => m[1]));
    for (const example of Object.values<{ value: { event: { status?: string } } }>(operation.requestBody.content['application/json'].examples)) {
      const { status } = example.value.event;
      if (status !== undefined) expect(named, `${type} example with status ${status}`).toContain(status);
    }
  });

  it.each(webhookTypes)('%s: the X-Encoded-Data example is the Base64 of the body example', (type) => {
    const decoded = JSON.parse(Buffer.from(exampleHeaders(type)['X-Encoded-Data']!, 'base64').toString('utf8'));
    expect(decoded).toEqual(exampleEnvelope(type));
  });

  it('the schemas reject an envelope with the wrong eventType or a missing field', () => {
    const envelope = exampleEnvelope('payout-target.update');
    expect(schemaErrors(componentRef('WebhookEnvelopePayoutTargetUpdate'), { ...envelope, eventType: 'payout-request.update' })).not.toEqual([]);
    expect(schemaErrors(componentRef('WebhookEnvelopePayoutTargetUpdate'), { ...envelope, webhookId: undefined })).not.toEqual([]);
  });
});
