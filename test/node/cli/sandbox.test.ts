// `palomma sandbox` as a user runs it: prints its URLs and a curl to try, answers through Prism, keeps a
// chosen token out of its output, stops cleanly; bad options and commands exit 2 with the reason.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOptions, UsageError } from '../../../src/node/cli/sandbox.js';
import { customerBody, integrityKey, startReceiver } from '../../helpers/sandbox.js';
import { runCli, spawnCli } from '../../helpers/spawn-cli.js';

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver?.close());

describe('palomma sandbox', () => {
  // A cold Prism start and a webhook's round trip, budgeted as every other test that starts Prism.
  it('starts behind Prism, prints URLs and a curl, delivers signed webhooks, never prints a chosen token, stops on SIGTERM', { timeout: 60_000 }, async () => {
    const secret = 'cli-test-secret-token-5f2c';
    const bin = spawnCli(['sandbox', '--port', '0', '--control-port', '0', '--webhook-url', receiver.url, '--auto-advance', '0'], {
      env: { PALOMMA_SANDBOX_TOKEN: secret, PALOMMA_INTEGRITY_KEY: integrityKey },
    });
    try {
      await bin.waitFor(/Ctrl-C stops it/, 30_000);
      const output = bin.output();
      const api = /API: +(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const control = /Control: +(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      expect(api, output).toBeDefined();
      expect(control, output).toBeDefined();
      expect(output).toContain(`curl -s -X POST ${api}/customers`);
      expect(output).not.toContain(secret);
      expect(output).not.toContain(integrityKey);

      const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
      const customer = await fetch(`${api}/customers`, { method: 'POST', headers, body: JSON.stringify(customerBody()) });
      expect(customer.status).toBe(200);
      expect(customer.headers.get('sl-violations')).toBeNull();
      const { id } = (await customer.json()) as { id: string };
      const target = await fetch(`${api}/payoutTargets`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ customerId: id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563780014' } }),
      });
      const created = (await target.json()) as { id: string };
      // --auto-advance 0 and an account number ending in 0014: cancelled, AUTHENTICATION_FAILED, by webhook.
      const event = await receiver.waitFor((e) => e.event.id === created.id);
      expect(event.event).toMatchObject({ status: 'cancelled', statusMessage: 'AUTHENTICATION_FAILED' });
      // Each attempt is logged once the receiver has answered.
      const logged = new RegExp(`webhook payout-target.update \\w+ → ${receiver.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 200`);
      for (let i = 0; i < 40 && !logged.test(bin.output()); i++) await new Promise((r) => setTimeout(r, 25));
      expect(bin.output()).toMatch(logged);
      expect(bin.output()).not.toContain(secret);

      // The curl it printed works as printed, in a shell where the token's variable is exported.
      const tryCurl = /Try \(in a shell where PALOMMA_SANDBOX_TOKEN is exported\):\n([\s\S]*?)\n\n/.exec(output)?.[1];
      expect(tryCurl, output).toContain('$PALOMMA_SANDBOX_TOKEN');
      const tried = JSON.parse(execFileSync('bash', ['-c', tryCurl!], { encoding: 'utf8', env: { ...process.env, PALOMMA_SANDBOX_TOKEN: secret } }));
      expect(tried).toMatchObject({ id: expect.any(String), name: 'Pepito Perez' });

      bin.child.kill('SIGTERM');
      const stopped = await bin.done;
      expect(stopped.code).toBe(143);
      expect(stopped.output.trimEnd().split('\n').at(-1)).toBe('Palomma sandbox stopped (SIGTERM).');
      await expect(fetch(`${control}/webhookDeliveries`)).rejects.toThrow();
    } finally {
      await bin.stop();
    }
  });

  it.each([
    [['--auto-advance', 'soon'], /^--auto-advance must be a number of milliseconds or off/],
    [['--webhook-url', 'http://example.com/hook'], /^--webhook-url example\.com is not on this machine; pass --allow-remote-webhooks/],
    [['--webhook-url', 'ftp://127.0.0.1/hook'], /^--webhook-url must be http: or https:/],
    [['--port', '99999'], /^--port must be a port number/],
    [['--colour'], /Unknown option '--colour'/],
    [['--token', ''], /^--token must not be empty/],
    // Flags that would do nothing in the combination given.
    [['--integrity-key', 'k'], /^--integrity-key signs webhooks, and there is no --webhook-url to send them to$/],
    [['--port', '4555', '--control-port', '4555'], /^--port and --control-port are both 4555: the API and the control API need a port each$/],
  ])('palomma sandbox %s is refused, saying why', (args, pattern) => {
    expect(() => sandboxOptions(args, {})).toThrow(UsageError);
    expect(() => sandboxOptions(args, {})).toThrow(pattern);
  });

  it('reads its defaults from the environment, and --allow-remote-listen and --allow-remote-webhooks open it up', () => {
    expect(sandboxOptions([], { SANDBOX_PORT: '5020', SANDBOX_CONTROL_PORT: '5021', PALOMMA_SANDBOX_TOKEN: 't', PALOMMA_INTEGRITY_KEY: 'k' })).toMatchObject({
      port: 5020,
      controlPort: 5021,
      token: 't',
      integrityKey: 'k',
      host: '127.0.0.1',
      autoAdvance: 'off',
    });
    expect(sandboxOptions(['--allow-remote-listen', '--allow-remote-webhooks', '--webhook-url', 'https://example.com/hook', '--webhook-url', 'http://127.0.0.1:3000/h'], {})).toMatchObject({
      host: '0.0.0.0',
      webhookUrls: ['https://example.com/hook', 'http://127.0.0.1:3000/h'],
      token: 'palomma-sandbox-token',
    });
  });

  it.each([
    [['sandbox', '--auto-advance', 'soon'], /palomma sandbox: --auto-advance must be a number of milliseconds or off[\s\S]*Usage: palomma sandbox/],
    [['launch'], /unknown command "launch"/],
    [['webhook', 'receive'], /the only subcommand is "send"/],
  ])('palomma %s exits 2 saying why', async (args, pattern) => {
    const bin = await runCli(args);
    expect(bin.code).toBe(2);
    expect(bin.output).toMatch(pattern);
  });

  it('with --token, prints a curl that works as printed and never the token: the control API, which takes none', async () => {
    const secret = 'cli-test-option-token-9d1e';
    const bin = spawnCli(['sandbox', '--port', '0', '--control-port', '0', '--token', secret]);
    try {
      await bin.waitFor(/Ctrl-C stops it/, 60_000);
      const output = bin.output();
      expect(output).not.toContain(secret);
      expect(output).not.toContain('$PALOMMA_SANDBOX_TOKEN');
      const tryCurl = /Try \(API calls take the token you gave with --token, which is not printed\):\n(.*)\n/.exec(output)?.[1];
      expect(tryCurl, output).toBeDefined();
      const index = JSON.parse(execFileSync('bash', ['-c', tryCurl!], { encoding: 'utf8' }));
      expect(index.endpoints).toContainEqual({ method: 'POST', path: '/payoutTargets/{payoutTargetId}/authorize', summary: expect.any(String) });
    } finally {
      await bin.stop();
    }
  }, 90_000);

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const bin = await runCli([flag]);
      expect(bin.code).toBe(0);
      expect(bin.output).toBe(`${version}\n`);
    }
  });

  it.each([
    [['proxy'], /^palomma proxy: --upstream <url> is required\n\nUsage: palomma proxy --upstream/],
    [['webhook', 'send'], /^palomma webhook send: no integrity key[\s\S]*\n\nUsage: palomma webhook send --url/],
    [['mock', '--seed', '42'], /^palomma mock: --seed only applies to generated bodies: add --dynamic, or leave --seed out\n/],
  ])('palomma %s names the palomma command, not a repository script', async (args, pattern) => {
    const bin = await runCli(args, { env: { PALOMMA_INTEGRITY_KEY: undefined } });
    expect(bin.code).toBe(2);
    expect(bin.output).toMatch(pattern);
    expect(bin.output).not.toMatch(/npm run|contract:proxy|webhook:send|send-webhook/);
  });

  it('lists its six commands', async () => {
    const bin = await runCli(['--help']);
    expect(bin.code).toBe(0);
    for (const command of ['mock', 'sandbox', 'proxy', 'flows', 'webhook send', 'trigger']) expect(bin.output).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
