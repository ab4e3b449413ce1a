// Sends a correctly signed sample webhook, built from the spec's example for --event, to a local receiver (--url).
import { createHmac } from 'node:crypto';
import { isLoopbackHost } from '../prism/mock.js';
import { httpUrl, parseCommandLine } from './args.js';
import { readSpec } from '../spec-file.js';

/** Runs the command with its arguments (after the command name). */
export async function runWebhookSend(args) {

  const usage = `usage: npm run webhook:send -- --url http://127.0.0.1:3000/webhooks [options]

    --url URL                 where to POST the webhook (loopback only unless --allow-remote)
    --event TYPE              the spec webhook to send (default payout-target.update), e.g. payout-request.update
    --example NAME            which of its request examples (default: the first)
    --integrity-key KEY       the HMAC key (default: $PALOMMA_INTEGRITY_KEY)
    --signature-encoding ENC  hex (default) or base64
    --allow-remote            allow a URL that is not on this machine`;

  const { values, fail } = parseCommandLine(args, 'send-webhook', usage, {
    url: { type: 'string' },
    event: { type: 'string', default: 'payout-target.update' },
    example: { type: 'string' },
    'integrity-key': { type: 'string' },
    'signature-encoding': { type: 'string', default: 'hex' },
    'allow-remote': { type: 'boolean', default: false },
  });

  const integrityKey = values['integrity-key'] ?? process.env.PALOMMA_INTEGRITY_KEY;
  if (!integrityKey) fail('no integrity key: pass --integrity-key or set PALOMMA_INTEGRITY_KEY');
  const encoding = values['signature-encoding'];
  if (encoding !== 'hex' && encoding !== 'base64') fail(`--signature-encoding must be hex or base64, not ${JSON.stringify(encoding)}`);

  const url = httpUrl('url', values.url, fail);
  if (!isLoopbackHost(url.hostname) && !values['allow-remote']) fail(`${url.host} is not a loopback host; pass --allow-remote to send there anyway`);

  const webhooks = readSpec().webhooks ?? {};
  const operation = webhooks[values.event]?.post;
  if (!operation) fail(`the spec has no webhook ${JSON.stringify(values.event)}; it has ${Object.keys(webhooks).join(', ')}`);
  const examples = operation.requestBody?.content?.['application/json']?.examples ?? {};
  const exampleName = values.example ?? Object.keys(examples)[0];
  const envelope = examples[exampleName]?.value;
  if (!envelope) fail(`the ${values.event} webhook has no example ${JSON.stringify(exampleName)}; it has ${Object.keys(examples).join(', ')}`);

  const body = JSON.stringify(envelope);
  const encodedData = Buffer.from(body, 'utf8').toString('base64');
  const signature = createHmac('sha256', integrityKey).update(encodedData).digest(encoding);

  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Encoded-Data': encodedData, 'X-Signature': signature },
    body,
    signal: AbortSignal.timeout(10_000),
  }).catch((error) => {
    console.error(`send-webhook: could not reach ${url.origin}: ${error.cause?.message ?? error.message}`);
    process.exit(1);
  });
  const reply = (await response.text()).slice(0, 500);
  console.log(`${values.event} (${exampleName}, webhookId ${envelope.webhookId}) → ${url.href}: ${response.status} ${response.statusText}${reply ? `\n${reply}` : ''}`);
  process.exitCode = response.ok ? 0 : 1;

}
