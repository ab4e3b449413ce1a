// Keeps one Redocly CLI process loaded and waiting per command (redocly-spare.mjs), so a save's lint and docs build
// pay for their own work only: loading the CLI is a third of lint's CPU and nearly half of build-docs'. A spare
// that is not there, or dies before it is done, is replaced by an ordinary CLI run: the result is the same.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { renice, runBin, toolEnv, toolResult } from '../../codegen/run.mjs';
import { rootDir } from '../../codegen/spec-file.mjs';

const spareScript = fileURLToPath(new URL('./redocly-spare.mjs', import.meta.url));

// `folder` labels the command line, so `ps` shows whose spare it is.
function spawnSpare(command, folder, niceness) {
  // Plain node, as the CLI runs: fork would pass on npm start's own TypeScript loader.
  const child = fork(spareScript, [command, '--for', folder], { cwd: rootDir, env: toolEnv(), execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  if (niceness) renice(child.pid, niceness);
  const result = toolResult(child, { quiet: true });
  result.catch(() => {}); // seen by whoever takes this spare
  const ready = new Promise((resolve) => {
    child.once('message', (message) => resolve(message?.ready === true));
    child.once('exit', () => resolve(false));
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return result.then(
      () => undefined,
      () => undefined,
    );
  };
  return { child, ready, result, stop };
}

/** `run(args, { niceness })` resolves `{ code, output }` of `redocly <args>`, as runBin does (quiet). */
export function createRedoclyPool(folder) {
  const spares = new Map(); // command (args[0]) -> the spare loaded for it
  let closed = false;
  async function onSpare(spare, args, niceness) {
    if (!(await spare.ready) || closed) return undefined;
    if (niceness) renice(spare.child.pid, niceness);
    const sent = await new Promise((resolve) => spare.child.send({ args }, (error) => resolve(!error)));
    if (!sent) return undefined;
    const result = await spare.result.catch(() => undefined);
    // Ended by a signal (killed from outside) rather than by the CLI: its verdict is not known.
    return result?.code === null ? undefined : result;
  }
  return {
    async run(args, { niceness = 0 } = {}) {
      const spare = spares.get(args[0]);
      spares.delete(args[0]);
      const result = spare && (await onSpare(spare, args, niceness));
      if (result) return result;
      await spare?.stop();
      return runBin('redocly', args, { quiet: true, niceness });
    },
    /**
     * Loads a spare for each of `commands` (`{ command: niceness }`: the priority it runs at, and loads at) that
     * has none; called when nothing is being reloaded.
     */
    refill(commands) {
      if (closed) return;
      for (const [command, niceness] of Object.entries(commands)) if (!spares.has(command)) spares.set(command, spawnSpare(command, folder, niceness));
    },
    async close() {
      closed = true;
      await Promise.all([...spares.values()].map((spare) => spare.stop()));
      spares.clear();
    },
  };
}
