// palomma webhook send end to end: it POSTs to a real local server, and what arrives verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import { startHttpServer, type RecordedRequest, type TestServer } from '../../helpers/http-server.js';
import { runCli } from '../../helpers/spawn-cli.js';
import { exampleEnvelope, integrityKey } from '../../helpers/webhooks.js';

let server: TestServer;
let url: string;
let received: RecordedRequest[];

beforeAll(async () => {
  server = await startHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
  url = `${server.url}/webhooks/palomma`;
  received = server.requests;
});
afterAll(() => server.close());

const send = (args: string[], env: Record<string, string> = {}) =>
  runCli(['webhook', 'send', ...args], { env: { PALOMMA_INTEGRITY_KEY: undefined, ...env } });

describe('npm run webhook:send', () => {
  it.each(['payout-target.update', 'payout-request.update'] as const)('sends a %s that verifyWebhook accepts', async (type) => {
    received.length = 0;
    const result = await send(['--url', url, '--event', type, '--integrity-key', integrityKey]);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(`${type}`) });
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery!.method).toBe('POST');
    const event = await verifyWebhook({ headers: delivery!.headers, integrityKey });
    expect(event).toEqual(exampleEnvelope(type));
    expect(JSON.parse(delivery!.body)).toEqual(event);
  });

  it('reads the key from PALOMMA_INTEGRITY_KEY and can sign in base64', async () => {
    received.length = 0;
    const result = await send(['--url', url, '--signature-encoding', 'base64'], { PALOMMA_INTEGRITY_KEY: integrityKey });
    expect(result.code).toBe(0);
    const headers = received[0]!.headers;
    await expect(verifyWebhook({ headers, integrityKey, signatureEncoding: 'base64' })).resolves.toEqual(exampleEnvelope('payout-target.update'));
    await expect(verifyWebhook({ headers, integrityKey: 'another-key', signatureEncoding: 'base64' })).rejects.toMatchObject({ reason: 'mismatch' });
  });

  it('refuses a remote URL without --allow-remote, a missing key and an unknown event, sending nothing', async () => {
    received.length = 0;
    const remote = await send(['--url', 'https://merchant.example.com/webhooks', '--integrity-key', integrityKey]);
    expect(remote).toMatchObject({ code: 2, stderr: expect.stringContaining('--allow-remote') });
    const keyless = await send(['--url', url]);
    expect(keyless).toMatchObject({ code: 2, stderr: expect.stringContaining('PALOMMA_INTEGRITY_KEY') });
    const unknown = await send(['--url', url, '--integrity-key', integrityKey, '--event', 'payout-batch.update']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('payout-target.update') });
    expect(received).toEqual([]);
    for (const result of [remote, keyless, unknown]) expect(result.stderr + result.stdout).not.toContain(integrityKey);
  });
});
