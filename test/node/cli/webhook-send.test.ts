// palomma webhook send end to end: it POSTs to a real local server, and what arrives verifies.
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import { exampleEnvelope, integrityKey } from '../../helpers/webhooks.js';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin/palomma.mjs');

interface Received {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method, headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/palomma`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function send(args: string[], env: Record<string, string> = {}) {
  const { PALOMMA_INTEGRITY_KEY: _ignored, ...base } = process.env;
  return run(process.execPath, [bin, 'webhook', 'send', ...args], { env: { ...base, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

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
