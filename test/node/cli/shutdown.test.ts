// How `palomma mock` and `palomma sandbox` stop: a signal (twice, as a terminal's Ctrl-C reaches npm and its child)
// stops them once, in one line, exit 128 + the signal; the launcher (a shell, npm exec) going away stops every
// process they started; a port already taken is one line naming the flag and the variable.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, palomma, portState, waitFor, type Launched } from '../../helpers/processes.js';

const started: Launched[] = [];
afterAll(() => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
const track = (launched: Launched) => (started.push(launched), launched);

/** The sandbox's two ports, once it has printed them. */
async function sandboxPorts(launched: Launched) {
  await waitFor(() => (/Ctrl-C stops it/.test(launched.output()) ? true : undefined), `the sandbox to start; it printed:\n${launched.output()}`, 60_000);
  const port = (label: string) => Number(new RegExp(`${label}: +http://127\\.0\\.0\\.1:(\\d+)`).exec(launched.output())![1]);
  return { api: port('API'), control: port('Control') };
}

describe('stopping', () => {
  it('palomma mock: SIGINT twice (a terminal and npm each pass one on) stops it once, in one line, exit 130', async () => {
    const mock = track(palomma(['mock', '--port', '0'], { detached: true }));
    await waitFor(() => (/listening on/.test(mock.output()) ? true : undefined), `the mock to start; it printed:\n${mock.output()}`, 60_000);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(mock.output())![1]);
    expect(mock.processes().length).toBeGreaterThanOrEqual(2); // palomma and its Prism
    process.kill(-mock.child.pid!, 'SIGINT'); // the whole group, as the terminal does
    mock.child.kill('SIGINT');
    expect(await mock.exited).toEqual({ code: 130, signal: null });
    expect(mock.output().trim().split('\n').slice(1)).toEqual(['Palomma mock stopped (SIGINT).']);
    expect(mock.processes()).toEqual([]);
    expect(await portState(port)).toBe('refused');
  }, 90_000);

  // Neither passes the signal on (SIGKILL cannot be passed on at all): each leaves palomma behind with parent 1,
  // unless palomma notices its launcher has gone.
  it.each([
    ['a shell', 'SIGKILL', (args: string[]) => launch('sh', ['-c', `"${process.execPath}" bin/palomma.mjs ${args.join(' ')}; echo ended`])],
    ['npm exec (npx)', 'SIGTERM', (args: string[]) => launch('npm', ['exec', '--no', '--', 'palomma', ...args])],
  ] as const)('palomma sandbox under %s: stopping the launcher with %s stops the sandbox and its Prism, freeing both ports', async (_name, signal, start) => {
    const sandbox = track(start(['sandbox', '--port', '0', '--control-port', '0']));
    const ports = await sandboxPorts(sandbox);
    expect(sandbox.processes().length).toBeGreaterThanOrEqual(3); // the launcher, palomma, Prism
    sandbox.child.kill(signal);
    await waitFor(() => (sandbox.processes().length === 0 ? true : undefined), `every process to stop; left: ${sandbox.processes().join(', ')}`, 20_000);
    expect(await portState(ports.api)).toBe('refused');
    expect(await portState(ports.control)).toBe('refused');
  }, 120_000);
});

describe('a port already in use', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => busy.once('listening', resolve));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it.each([
    ['mock', () => ['mock', '--port', String(port)], (p: number) => `palomma mock: port ${p} for the mock is already in use. Pick another with --port <port> or PORT=<port> (0 picks a free one).`],
    [
      'sandbox API',
      () => ['sandbox', '--port', String(port), '--control-port', '0'],
      (p: number) => `palomma sandbox: port ${p} for the API is already in use. Pick another with --port <port> or SANDBOX_PORT=<port> (0 picks a free one).`,
    ],
    [
      'sandbox control API',
      () => ['sandbox', '--port', '0', '--control-port', String(port)],
      (p: number) => `palomma sandbox: port ${p} for the control API is already in use. Pick another with --control-port <port> or SANDBOX_CONTROL_PORT=<port> (0 picks a free one).`,
    ],
  ])('palomma %s: one line naming the flag and the variable, exit 1', async (_name, args, line) => {
    const command = track(palomma(args()));
    expect((await command.exited).code).toBe(1);
    expect(command.output().trim().split('\n')).toEqual([line(port)]);
    expect(command.processes()).toEqual([]);
  }, 60_000);
});
