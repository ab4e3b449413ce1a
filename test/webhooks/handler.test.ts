// createWebhookHandler: every answer it gives (200, 401, 400, 409, 500, 503, 405), what reaches onEvent, and
// that no answer carries the key or the payload.
import { describe, expect, it, vi } from 'vitest';
import { PalommaConfigError } from '../../src/client/errors.js';
import {
  createMemoryWebhookStore,
  createWebhookHandler,
  encodeWebhookData,
  signWebhook,
  signWebhookData,
  type WebhookEvent,
  type WebhookEventListener,
  type WebhookStore,
} from '../../src/webhooks/index.js';
import { exampleEnvelope, integrityKey } from '../helpers/webhooks.js';

const url = 'http://127.0.0.1/webhooks/palomma';

async function signedRequest(envelope: Record<string, unknown>, key = integrityKey, method = 'POST') {
  const headers = await signWebhook({ envelope, integrityKey: key });
  return new Request(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: method === 'GET' ? null : JSON.stringify(envelope) });
}

async function read(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** Everything an answer says, to check none of it is secret or from the payload. */
async function everything(response: Response) {
  return `${response.status} ${[...response.headers].join(' ')} ${await response.text()}`;
}

describe('createWebhookHandler', () => {
  it('processes a delivery once and answers 200 to it and to its redeliveries', async () => {
    const onEvent = vi.fn<WebhookEventListener>();
    const handler = createWebhookHandler({ integrityKey, onEvent });
    const envelope = exampleEnvelope('payout-request.update');
    const first = await handler(await signedRequest(envelope));
    expect(await read(first)).toEqual({ status: 200, body: { status: 'processed' } });
    expect(first.headers.get('content-type')).toBe('application/json');
    for (let i = 0; i < 2; i++) expect(await read(await handler(await signedRequest(envelope)))).toEqual({ status: 200, body: { status: 'already processed' } });
    expect(onEvent).toHaveBeenCalledTimes(1);
    const [event, delivery] = onEvent.mock.calls[0]!;
    expect(event).toEqual(envelope);
    expect(delivery.webhookId).toBe(envelope.webhookId);
    expect(delivery.request).toBeInstanceOf(Request);
  });

  it('answers 401 to a forged, tampered or unsigned delivery, and never runs onEvent for it', async () => {
    const onEvent = vi.fn<WebhookEventListener>();
    const onError = vi.fn();
    const handler = createWebhookHandler({ integrityKey, onEvent, onError });
    const envelope = exampleEnvelope('payin-link.update');
    const forged = await signedRequest(envelope, 'not-the-integrity-key');
    const genuine = await signWebhook({ envelope, integrityKey });
    const tampered = new Request(url, { method: 'POST', headers: { ...genuine, 'X-Encoded-Data': encodeWebhookData({ ...envelope, webhookId: 'other' }) } });
    const unsigned = new Request(url, { method: 'POST', body: JSON.stringify(envelope) });
    const answers = [];
    for (const request of [forged, tampered, unsigned]) answers.push(await read(await handler(request)));
    expect(answers).toEqual([
      { status: 401, body: { error: 'the webhook signature was rejected (mismatch)' } },
      { status: 401, body: { error: 'the webhook signature was rejected (mismatch)' } },
      { status: 401, body: { error: 'the webhook signature was rejected (missing-header)' } },
    ]);
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError.mock.calls.map(([error, context]) => [error.name, context])).toEqual(
      Array(3).fill(['PalommaWebhookSignatureError', { status: 401, webhookId: undefined }]),
    );
  });

  it('answers 400 to a correctly signed delivery that is not a webhook envelope', async () => {
    const handler = createWebhookHandler({ integrityKey, onEvent: vi.fn<WebhookEventListener>(), onError: () => {} });
    for (const [encodedData, reason] of [
      [btoa('{"webhookId": "wh-1", "unterminated'), 'json'],
      [encodeWebhookData({ webhookId: 'wh-1' }), 'envelope'],
    ] as const) {
      const signature = await signWebhookData({ encodedData, integrityKey });
      const request = new Request(url, { method: 'POST', headers: { 'X-Encoded-Data': encodedData, 'X-Signature': signature } });
      expect(await read(await handler(request))).toEqual({ status: 400, body: { error: `the webhook delivery is malformed (${reason})` } });
    }
  });

  it('answers 409 while another receiver processes the same webhookId, then 200 once it is done', async () => {
    const store = createMemoryWebhookStore(); // shared by the two receivers below, as Redis would be
    let finish!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const running = new Promise<void>((resolve) => (started = resolve));
    const processed: string[] = [];
    const slow = createWebhookHandler({
      integrityKey,
      store,
      onEvent: async (event) => {
        started();
        await gate;
        processed.push(`slow ${event.webhookId}`);
      },
    });
    const other = createWebhookHandler({ integrityKey, store, onEvent: (event) => void processed.push(`other ${event.webhookId}`) });
    const envelope = exampleEnvelope('payout-target.update');
    const first = slow(await signedRequest(envelope));
    await running;
    const busy = await other(await signedRequest(envelope));
    expect(await read(busy)).toEqual({ status: 409, body: { error: 'this webhook is being processed by another receiver; retry later' } });
    finish();
    expect((await first).status).toBe(200);
    expect(await read(await other(await signedRequest(envelope)))).toEqual({ status: 200, body: { status: 'already processed' } });
    expect(processed).toEqual([`slow ${envelope.webhookId}`]);
  });

  it('answers 500 when onEvent throws, releasing the claim so the redelivery is processed', async () => {
    const onError = vi.fn();
    let attempts = 0;
    const handler = createWebhookHandler({
      integrityKey,
      onError,
      onEvent: () => {
        if (++attempts === 1) throw new Error(`database down (key ${integrityKey})`);
      },
    });
    const envelope = exampleEnvelope('payin-request.update');
    const failed = await handler(await signedRequest(envelope));
    const text = await everything(failed.clone());
    expect(await read(failed)).toEqual({ status: 500, body: { error: 'processing this webhook failed; retry later' } });
    expect(text).not.toContain('database down');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('database down') }), {
      status: 500,
      webhookId: envelope.webhookId,
    });
    expect(await read(await handler(await signedRequest(envelope)))).toEqual({ status: 200, body: { status: 'processed' } });
    expect(attempts).toBe(2);
  });

  it('answers 503 when the store fails, without running onEvent', async () => {
    const store: WebhookStore = { claim: () => Promise.reject(new Error('connection refused')), complete() {}, release() {} };
    const onEvent = vi.fn<WebhookEventListener>();
    const onError = vi.fn();
    const handler = createWebhookHandler({ integrityKey, store, onEvent, onError });
    const envelope = exampleEnvelope('payout-request.update');
    expect(await read(await handler(await signedRequest(envelope)))).toEqual({ status: 503, body: { error: 'the webhook store is unavailable; retry later' } });
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError.mock.calls[0]![1]).toEqual({ status: 503, webhookId: envelope.webhookId });
  });

  it('answers 405 to anything but POST', async () => {
    const response = await createWebhookHandler({ integrityKey, onEvent: vi.fn<WebhookEventListener>() })(new Request(url));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('says nothing of the key, the signature or the payload in any answer', async () => {
    const envelope = exampleEnvelope('payin-link.update');
    const headers = await signWebhook({ envelope, integrityKey });
    const handler = createWebhookHandler({ integrityKey, onEvent: () => Promise.reject(new Error('no')), onError: () => {} });
    const texts = [
      await everything(await handler(await signedRequest(envelope))), // 500
      await everything(await handler(await signedRequest(envelope, 'wrong-key'))), // 401
      await everything(await handler(new Request(url, { method: 'POST', headers: { ...headers, 'X-Signature': 'zz' } }))), // 401 malformed
    ];
    for (const text of texts) {
      for (const secret of [integrityKey, headers['X-Signature'], headers['X-Encoded-Data'], envelope.webhookId, envelope.event.id!]) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('rejects a delivery older than maxAge with 401', async () => {
    const handler = createWebhookHandler({ integrityKey, onEvent: vi.fn<WebhookEventListener>(), maxAge: 300, onError: () => {} });
    const envelope = { ...exampleEnvelope('payout-request.update'), timestamp: new Date(Date.now() - 3_600_000).toISOString() };
    expect(await read(await handler(await signedRequest(envelope)))).toEqual({ status: 401, body: { error: 'the webhook signature was rejected (expired)' } });
  });
});

describe('createWebhookHandler with a map of handlers', () => {
  const unknownEnvelope = { ...exampleEnvelope('payin-link.update'), webhookId: 'wh-new-type', eventType: 'payin-refund.update' };

  it('runs the entry for the event type, and default for the types left out and those the package does not know', async () => {
    const seen: string[] = [];
    const handler = createWebhookHandler({
      integrityKey,
      onEvent: {
        'payout-request.update': (event, delivery) => void seen.push(`payout ${event.event.status} ${delivery.webhookId}`),
        default: (event) => void seen.push(`default ${event.eventType}`),
      },
    });
    const payout = exampleEnvelope('payout-request.update');
    for (const envelope of [payout, exampleEnvelope('payin-link.update'), unknownEnvelope, unknownEnvelope]) {
      expect((await handler(await signedRequest(envelope))).status).toBe(200);
    }
    // The unknown type is de-duplicated too: its redelivery reaches nobody.
    expect(seen).toEqual([`payout ${payout.event.status} ${payout.webhookId}`, 'default payin-link.update', 'default payin-refund.update']);
  });

  it('with one function, acknowledges an unknown event type without running it', async () => {
    const onEvent = vi.fn<(event: WebhookEvent) => void>();
    const response = await createWebhookHandler({ integrityKey, onEvent })(await signedRequest(unknownEnvelope));
    expect(await read(response)).toEqual({ status: 200, body: { status: 'processed' } });
    expect(onEvent).not.toHaveBeenCalled();
  });
});

describe('createWebhookHandler options', () => {
  const onEvent = () => {};

  it('refuses options that cannot work, naming the option and never echoing a string', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ integrityKey: '', onEvent }, /^integrityKey: .* it is empty$/],
      [{ integrityKey: 42, onEvent }, /^integrityKey: must be/],
      [{ integrityKey, onEvent: 'handle' }, /onEvent must be a function, or a map/],
      [{ integrityKey, onEvent: { 'payout-request.update': onEvent } }, /onEvent as a map needs a default/],
      [{ integrityKey, onEvent: { 'payout-requests.update': onEvent, default: onEvent } }, /"payout-requests\.update", which is not an event type/],
      [{ integrityKey, onEvent: { default: 'log' } }, /onEvent\["default"\] must be a function/],
      [{ integrityKey, onEvent, store: { has() {}, add() {} } }, /store must have claim, complete and release/],
      [{ integrityKey, onEvent, maxAge: -1 }, /^maxAge: must be a positive number/],
      [{ integrityKey, onEvent, signatureEncoding: integrityKey }, /^signatureEncoding: .*got a \d+-character string$/],
      [{ integrityKey, onEvent, onError: 'console' }, /onError must be a function/],
    ];
    for (const [options, message] of cases) {
      const error = (() => {
        try {
          createWebhookHandler(options as never);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error, JSON.stringify(Object.keys(options))).toBeInstanceOf(PalommaConfigError);
      expect(error!.message).toMatch(message);
      expect(error!.message).not.toContain(integrityKey);
    }
  });
});
