// Keeps one Prism host (prism-host.cjs) loaded and waiting, so a new mock instance starts in a fraction of the
// time a cold `prism mock` takes; each instance is its own process, stopped by ending it.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchExit } from '../../src/node/prism/exit-watch.js';
import { freePort } from '../../src/node/prism/mock.js';

const hostScript = fileURLToPath(new URL('./prism-host.cjs', import.meta.url));

// `folder` (where the snapshots are) labels the command line, so `ps` shows whose host it is; a spare also
// warms up on `warm`, the last good spec.
function spawnHost(folder, warm) {
  const args = ['--for', folder, ...(warm && existsSync(warm) ? ['--warm', warm] : [])];
  // Plain node: fork would pass on npm start's own TypeScript loader, which the host has no use for.
  const child = fork(hostScript, args, { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4_000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // How it ended, with the error it printed: what the supervisor reports if it dies while serving.
  const ended = watchExit(child);
  const ready = new Promise((resolve, reject) => {
    child.once('message', (message) => (message?.ready ? resolve() : reject(new Error('Prism host said something unexpected'))));
    exited.then((code) => reject(new Error(`Prism host exited (code ${code}) while loading: ${stderr.trim().split('\n').at(-1) ?? ''}`)));
  });
  ready.catch(() => {}); // seen by whoever takes this host
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited.then(() => undefined);
  };
  /** Serves `spec` on a free loopback port; resolves `{ port, pid, exited, stop }` once Prism listens. */
  async function serve(spec, timeoutMs = 30_000) {
    await ready;
    const port = await freePort();
    const answer = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms`)), timeoutMs);
      child.once('message', (message) => {
        clearTimeout(timer);
        if (message?.listening) resolve(message.listening);
        else reject(new Error(message?.error ?? 'Prism did not start'));
      });
      exited.then((code) => reject(new Error(`Prism exited (code ${code}) before listening: ${stderr.trim().split('\n').at(-1) ?? ''}`)));
    });
    child.send({ spec, port });
    try {
      await answer;
    } catch (error) {
      await stop();
      throw error;
    }
    return { port, pid: child.pid, exited: ended, stop };
  }
  return { child, serve, stop };
}

/** A pool of one: `take(folder)` hands out the waiting host (or a new one) and `refill(folder)` loads the next. */
export function createPrismPool() {
  let spare;
  let closed = false;
  return {
    take(folder) {
      const host = spare ?? spawnHost(folder);
      spare = undefined;
      return host;
    },
    /**
     * Loads a spare host; called once a reload is done, so it competes with nothing being served, and at start-up
     * without `warm` (a throwaway mock first would only delay the first one).
     */
    refill(folder, { warm = true } = {}) {
      if (spare || closed) return;
      spare = spawnHost(folder, warm ? join(folder, 'openapi.yaml') : undefined);
    },
    async close() {
      closed = true;
      await spare?.stop();
      spare = undefined;
    },
  };
}
