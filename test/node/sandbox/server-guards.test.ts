// Issue 20 against startSandboxServer (real Prism, real sockets): one door to the sandbox (only its Prism reaches the
// private port), state-changing control calls only as JSON and never from another site's page, 413s actually sent,
// timers that cannot overflow, and a dead Prism reported by event and, when it is not to be restarted, by a
// rejected `closed` promise with everything stopped (not half-working).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/node/sandbox/index.js';
import { sendRaw } from '../../helpers/hostile-requests.js';
import { customerBody } from '../../helpers/sandbox.js';

const token = 'server-guards-token';
const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
let server: SandboxServer;
const lines: string[] = [];

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, controlPort: 0, token, log: (line) => lines.push(line) });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const createCustomer = async (n: number) => (await (await fetch(`${server.url}/customers`, { method: 'POST', headers: auth, body: JSON.stringify(customerBody(n)) })).json()) as { id: string };

describe('one door', () => {
  it('the private port refuses anything that did not come through the front, so nothing stored skipped Prism', async () => {
    // A merchant of this test's own (a labelled token), so the list below holds only what these requests stored,
    // whatever the other tests of the file made before it.
    const auth = { authorization: `Bearer ${token}.private-port`, 'content-type': 'application/json' };
    const direct = await fetch(`${server.upstreamUrl}/customers`, { method: 'POST', headers: auth, body: JSON.stringify({ ...customerBody(1), reference: [1, 2] }) });
    expect(direct.status).toBe(403);
    expect(await direct.json()).toEqual({ message: "this port takes requests from the sandbox's Prism only: call the sandbox's API URL" });
    const deep = await fetch(`${server.upstreamUrl}/customers`, { method: 'POST', headers: { ...auth, 'x-palomma-front': 'guessed' }, body: `{"reference":${'['.repeat(10_000)}${']'.repeat(10_000)}}` });
    expect(deep.status).toBe(403);
    // Through the front, the same body is refused in Palomma's shape (400 naming the field), and the list still serialises.
    const through = await fetch(`${server.url}/customers`, { method: 'POST', headers: auth, body: JSON.stringify({ ...customerBody(1), reference: [1, 2] }) });
    expect([through.status, await through.json()]).toEqual([400, { message: 'reference must be a string' }]);
    const list = await fetch(`${server.url}/customers`, { headers: auth });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe('the control API', () => {
  it('takes a state change only as JSON (or with no body at all, as curl -X POST sends), never from another site’s page', async () => {
    const customer = await createCustomer(2);
    const reset = `${server.controlUrl}/reset`;
    const foreign = await fetch(reset, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const plain = await fetch(reset, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toEqual({ message: 'Content-Type: must be application/json' });
    const form = await fetch(reset, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);
    expect((await fetch(`${server.url}/customers/${customer.id}`, { headers: auth })).status).toBe(200);
    const curl = await sendRaw(server.controlUrl, { method: 'POST', path: '/reset' });
    expect(curl).toMatchObject({ status: 200 });
    expect((await fetch(`${server.url}/customers/${customer.id}`, { headers: auth })).status).toBe(404);
  });

  it('a body over its cap gets a 413 answer, not a reset connection', async () => {
    for (const body of [Buffer.alloc(2_000_000, 32), new Blob([Buffer.alloc(2_000_000, 32)]).stream()]) {
      const answer = await fetch(`${server.controlUrl}/payoutTargets/X/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
      expect(answer.status).toBe(413);
      expect(((await answer.json()) as { message: string }).message).toMatch(/^body: larger than/);
    }
  });
});

describe('timers', () => {
  it('an autoAdvance Node timers cannot hold is refused before anything starts', async () => {
    await expect(startSandboxServer({ port: 0, controlPort: 0, autoAdvance: 3_000_000_000 })).rejects.toThrow(/autoAdvance must be at most 2147483647 ms/);
    await expect(startSandboxServer({ port: 0, controlPort: 0, retryDelays: [1_000, 2 ** 31] })).rejects.toThrow(/retryDelays\[1\] must be at most/);
  });
});

describe('a dead Prism', () => {
  it('is restarted with events saying so; the request sent meanwhile is answered', async () => {
    const events: string[] = [];
    server.on('died', (event) => events.push(`died: ${event.reason}`));
    server.on('restarted', () => events.push('restarted'));
    const customer = await createCustomer(4);
    const pid = server.prism.child.pid!;
    process.kill(pid, 'SIGKILL');
    const during = await fetch(`${server.url}/customers/${customer.id}`, { headers: auth });
    expect(during.status).toBe(200);
    const deadline = Date.now() + 20_000;
    while (!events.includes('restarted') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(events).toEqual(['died: killed by SIGKILL', 'restarted']);
    expect(server.prism.child.pid).not.toBe(pid);
    expect(lines.some((line) => line.startsWith(`✖ Prism (the sandbox's validating proxy on ${server.url}) (pid ${pid}) died (killed by SIGKILL)`))).toBe(true);
  }, 30_000);

  it('with restarts off, a death is the end: a failed event, `closed` rejects, and every port is closed (not half-working)', async () => {
    const failing = await startSandboxServer({ port: 0, controlPort: 0, restarts: { restart: false }, log: () => {} });
    try {
      const failed = new Promise<Error>((resolve) => failing.on('failed', (event) => resolve(event.error)));
      process.kill(failing.prism.child.pid!, 'SIGKILL');
      const error = await failed;
      expect(error.message).toMatch(/^Prism \(the sandbox's validating proxy on .*\) \(pid \d+\) died \(killed by SIGKILL\); restarts are off$/);
      await expect(failing.closed).rejects.toBe(error);
      await expect(fetch(`${failing.url}/customers`)).rejects.toThrow();
      await expect(fetch(`${failing.controlUrl}/webhookDeliveries`)).rejects.toThrow();
    } finally {
      await failing.close();
    }
  }, 40_000);
});
