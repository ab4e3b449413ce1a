// What test/package/runtimes.test.ts runs in each runtime (Node, Bun, Deno) against the installed, packed package:
// the client against the Prism mock on loopback, validation, typed errors, webhook verification and the Web handler.
// Plain JavaScript and Web APIs only, so every runtime runs it as is; prints one JSON line. The mock's URL is the
// first line's `const baseUrl`, written in by the test.
import { createPalommaClient, PalommaError, PalommaNotFoundError, PalommaValidationError } from 'palomma-openapi';
import { createWebhookHandler, PalommaWebhookSignatureError, signWebhook, verifyWebhook } from 'palomma-openapi/webhooks';

/* global baseUrl, Bun, Deno */
const runtime = globalThis.Deno ? `Deno ${Deno.version.deno}` : globalThis.Bun ? `Bun ${Bun.version}` : `Node ${process.versions.node}`;
const palomma = createPalommaClient({ token: 'runtime-test-token', baseUrl, maxRetries: 0 });
const body = {
  customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA',
  redirectUrl: 'https://merchant.example.com/payouts/return',
  type: 'bankAccount',
  bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
};
const errorName = (promise) => promise.then(() => 'no error', (error) => `${error.name}${error instanceof PalommaError ? ' (a PalommaError)' : ''}`);

const target = await palomma.payoutTargets.create(body);
const invalid = await palomma.payoutTargets.create({ ...body, type: 'card' }).catch((error) => error);
const notFound = await palomma.payoutTargets.retrieve('01HPR8S7YF43PV3QV16TZDC80P', { headers: { Prefer: 'code=404' } }).catch((error) => error);

const integrityKey = 'runtime-test-integrity-key';
const envelope = {
  webhookId: '01J0RUNT1MEW3BH00KS0000001',
  timestamp: '2026-04-01T12:00:00Z',
  eventType: 'payout-request.update',
  event: { id: '01HPRB2M4K9Q7ZT3XWJ5N8D6EV', status: 'approved', amount: 250000 },
};
const headers = await signWebhook({ envelope, integrityKey });
const verified = await verifyWebhook({ headers, integrityKey, validateEvent: 'off' });
const tampered = await errorName(verifyWebhook({ headers: { ...headers, 'X-Signature': '0'.repeat(64) }, integrityKey }));

let processed = 0;
const handler = createWebhookHandler({ integrityKey, validateEvent: 'off', onEvent: { 'payout-request.update': () => void processed++, default: () => {} } });
const post = (signed) => handler(new Request('http://127.0.0.1/webhooks/palomma', { method: 'POST', headers: signed, body: JSON.stringify(envelope) }));
const forged = await signWebhook({ envelope, integrityKey: 'a-guessed-key' });
const answers = [(await post(headers)).status, (await post(headers)).status, (await post(forged)).status];

console.log(
  JSON.stringify({
    runtime,
    client: target.id,
    validation: invalid instanceof PalommaValidationError && invalid.issues[0]?.path === 'type',
    notFound: notFound instanceof PalommaNotFoundError && notFound.status === 404,
    webhook: `${verified.eventType} ${verified.event.status}`,
    tampered,
    signatureError: tampered.startsWith(new PalommaWebhookSignatureError('mismatch', '').name),
    handler: answers,
    processed,
  }),
);
