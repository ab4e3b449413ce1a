// Keeps one Prism host (prism-host.cjs) loaded for the whole run and starts each save's mock instance in it, beside
// the instance serving, and the sandbox's validating proxy too, so a save pays neither for loading Prism nor for a
// first, slow instance: a new process per save cost about a CPU-second more for each, on a machine where the docs,
// lint and the types want the same CPU. One process serving both means a Prism killed from outside takes both
// down; each is restarted by its own supervisor, in one new host. The host is replaced by a fresh one after
// `instancesPerHost` instances (20; what a long run of Prism servers leaves behind stays bounded) or once it dies;
// an instance it had not started yet is started once more, in a new host.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchExit } from '../../src/node/prism/exit-watch.js';
import { englishFakerImport } from '../../src/node/prism/english-faker.js';
import { freePort, prismCliPath, PrismStartError } from '../../src/node/prism/process.js';
import { forkKept } from './kept-process.mjs';

const hostScript = fileURLToPath(new URL('./prism-host.cjs', import.meta.url));

class HostDied extends Error {}

// `folder` (where the snapshots are) labels the command line, so `ps` shows whose host it is; a host loaded ahead
// of need also warms up on `warm`, the last good spec.
function spawnHost(folder, warm, instancesPerHost) {
  const args = ['--for', folder, ...(warm && existsSync(warm) ? ['--warm', warm] : [])];
  // Plain node, without npm start's own TypeScript loader, which the host has no use for; with the faker that
  // starts in a third of the CPU, as every Prism process the package starts (src/node/prism/english-faker.ts).
  const kept = forkKept(hostScript, args, { execArgv: englishFakerImport(prismCliPath()) });
  const { child, lastLine } = kept;
  const exited = kept.exited.then(({ code }) => code);
  // How it ended, with the error it printed: what the supervisor reports if it dies while serving.
  const ended = watchExit(child);
  const ready = new Promise((resolve, reject) => {
    child.once('message', (message) => (message?.ready ? resolve() : reject(new Error('Prism host said something unexpected'))));
    exited.then((code) => reject(new HostDied(`Prism host exited (code ${code}) while loading: ${lastLine()}`)));
  });
  ready.catch(() => {}); // seen by whoever serves on this host
  const answers = new Map(); // instance id -> what to do with the host's answer about it
  child.on('message', (message) => {
    if (message?.id !== undefined) answers.get(message.id)?.(message);
  });
  const ask = (id, message, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(() => reject(new Error(`Prism did not ${what} within ${timeoutMs} ms`))), timeoutMs);
      const finish = (settle) => {
        clearTimeout(timer);
        answers.delete(id);
        settle();
      };
      answers.set(id, (answer) => finish(() => resolve(answer)));
      exited.then((code) => finish(() => reject(new HostDied(`Prism exited (code ${code}) before it could ${what}: ${lastLine()}`))));
      child.send(message, (error) => error && finish(() => reject(new HostDied(`Prism host is gone (${error.message})`))));
    });

  let nextId = 0;
  let live = 0; // instances started here and not stopped yet (or starting)
  let retired = false;
  const host = {
    child,
    get usable() {
      return kept.alive && !retired && nextId < instancesPerHost;
    },
    get alive() {
      return kept.alive;
    },
    /** No more instances start here; the process ends once the last one running here has stopped. */
    retire() {
      retired = true;
      if (live === 0) void kept.stop();
    },
    stop: kept.stop,
    /**
     * Serves `call` (a PrismCall of src/node/prism) on loopback `port` (a free one if 0); resolves
     * `{ port, pid, child, exited, stop }` once Prism listens.
     */
    async serve(call, port = 0, timeoutMs = 30_000) {
      const id = nextId++;
      live++;
      let stopping;
      const stop = () =>
        (stopping ??= (async () => {
          if (kept.alive) {
            const answer = await ask(id, { close: { id } }, 5_000, 'close an instance').catch(() => ({ closed: false }));
            // An instance that would not close (a connection held to it from outside) ends with its process.
            if (!answer.closed) retired = true;
          }
          if (--live === 0 && retired) await kept.stop();
        })());
      try {
        await ready;
        const chosen = port || (await freePort());
        const answer = await ask(id, { serve: { id, call, port: chosen } }, timeoutMs, 'start');
        // As a Prism process of its own fails (src/node/prism reads a port taken meanwhile from the error, and picks another).
        if (!answer.listening) throw new PrismStartError(answer.error ?? 'Prism did not start', answer.error ?? '');
        return { port: chosen, pid: child.pid, child, exited: ended, stop };
      } catch (error) {
        // Whatever it started (if it ever does) is closed; a host too slow to start one is not given another.
        if (!(error instanceof HostDied) && /within/.test(error.message)) retired = true;
        await stop();
        throw error;
      }
    },
  };
  return host;
}

/**
 * `serve(folder, call, port)` starts an instance (a mock, or a proxy) in the host of the run (loaded at `refill`, or
 * now), which serves successive instances; `refill(folder)` loads a host when there is none fit to serve, once
 * nothing is reloading.
 * `instancesPerHost`: the instances one host starts before the pool moves on to a fresh one.
 */
export function createPrismPool({ instancesPerHost = 20 } = {}) {
  let current;
  const hosts = new Set(); // every host still running: the current one and retired ones with instances left
  let closed = false;
  const fresh = (folder, warm) => {
    current?.retire();
    current = spawnHost(folder, warm, instancesPerHost);
    const host = current;
    hosts.add(host);
    host.child.once('exit', () => hosts.delete(host));
    return host;
  };
  return {
    async serve(folder, call, port = 0) {
      if (closed) throw new Error('npm start is stopping: no new Prism instance');
      const host = current?.usable ? current : fresh(folder);
      try {
        return await host.serve(call, port);
      } catch (error) {
        // The host died under it (killed from outside, say, or by a request to the instance serving): once more,
        // in a new one.
        if (!(error instanceof HostDied) || closed) throw error;
        return (current !== host && current?.usable ? current : fresh(folder)).serve(call, port);
      }
    },
    /**
     * Loads a host if there is none fit to serve; called once a reload is done, so it competes with nothing being
     * served, and at start-up without `warm` (a throwaway mock first would only delay the first one).
     */
    refill(folder, { warm = true } = {}) {
      if (closed || current?.usable) return;
      fresh(folder, warm ? join(folder, 'openapi.yaml') : undefined);
    },
    /** The pids of the Prism processes running now (the current host first), for `ps` and the tests. */
    pids() {
      const running = [...hosts];
      return [...running.filter((host) => host === current), ...running.filter((host) => host !== current)].map((host) => host.child.pid);
    },
    async close() {
      closed = true;
      await Promise.all([...hosts].map((host) => host.stop()));
    },
  };
}
