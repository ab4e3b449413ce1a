// Generates each good save's types in one types host (types-host.mjs) kept for the run, one save at a time: a new
// `node --import tsx codegen/generate.mjs` per save spent more CPU loading the generator than generating. The host
// is started when the first types are due (not at start-up, when the mock, lint and the docs want every CPU), and
// again if it dies: the run it was doing is tried once more in the new one. Its memory grows by some 20 MB a run
// (what the compiler keeps), so after `runsPerHost` runs it is replaced, as soon as that run is done.
import { fileURLToPath } from 'node:url';
import { renice } from '../../codegen/run.mjs';
import { forkKept } from './kept-process.mjs';

const hostScript = fileURLToPath(new URL('./types-host.mjs', import.meta.url));

// `folder` labels the command line, so `ps` shows whose generator it is.
function spawnHost(folder) {
  // The generator reads the project's TypeScript sources: npm start's own loader (tsx) goes with it.
  const kept = forkKept(hostScript, ['--for', folder], { execArgv: ['--import', 'tsx'] });
  const { child } = kept;
  const exited = kept.exited.then(({ code, signal }) => (signal ? `killed by ${signal}` : `exit code ${code}`));
  const ready = new Promise((resolve) => {
    child.once('message', (message) => resolve(message?.ready === true));
    exited.then(() => resolve(false));
  });
  let nextId = 0;
  return {
    child,
    get alive() {
      return kept.alive;
    },
    /** Resolves `{ ok, output }` of generating `spec` into `out`. */
    async generate(spec, out) {
      const id = nextId++;
      const died = (how) => ({ ok: false, died: true, output: `${kept.stderr()}\nthe types generator ended (${how})` });
      if (!(await ready)) return died(await exited);
      return new Promise((resolve) => {
        const onMessage = (message) => {
          if (message?.id !== id) return;
          child.off('message', onMessage);
          resolve({ ok: message.ok === true, output: String(message.output ?? '') });
        };
        child.on('message', onMessage);
        exited.then((how) => resolve(died(how)));
        child.send({ id, spec, out }, (error) => error && resolve(died(error.message)));
      });
    },
    stop: kept.stop,
  };
}

/**
 * `run(spec, out)` queues a run behind any other and returns `{ done, cancel(), yieldCpu(behind) }`: `done`
 * resolves `{ ok, cancelled, output, pid }` (`pid`: the generator's process that ran it); a cancelled run that has
 * not begun never does, one under way finishes in the host and its result is dropped (cheaper than loading a new
 * host). `close()` ends the host. `runsPerHost`: the runs one generator process does before it is replaced.
 */
export function createTypesRunner(folder, { runsPerHost = 10 } = {}) {
  let host;
  let runs = 0; // runs the current host has done
  const ending = new Set(); // hosts told to stop, until they have
  const retire = (old) => {
    const stopped = old.stop();
    ending.add(stopped);
    stopped.then(() => ending.delete(stopped));
  };
  let queue = Promise.resolve();
  let closed = false;
  return {
    run(spec, out) {
      let cancelled = false;
      let running;
      const done = (queue = queue.then(async () => {
        if (cancelled || closed) return { ok: false, cancelled: true, output: '', pid: undefined };
        // Each run starts at the normal priority: a host left behind by an earlier save's yield is replaced if
        // the system does not let it come back (so the types never wait for a CPU nobody in npm start wants).
        if (host?.alive && !renice(host.child.pid, 0)) {
          retire(host);
          host = undefined;
        }
        const fresh = () => {
          runs = 0;
          return (host = spawnHost(folder));
        };
        if (!host?.alive) fresh();
        running = host;
        let result = await host.generate(spec, out);
        // Found dead (killed from outside, say, since the last run): once more, in a new generator.
        if (result.died && !closed && !cancelled) result = await (running = fresh()).generate(spec, out);
        const { pid } = running.child;
        running = undefined;
        // Its quota done, the generator is replaced now, between saves, rather than when the next types are due.
        if (++runs >= runsPerHost && !closed) {
          retire(host);
          fresh();
        }
        return { ok: result.ok, output: result.output, cancelled: cancelled || closed, pid };
      }).catch((error) => ({ ok: false, cancelled, output: String(error?.message ?? error), pid: undefined })));
      return {
        done,
        cancel() {
          cancelled = true;
        },
        /**
         * Goes behind a newer save's lint and mock start (`behind` true), and back once that is done, where the
         * system lets a process raise a child's priority again (else it stays behind until its next run).
         */
        yieldCpu(behind = true) {
          if (running) renice(running.child.pid, behind ? 10 : 0);
        },
      };
    },
    /** The generator's pid while it runs, for `ps` and the tests. */
    get pid() {
      return host?.alive ? host.child.pid : undefined;
    },
    async close() {
      closed = true;
      await Promise.all([host?.stop(), ...ending]);
    },
  };
}
