// `palomma trigger` as a user runs it: a bad command line exits 2 saying why; no sandbox there exits 1 saying so.
// (Triggering each of the six webhooks in a running sandbox is in test/node/sandbox/teams.http.test.ts.)
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runBin } from '../../helpers/bin.js';

const trigger = (args: string[]) => runBin(['trigger', ...args], { PALOMMA_SANDBOX_TOKEN: 'trigger-test-secret-token' });

/** A loopback port nothing listens on any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('palomma trigger', () => {
  it.each([
    [[], /palomma trigger: name the event type to trigger[\s\S]*Usage: palomma trigger <event-type>/],
    [['payout-target.created'], /there is no webhook "payout-target\.created"; the six are payout-target\.update, payout-request\.update/],
    [['payout-target.update', '--outcome', 'approved'], /--outcome for payout-target\.update must be one of active, cancelled/],
    [['payin-settlement.update', '--outcome', 'cancelled'], /--outcome does not apply to payin-settlement\.update/],
    [['payin-link.update', '--url', 'ftp://127.0.0.1/'], /--url must be http: or https:/],
  ])('palomma trigger %j exits 2 saying why', async (args, pattern) => {
    const bin = trigger(args);
    expect(await bin.exited).toBe(2);
    expect(bin.output()).toMatch(pattern);
  });

  it('says no sandbox answers (exit code 1), without the token', async () => {
    const port = await closedPort();
    const bin = trigger(['payout-target.update', '--url', `http://127.0.0.1:${port}`, '--control-url', `http://127.0.0.1:${port}`]);
    expect(await bin.exited).toBe(1);
    expect(bin.output()).toMatch(/^palomma trigger: POST \/customers: .*ECONNREFUSED.*; is a sandbox running there\? \(palomma sandbox, or npm start\)$/m);
    expect(bin.output()).not.toContain('trigger-test-secret-token');
  });
});
