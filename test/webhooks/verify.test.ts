// verifyWebhook: accepts exactly what Palomma signs, rejects everything else with a named error and no data.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PalommaConfigError, PalommaError } from '../../src/client/errors.js';
import {
  encodeWebhookData,
  importIntegrityKey,
  PalommaWebhookPayloadError,
  PalommaWebhookSignatureError,
  PalommaWebhookUnknownEventError,
  signWebhook,
  signWebhookData,
  verifyWebhook,
  type WebhookEvent,
} from '../../src/webhooks/index.js';
import { exampleEnvelope, exampleHeaders, integrityKey, specExampleKey, webhookTypes } from '../helpers/webhooks.js';

const target = exampleEnvelope('payout-target.update');

async function signed(envelope: object = target, options: { key?: string; encoding?: 'hex' | 'base64' } = {}) {
  return signWebhook({ envelope: envelope as WebhookEvent, integrityKey: options.key ?? integrityKey, signatureEncoding: options.encoding });
}

/** Headers for arbitrary X-Encoded-Data, correctly signed, to test what happens after the signature passes. */
async function signedData(encodedData: string) {
  return { 'X-Encoded-Data': encodedData, 'X-Signature': await signWebhookData({ encodedData, integrityKey }) };
}

async function rejection(promise: Promise<unknown>) {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'verification must fail and return nothing').not.toHaveProperty('value');
  return (outcome as { error: unknown }).error;
}

const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('a good delivery', () => {
  it.each(webhookTypes)('%s: returns the envelope exactly as signed', async (type) => {
    const envelope = exampleEnvelope(type);
    const event = await verifyWebhook({ headers: await signed(envelope), integrityKey });
    expect(event).toEqual(envelope);
    expect(event.eventType).toBe(type);
  });

  it('narrows event by eventType at run time, as the types promise', async () => {
    const deliveries = [exampleEnvelope('payout-target.update'), exampleEnvelope('payout-request.update')];
    const seen: string[] = [];
    for (const envelope of deliveries) {
      const event = await verifyWebhook({ headers: await signed(envelope), integrityKey });
      if (event.eventType === 'payout-target.update') seen.push(`target ${event.event.id} ${event.event.status}`);
      else if (event.eventType === 'payout-request.update') seen.push(`request ${event.event.id} ${event.event.amount}`);
    }
    expect(seen).toEqual(['target 01HPR8S7YF43PV3QV16TZDC80P active', 'request 01HPRB2M4K9Q7ZT3XWJ5N8D6EV 250000']);
  });

  it.each(webhookTypes)('%s: the header examples in openapi.yaml verify with the documented example key', async (type) => {
    const headers = exampleHeaders(type);
    const event = await verifyWebhook({ headers, integrityKey: specExampleKey });
    expect(event).toEqual(exampleEnvelope(type));
  });

  it('reads a fetch Headers object and a plain object with any letter case', async () => {
    const headers = await signed();
    const upper = { 'X-ENCODED-DATA': headers['X-Encoded-Data'], 'x-signature': headers['X-Signature'] };
    await expect(verifyWebhook({ headers: new Headers(headers), integrityKey })).resolves.toEqual(target);
    await expect(verifyWebhook({ headers: upper, integrityKey })).resolves.toEqual(target);
    // Node's IncomingHttpHeaders shape: lower-case names, a one-element array is fine.
    const node = { 'x-encoded-data': [headers['X-Encoded-Data']], 'x-signature': headers['X-Signature'], host: 'localhost' };
    await expect(verifyWebhook({ headers: node, integrityKey })).resolves.toEqual(target);
  });

  it('keeps non-ASCII text intact (UTF-8 inside the Base64)', async () => {
    const envelope = exampleEnvelope('payout-target.update');
    envelope.event.description = 'Cuenta de ahorros — Ñandú Pérez 💸';
    await expect(verifyWebhook({ headers: await signed(envelope), integrityKey })).resolves.toEqual(envelope);
  });

  it('accepts a key imported once with importIntegrityKey()', async () => {
    const key = await importIntegrityKey(integrityKey);
    await expect(verifyWebhook({ headers: await signed(), integrityKey: key })).resolves.toEqual(target);
    await expect(signWebhook({ envelope: target, integrityKey: key })).resolves.toEqual(await signed());
  });
});

describe('signature encodings', () => {
  it('hex is the default, and either letter case verifies', async () => {
    const headers = await signed();
    expect(headers['X-Signature']).toMatch(/^[0-9a-f]{64}$/);
    const upper = { ...headers, 'X-Signature': headers['X-Signature'].toUpperCase() };
    await expect(verifyWebhook({ headers: upper, integrityKey })).resolves.toEqual(target);
    await expect(verifyWebhook({ headers: upper, integrityKey, signatureEncoding: 'hex' })).resolves.toEqual(target);
  });

  it('base64 when asked, standard or URL-safe, padded or not', async () => {
    const headers = await signed(target, { encoding: 'base64' });
    expect(headers['X-Signature']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const variants = [
      headers['X-Signature'],
      headers['X-Signature'].replace(/=$/, ''),
      headers['X-Signature'].replaceAll('+', '-').replaceAll('/', '_'),
    ];
    for (const signature of variants) {
      await expect(verifyWebhook({ headers: { ...headers, 'X-Signature': signature }, integrityKey, signatureEncoding: 'base64' })).resolves.toEqual(target);
    }
  });

  it('does not guess: a hex signature checked as base64 (and the reverse) is rejected', async () => {
    const hex = await signed();
    const base64 = await signed(target, { encoding: 'base64' });
    const asBase64 = await rejection(verifyWebhook({ headers: hex, integrityKey, signatureEncoding: 'base64' }));
    const asHex = await rejection(verifyWebhook({ headers: base64, integrityKey, signatureEncoding: 'hex' }));
    expect(asBase64).toBeInstanceOf(PalommaWebhookSignatureError);
    expect(asHex).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'malformed-signature' });
  });

  it('matches node:crypto createHmac byte for byte (what Palomma-side code would use)', async () => {
    const { createHmac } = await import('node:crypto');
    const headers = await signed();
    const expected = createHmac('sha256', integrityKey).update(headers['X-Encoded-Data']).digest('hex');
    expect(headers['X-Signature']).toBe(expected);
    expect(headers['X-Encoded-Data']).toBe(Buffer.from(JSON.stringify(target)).toString('base64'));
  });
});

describe('rejected deliveries', () => {
  it('tampered data: one changed character in X-Encoded-Data', async () => {
    const headers = await signed();
    const envelope = { ...target, event: { ...target.event, status: 'cancelled' } };
    const forged = { ...headers, 'X-Encoded-Data': encodeWebhookData(envelope) };
    const error = await rejection(verifyWebhook({ headers: forged, integrityKey }));
    expect(error).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'mismatch' });

    const data = headers['X-Encoded-Data'];
    const flipped = { ...headers, 'X-Encoded-Data': data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11) };
    expect(await rejection(verifyWebhook({ headers: flipped, integrityKey }))).toMatchObject({ reason: 'mismatch' });
  });

  it('tampered signature: one changed hex digit', async () => {
    const headers = await signed();
    const sig = headers['X-Signature'];
    const tampered = { ...headers, 'X-Signature': sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0') };
    expect(await rejection(verifyWebhook({ headers: tampered, integrityKey }))).toMatchObject({ reason: 'mismatch' });
  });

  it('truncated signature, in hex and in base64', async () => {
    const hex = await signed();
    const base64 = await signed(target, { encoding: 'base64' });
    const cut = (h: Record<string, string>, n: number) => ({ ...h, 'X-Signature': h['X-Signature']!.slice(0, n) });
    for (const n of [0, 1, 32, 63]) {
      const error = await rejection(verifyWebhook({ headers: cut(hex, n), integrityKey }));
      expect(error).toBeInstanceOf(PalommaWebhookSignatureError);
      expect((error as PalommaWebhookSignatureError).reason).toBe(n === 0 ? 'missing-header' : 'malformed-signature');
    }
    const short = await rejection(verifyWebhook({ headers: cut(base64, 40), integrityKey, signatureEncoding: 'base64' }));
    expect(short).toMatchObject({ reason: 'malformed-signature' });
  });

  it('malformed signature text: not hex, extra characters, whitespace', async () => {
    const headers = await signed();
    for (const bad of ['z'.repeat(64), `${headers['X-Signature']}00`, ` ${headers['X-Signature'].slice(1)}`, `sha256=${headers['X-Signature']}`]) {
      const error = await rejection(verifyWebhook({ headers: { ...headers, 'X-Signature': bad }, integrityKey }));
      expect(error).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'malformed-signature' });
    }
  });

  it('signed with a different key', async () => {
    const headers = await signed(target, { key: 'someone-elses-key' });
    expect(await rejection(verifyWebhook({ headers, integrityKey }))).toMatchObject({ reason: 'mismatch' });
    // and the spec's own examples do not verify with a key other than the documented one
    expect(await rejection(verifyWebhook({ headers: exampleHeaders('payout-target.update'), integrityKey }))).toMatchObject({ reason: 'mismatch' });
  });

  it('unsigned: X-Signature missing or empty', async () => {
    const { 'X-Signature': _dropped, ...unsigned } = await signed();
    for (const headers of [unsigned, { ...unsigned, 'X-Signature': '' }, { ...unsigned, 'x-signature': undefined }, new Headers(unsigned)]) {
      const error = await rejection(verifyWebhook({ headers, integrityKey }));
      expect(error).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'missing-header' });
      expect((error as Error).message).toContain('X-Signature');
    }
  });

  it('X-Encoded-Data missing', async () => {
    const { 'X-Encoded-Data': _dropped, ...headers } = await signed();
    const error = await rejection(verifyWebhook({ headers, integrityKey }));
    expect(error).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'missing-header' });
    expect((error as Error).message).toContain('X-Encoded-Data');
    expect(await rejection(verifyWebhook({ headers: undefined as never, integrityKey }))).toMatchObject({ reason: 'missing-header' });
  });

  it('a header sent twice', async () => {
    const headers = await signed();
    const twice = { 'x-encoded-data': headers['X-Encoded-Data'], 'X-Encoded-Data': headers['X-Encoded-Data'], 'x-signature': headers['X-Signature'] };
    expect(await rejection(verifyWebhook({ headers: twice, integrityKey }))).toMatchObject({ reason: 'duplicate-header' });
    const listed = { 'x-encoded-data': headers['X-Encoded-Data'], 'x-signature': [headers['X-Signature'], headers['X-Signature']] };
    expect(await rejection(verifyWebhook({ headers: listed, integrityKey }))).toMatchObject({ reason: 'duplicate-header' });
  });

  it('the signature is checked before anything is decoded', async () => {
    const bogus = { 'X-Encoded-Data': '%%% not base64 %%%', 'X-Signature': 'ab'.repeat(32) };
    expect(await rejection(verifyWebhook({ headers: bogus, integrityKey }))).toMatchObject({ name: 'PalommaWebhookSignatureError', reason: 'mismatch' });
  });
});

describe('signed but unreadable payloads', () => {
  it('bad Base64', async () => {
    for (const data of ['not base64!', 'eyJh\nYiI6MX0=', 'abcde', 'ab=c', 'eyJ+YS-I6MX0']) {
      const error = await rejection(verifyWebhook({ headers: await signedData(data), integrityKey }));
      expect(error).toBeInstanceOf(PalommaWebhookPayloadError);
      expect(error).toMatchObject({ reason: 'base64', issues: [{ path: 'X-Encoded-Data', message: 'is not valid Base64' }] });
    }
  });

  it('accepts URL-safe Base64 data too, since the signature covers the exact string', async () => {
    const urlSafe = encodeWebhookData(target).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    await expect(verifyWebhook({ headers: await signedData(urlSafe), integrityKey })).resolves.toEqual(target);
  });

  it('Base64 of bytes that are not UTF-8', async () => {
    const error = await rejection(verifyWebhook({ headers: await signedData(btoa('\xff\xfe{}')), integrityKey }));
    expect(error).toMatchObject({ name: 'PalommaWebhookPayloadError', reason: 'utf8' });
  });

  it('Base64 of text that is not JSON', async () => {
    for (const text of ['hello', '{"webhookId": ', ' ']) {
      const error = await rejection(verifyWebhook({ headers: await signedData(utf8Base64(text)), integrityKey }));
      expect(error).toMatchObject({ name: 'PalommaWebhookPayloadError', reason: 'json' });
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    }
  });

  it('JSON that is not an envelope', async () => {
    const cases: [unknown, string[]][] = [
      [[target], ['']],
      [null, ['']],
      ['payout-target.update', ['']],
      [{ ...target, webhookId: undefined }, ['webhookId']],
      [{ ...target, webhookId: 42 }, ['webhookId']],
      [{ ...target, timestamp: 'yesterday' }, ['timestamp']],
      [{ ...target, eventType: undefined }, ['eventType']],
      [{ ...target, event: null }, ['event']],
      [{ ...target, event: [target.event] }, ['event']],
      [{ webhookId: '', event: 'x' }, ['webhookId', 'timestamp', 'eventType', 'event']],
    ];
    for (const [envelope, paths] of cases) {
      const error = await rejection(verifyWebhook({ headers: await signedData(encodeWebhookData(envelope)), integrityKey }));
      expect(error).toBeInstanceOf(PalommaWebhookPayloadError);
      expect((error as PalommaWebhookPayloadError).reason).toBe('envelope');
      expect((error as PalommaWebhookPayloadError).issues.map((i) => i.path)).toEqual(paths);
    }
  });

  it('an authentic envelope of an event type the spec does not describe', async () => {
    const envelope = { ...exampleEnvelope('payin-link.update'), eventType: 'payout-batch.update' };
    const error = await rejection(verifyWebhook({ headers: await signed(envelope), integrityKey }));
    expect(error).toBeInstanceOf(PalommaWebhookUnknownEventError);
    expect(error).toBeInstanceOf(PalommaError);
    expect(error).toMatchObject({ eventType: 'payout-batch.update', webhookId: envelope.webhookId });
    expect(error).not.toBeInstanceOf(PalommaWebhookPayloadError);
  });

  it('runs the validate hook on the envelope and throws its issues', async () => {
    const seen: unknown[] = [];
    const validate = (envelope: unknown) => {
      seen.push(envelope);
      return [{ path: 'event.status', message: 'must be equal to one of the allowed values' }];
    };
    const error = await rejection(verifyWebhook({ headers: await signed(), integrityKey, validate }));
    expect(seen).toEqual([target]);
    expect(error).toMatchObject({ name: 'PalommaWebhookPayloadError', reason: 'validation', issues: [{ path: 'event.status' }] });
    expect((error as Error).message).toContain('event.status must be equal to one of the allowed values');

    await expect(verifyWebhook({ headers: await signed(), integrityKey, validate: () => [] })).resolves.toEqual(target);
    await expect(verifyWebhook({ headers: await signed(), integrityKey, validate: async () => [] })).resolves.toEqual(target);
  });

  it('does not run the validate hook when the signature fails', async () => {
    let called = false;
    const headers = await signed(target, { key: 'wrong' });
    await rejection(verifyWebhook({ headers, integrityKey, validate: () => ((called = true), []) }));
    expect(called).toBe(false);
  });
});

describe('the integrity key stays secret', () => {
  it('appears in no message, JSON, inspect output or stack of any error', async () => {
    const headers = await signed();
    const [badBase64, notJson, keyInData, keyAsType] = await Promise.all([
      signedData('!!'),
      signedData(utf8Base64('{')),
      signedData(encodeWebhookData({ integrityKey })),
      signed({ ...target, eventType: integrityKey }),
    ]);
    const attempts: (() => Promise<unknown>)[] = [
      () => verifyWebhook({ headers: { ...headers, 'X-Signature': '0'.repeat(64) }, integrityKey }),
      () => verifyWebhook({ headers: { ...headers, 'X-Signature': 'nope' }, integrityKey }),
      () => verifyWebhook({ headers: { 'X-Encoded-Data': headers['X-Encoded-Data'] }, integrityKey }),
      () => verifyWebhook({ headers: badBase64, integrityKey }),
      () => verifyWebhook({ headers: notJson, integrityKey }),
      () => verifyWebhook({ headers: keyInData, integrityKey }),
      () => verifyWebhook({ headers: keyAsType, integrityKey }),
      () => verifyWebhook({ headers, integrityKey, signatureEncoding: integrityKey as never }),
      () => verifyWebhook({ headers, integrityKey, validate: () => [{ path: '', message: 'no' }] }),
    ];
    const errors = await Promise.all(attempts.map((attempt) => rejection(attempt())));
    expect(errors).toHaveLength(attempts.length);
    for (const error of errors) {
      expect(error).toBeInstanceOf(PalommaError);
      const e = error as PalommaError;
      // The one case where the key is echoed is where the payload itself contains it as an eventType: the
      // error reports the payload's eventType, not the key. Everything else must not contain it at all.
      if (e instanceof PalommaWebhookUnknownEventError) continue;
      for (const text of [e.message, JSON.stringify(e), inspect(e, { depth: 5 }), String(e.stack)]) {
        expect(text).not.toContain(integrityKey);
      }
    }
  });

  it('rejects a missing or empty key, or a wrong encoding name, as a config error', async () => {
    const headers = await signed();
    for (const key of ['', undefined, 42, {}]) {
      const error = await rejection(verifyWebhook({ headers, integrityKey: key as never }));
      expect(error).toBeInstanceOf(PalommaConfigError);
    }
    expect(await rejection(verifyWebhook({ headers, integrityKey, signatureEncoding: 'HEX' as never }))).toBeInstanceOf(PalommaConfigError);
  });
});
