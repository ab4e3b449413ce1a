// Sends a correctly signed sample webhook, built from the spec's example for --event, to a local receiver (--url).
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { signWebhook } from '../../webhooks/index.js';
import type { SpecNode } from '../../spec/document.js';
import { readSpec } from '../spec-file.js';
import { httpUrl, parseCommandLine } from './args.js';

const usage = `Usage: palomma webhook send --url http://127.0.0.1:3000/webhooks/palomma [options]

    --url URL                 where to POST the webhook (loopback only unless --allow-remote)
    --event TYPE              the spec webhook to send (default payout-target.update), e.g. payout-request.update
    --example NAME            which of its request examples (default: the first)
    --integrity-key KEY       the HMAC key (default: $PALOMMA_INTEGRITY_KEY)
    --signature-encoding ENC  hex (default) or base64
    --allow-remote            allow a URL that is not on this machine`;

/** Runs the command with its arguments (after `webhook send`). */
export async function runWebhookSend(args: string[]): Promise<void> {
  const { values, fail } = parseCommandLine(args, 'palomma webhook send', usage, {
    url: { type: 'string' },
    event: { type: 'string', default: 'payout-target.update' },
    example: { type: 'string' },
    'integrity-key': { type: 'string' },
    'signature-encoding': { type: 'string', default: 'hex' },
    'allow-remote': { type: 'boolean', default: false },
  });

  const integrityKey = values['integrity-key'] ?? process.env.PALOMMA_INTEGRITY_KEY;
  if (!integrityKey) return fail('no integrity key: pass --integrity-key or set PALOMMA_INTEGRITY_KEY');
  const encoding = values['signature-encoding'];
  if (encoding !== 'hex' && encoding !== 'base64') return fail(`--signature-encoding must be hex or base64, not ${JSON.stringify(encoding)}`);

  const url = httpUrl('url', values.url, fail);
  if (!isLoopbackHost(url.hostname) && !values['allow-remote']) fail(`${url.host} is not a loopback host; pass --allow-remote to send there anyway`);

  const webhooks: Record<string, SpecNode> = readSpec().webhooks ?? {};
  const operation = webhooks[values.event]?.post;
  if (!operation) return fail(`the spec has no webhook ${JSON.stringify(values.event)}; it has ${Object.keys(webhooks).join(', ')}`);
  const examples: Record<string, SpecNode> = operation.requestBody?.content?.['application/json']?.examples ?? {};
  const exampleName = values.example ?? Object.keys(examples)[0] ?? '';
  const envelope: Record<string, unknown> | undefined = examples[exampleName]?.value;
  if (!envelope) return fail(`the ${values.event} webhook has no example ${JSON.stringify(exampleName)}; it has ${Object.keys(examples).join(', ')}`);

  // Signed as Palomma signs (and verifyWebhook checks): the one HMAC of palomma-openapi/webhooks.
  const headers = await signWebhook({ envelope, integrityKey, signatureEncoding: encoding });
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(envelope),
      // A receiver's redirect is reported, never followed: the signed delivery must not be posted on to another host.
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    console.error(`palomma webhook send: could not reach ${url.origin}: ${reason}`);
    process.exit(1);
  }
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    await response.body?.cancel();
    console.error(`send-webhook: ${url.href} answered ${response.status} (a redirect${location ? ` to ${location.slice(0, 200)}` : ''}); not followed: point --url at the receiver itself`);
    process.exitCode = 1;
    return;
  }
  const reply = (await response.text()).slice(0, 500);
  console.log(`${values.event} (${exampleName}, webhookId ${String(envelope.webhookId)}) → ${url.href}: ${response.status} ${response.statusText}${reply ? `\n${reply}` : ''}`);
  process.exitCode = response.ok ? 0 : 1;
}
