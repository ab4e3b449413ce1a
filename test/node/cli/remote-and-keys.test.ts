// Issue 20, the command line: what opens the sandbox to the network is asked for one thing at a time (listening,
// delivering); no key goes over plain http off this machine nor to any production host Palomma names; `webhook
// send` never follows a receiver's redirect; a delay Node's timers cannot hold is refused.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOptions, UsageError } from '../../../src/node/cli/sandbox.js';

const run = promisify(execFile);
const bin = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['bin/palomma.mjs', ...args], { env: { ...process.env, ...env }, timeout: 20_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );

describe('palomma sandbox: listening and delivering beyond this machine are separate choices', () => {
  it('--allow-remote is gone, and says which flag opens what', () => {
    expect(() => sandboxOptions(['--allow-remote'], {})).toThrow(UsageError);
    expect(() => sandboxOptions(['--allow-remote'], {})).toThrow(/--allow-remote-listen .*--allow-remote-webhooks/);
  });

  it('--allow-remote-webhooks delivers beyond this machine and still listens on 127.0.0.1 only', () => {
    const options = sandboxOptions(['--webhook-url', 'https://hooks.example.com/palomma', '--allow-remote-webhooks'], {});
    expect(options).toMatchObject({ host: '127.0.0.1', allowRemote: false, webhookUrls: ['https://hooks.example.com/palomma'] });
  });

  it('--allow-remote-listen listens on every interface and still delivers only to this machine', () => {
    expect(sandboxOptions(['--allow-remote-listen'], {})).toMatchObject({ host: '0.0.0.0', allowRemote: true });
    expect(() => sandboxOptions(['--allow-remote-listen', '--webhook-url', 'https://hooks.example.com/palomma'], {})).toThrow(
      /^--webhook-url hooks\.example\.com is not on this machine; pass --allow-remote-webhooks/,
    );
  });

  it('--allowed-host and --allowed-origin add names and pages, checked', () => {
    expect(sandboxOptions(['--allowed-host', 'dev.example.test', '--allowed-origin', 'http://localhost:3000'], {})).toMatchObject({
      allowedHosts: ['dev.example.test'],
      allowedOrigins: ['http://localhost:3000'],
    });
    expect(() => sandboxOptions(['--allowed-host', 'http://dev.example.test'], {})).toThrow(/must be a host name/);
    expect(() => sandboxOptions(['--allowed-origin', 'localhost:3000'], {})).toThrow(/must be an http\(s\) origin/);
  });

  it('--auto-advance beyond what Node timers hold is refused instead of firing at once', () => {
    expect(() => sandboxOptions(['--auto-advance', '3000000000'], {})).toThrow(/at most 2147483647 ms/);
    expect(sandboxOptions(['--auto-advance', '2147483647'], {})).toMatchObject({ autoAdvance: 2_147_483_647 });
  });

  it('palomma mock: --allow-remote is --allow-remote-listen now; another host without it is refused', async () => {
    const old = await bin(['mock', '--allow-remote']);
    expect(old.code).toBe(2);
    expect(old.output).toMatch(/--allow-remote-listen/);
    const remote = await bin(['mock', '--host', '0.0.0.0', '--port', '0']);
    expect(remote.code).toBe(1);
    expect(remote.output).toMatch(/Refusing to listen on 0\.0\.0\.0.*--allow-remote-listen/);
  });
});

describe('palomma proxy: where the key may go', () => {
  it.each([
    ['https://api.palomma.com/v0', /refusing api\.palomma\.com: it is the production server/],
    ['https://PROD.api.palomma.com./v0', /refusing PROD\.api\.palomma\.com\.: it is the production server|refusing prod\.api\.palomma\.com\.: it is the production server/],
    ['http://192.0.2.10:8080/v0', /refusing http:\/\/192\.0\.2\.10:8080: the API key would cross the network unencrypted/],
  ])('%s is refused before anything is sent', async (upstream, message) => {
    const result = await bin(['proxy', '--upstream', upstream], { PALOMMA_TOKEN: 'sk_live_not_to_be_sent' });
    expect(result.code).toBe(2);
    expect(result.output).toMatch(message);
    expect(result.output).not.toContain('sk_live_not_to_be_sent');
  });
});

describe('palomma webhook send never follows a redirect', () => {
  let receiver: Server;
  let elsewhere: Server;
  let hits = 0;
  let receiverUrl: string;
  beforeAll(async () => {
    elsewhere = createServer((request, response) => {
      hits++;
      request.resume();
      response.end('ok');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/stolen`;
    receiver = createServer((request, response) => {
      request.resume();
      response.writeHead(307, { location: target }).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
    await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
  });

  it('a 307 is reported, and the signed delivery is not posted again to where it points', async () => {
    const result = await bin(['webhook', 'send', '--url', receiverUrl, '--integrity-key', 'test-key']);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/307 .*redirect.*not followed/i);
    expect(hits).toBe(0);
  });
});
