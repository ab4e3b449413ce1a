// The supervisor: a process that dies is started again on its port at once, with one line saying what died and
// why; deaths in a row wait longer; a process that will not start again is given up on and reported. Real child
// processes on 127.0.0.1 stand in for Prism (the CLI tests kill a real Prism).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { lastErrorLine, watchExit } from '../../../src/node/prism/exit-watch.js';
import { freePort } from '../../../src/node/prism/mock.js';
import { supervise, type Supervised, type Supervisor, type SupervisorEvent } from '../../../src/node/prism/supervise.js';

interface Instance extends Supervised {
  port: number;
}

/** A small HTTP server in its own process; `crash` makes it print an error and exit 1 on its first request. */
async function startChild(port: number): Promise<Instance> {
  const script = `
    const server = require('node:http').createServer((req, res) => {
      if (req.url === '/crash') { console.error('URIError: URI malformed\\n    at decodeURIComponent'); process.exit(1); }
      res.end('ok');
    });
    server.listen(${port}, '127.0.0.1', () => console.log('listening'));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = watchExit(child);
  await once(child.stdout!, 'data');
  return {
    pid: child.pid,
    port,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

let running: Supervisor<Instance> | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function watch(first: Instance, overrides: Partial<Parameters<typeof supervise<Instance>>[0]> = {}) {
  const lines: string[] = [];
  const events: SupervisorEvent[] = [];
  const ups: Instance[] = [];
  const downs: string[] = [];
  running = supervise<Instance>({
    name: 'the test server',
    first,
    start: () => startChild(first.port),
    report: (line) => lines.push(line),
    onEvent: (event) => events.push(event),
    onUp: (instance) => ups.push(instance),
    onDown: (reason) => downs.push(reason),
    ...overrides,
  });
  const nextUp = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not restarted ${count} times within 5 s: ${lines.join(' | ')}`)), 5_000);
      const poll = setInterval(() => {
        if (ups.length >= count) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 10);
    });
  return { lines, events, ups, downs, nextUp };
}

describe('supervise', () => {
  it('kill -9: restarted on the same port at once, with one line saying what died and why', async () => {
    const first = await startChild(await freePort());
    const seen = watch(first);
    process.kill(first.pid!, 'SIGKILL');
    await seen.nextUp(1);
    expect(seen.lines[0]).toBe(`✖ the test server (pid ${first.pid}) died (killed by SIGKILL); restarting it`);
    expect(seen.lines[1]).toMatch(/^✔ the test server restarted \(pid \d+\) in \d+ ms$/);
    expect(seen.downs).toEqual(['killed by SIGKILL']);
    expect(seen.ups[0]!.port).toBe(first.port);
    expect(await (await fetch(`http://127.0.0.1:${first.port}/`)).text()).toBe('ok');
    expect(seen.events.map((e) => e.type)).toEqual(['died', 'restarted']);
  });

  it('a crash is reported with the error it printed', async () => {
    const first = await startChild(await freePort());
    const seen = watch(first);
    await fetch(`http://127.0.0.1:${first.port}/crash`).catch(() => undefined);
    await seen.nextUp(1);
    expect(seen.lines[0]).toBe(`✖ the test server (pid ${first.pid}) died (exit code 1: URIError: URI malformed); restarting it`);
  });

  it('deaths in a row wait longer, and say how many there were', async () => {
    const first = await startChild(await freePort());
    const seen = watch(first, { backoffMs: [0, 50, 150] });
    process.kill(first.pid!, 'SIGKILL');
    await seen.nextUp(1);
    process.kill(seen.ups[0]!.pid!, 'SIGKILL');
    await seen.nextUp(2);
    process.kill(seen.ups[1]!.pid!, 'SIGKILL');
    await seen.nextUp(3);
    const died = seen.events.filter((e) => e.type === 'died');
    expect(died.map((e) => (e as { restartInMs: number }).restartInMs)).toEqual([0, 50, 150]);
    expect(seen.lines.filter((line) => line.startsWith('✖')).at(-1)).toMatch(/restarting it in 150 ms; 3 deaths within 60 s$/);
  });

  it('a process that does not start again is given up on, and the failure is reported', async () => {
    const first = await startChild(await freePort());
    let tries = 0;
    const seen = watch(first, {
      backoffMs: [0, 20],
      start: async () => {
        tries++;
        throw new Error(`Prism did not start\nits log`);
      },
    });
    process.kill(first.pid!, 'SIGKILL');
    const deadline = Date.now() + 5_000;
    while (!seen.events.some((e) => e.type === 'failed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(tries).toBe(3);
    const failed = seen.events.find((e) => e.type === 'failed') as { error: Error };
    expect(failed.error.message).toBe('the test server died and could not be started again (3 tries; last: Prism did not start)');
    expect(seen.lines.at(-1)).toBe(`✖ ${failed.error.message}; giving up`);
  });

  it('with restarts off, the first death is the end: reported, and a failed event', async () => {
    const first = await startChild(await freePort());
    const seen = watch(first, { restart: false });
    process.kill(first.pid!, 'SIGKILL');
    const deadline = Date.now() + 5_000;
    while (!seen.events.some((e) => e.type === 'failed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(seen.lines).toEqual([`✖ the test server (pid ${first.pid}) died (killed by SIGKILL); restarts are off`]);
    expect(seen.events.map((e) => e.type)).toEqual(['died', 'failed']);
    expect(seen.ups).toEqual([]);
  });

  it('stop() stops supervising: the instance ends and is not started again', async () => {
    const first = await startChild(await freePort());
    const seen = watch(first);
    await running!.stop();
    running = undefined;
    expect((await first.exited).signal).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.lines).toEqual([]);
  });
});

describe('lastErrorLine', () => {
  it('finds the error a crash printed, not the stack under it', () => {
    expect(lastErrorLine('starting\nTypeError: Cannot read properties of undefined (reading \'path\')\n    at constructPrefix (x.js:1)\n')).toBe(
      "TypeError: Cannot read properties of undefined (reading 'path')",
    );
    expect(lastErrorLine('all good\n')).toBeUndefined();
  });
});
