// verifyWebhook's options: webhook keys and options of the wrong kind are named
// PalommaConfigErrors, and `maxAge` rejects a replayed delivery at a local receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PalommaConfigError } from '../../src/client/index.js';
import { importIntegrityKey, PalommaWebhookSignatureError, signWebhook, verifyWebhook, type VerifyWebhookOptions } from '../../src/webhooks/index.js';
import { startHttpServer, type TestServer } from '../helpers/http-server.js';
import { exampleEnvelope, integrityKey } from '../helpers/webhooks.js';

const subtle = globalThis.crypto.subtle;
const rawKey = new TextEncoder().encode(integrityKey);
const fresh = () => ({ ...exampleEnvelope('payout-request.update'), timestamp: new Date().toISOString() });

async function refusal(options: Partial<VerifyWebhookOptions>): Promise<Error> {
  const headers = await signWebhook({ envelope: fresh(), integrityKey });
  return verifyWebhook({ headers, integrityKey, ...options } as VerifyWebhookOptions).then(
    () => expect.unreachable('expected a PalommaConfigError'),
    (e: Error) => e,
  );
}

describe('webhook keys and options of the wrong kind', () => {
  it('an HMAC key that may only sign, an AES key, a look-alike object: PalommaConfigError naming integrityKey', async () => {
    const signOnly = await subtle.importKey('raw', rawKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const sha512 = await subtle.importKey('raw', rawKey, { name: 'HMAC', hash: 'SHA-512' }, false, ['verify']);
    const aes = await subtle.importKey('raw', new Uint8Array(16), { name: 'AES-GCM' }, false, ['encrypt']);
    const lookAlike = { type: 'secret', usages: ['verify'], algorithm: { name: 'HMAC', hash: { name: 'SHA-256' } } };
    for (const key of [signOnly, sha512, aes, lookAlike, 42, null]) {
      const error = await refusal({ integrityKey: key as CryptoKey });
      expect(error).toBeInstanceOf(PalommaConfigError);
      expect(error.message).toMatch(/^integrityKey: /);
    }
    await expect(importIntegrityKey(rawKey as unknown as string)).rejects.toThrowError(/^integrityKey: /);
  });

  it("validateEvent: 'Throw' (or anything unknown) is refused, not treated as 'warn'", async () => {
    const error = await refusal({ validateEvent: 'Throw' as 'throw' });
    expect(error).toBeInstanceOf(PalommaConfigError);
    expect(error.message).toBe("validateEvent: must be 'off', 'warn' or 'throw'; got 'Throw' (the modes are lower case)");
    expect((await refusal({ validateEvent: integrityKey as 'throw' })).message).not.toContain(integrityKey);
    for (const options of [{ onWarning: 'log' }, { validate: true }, { maxAge: 0 }, { maxAge: Infinity }, { maxAge: '300' }]) {
      const named = await refusal(options as Partial<VerifyWebhookOptions>);
      expect(named).toBeInstanceOf(PalommaConfigError);
      expect(named.message).toMatch(new RegExp(`^${Object.keys(options)[0]}: `));
    }
  });
});

describe('maxAge: the opt-in replay window', () => {
  let receiver: TestServer;
  let url: string;
  beforeAll(async () => {
    // A receiver that checks deliveries with a five-minute window.
    receiver = await startHttpServer((request, response) =>
      verifyWebhook({ headers: request.headers, integrityKey, maxAge: 300 }).then(
        () => response.writeHead(200).end(),
        (error: unknown) => response.writeHead(error instanceof PalommaWebhookSignatureError ? 401 : 400, { 'x-reason': String((error as PalommaWebhookSignatureError).reason) }).end(),
      ),
    );
    url = `${receiver.url}/`;
  });
  afterAll(() => receiver.close());

  const deliver = async (envelope: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: await signWebhook({ envelope, integrityKey }) });
    return [response.status, response.headers.get('x-reason')];
  };

  it('a fresh delivery passes; a replay of an old one (or one from far in the future) is rejected as expired', async () => {
    expect(await deliver(fresh())).toEqual([200, null]);
    expect(await deliver({ ...fresh(), timestamp: new Date(Date.now() - 3_600_000).toISOString() })).toEqual([401, 'expired']);
    expect(await deliver({ ...fresh(), timestamp: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([401, 'expired']);
  });

  it('is off by default: a redelivery keeps its original timestamp and is accepted', async () => {
    const old = { ...fresh(), timestamp: '2020-01-01T00:00:00Z' };
    await expect(verifyWebhook({ headers: await signWebhook({ envelope: old, integrityKey }), integrityKey })).resolves.toEqual(old);
  });
});
