// A helper process npm start keeps for the run (the Prism host, the types generator): forked with an IPC channel,
// its stderr's tail kept for the line that says why it ended, and whether it still runs.
import { fork } from 'node:child_process';

/**
 * Forks `script` with `args` (`execArgv`: node's own options for it; none by default, so npm start's TypeScript
 * loader is not passed on). `exited` resolves `{ code, signal }`; `alive` turns false as it exits.
 */
export function forkKept(script, args, { execArgv = [] } = {}) {
  const child = fork(script, args, { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4_000)));
  let alive = true;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      alive = false;
      resolve({ code, signal });
    }),
  );
  return {
    child,
    exited,
    get alive() {
      return alive;
    },
    /** What it printed on stderr lately (the last 4 000 characters), trimmed. */
    stderr: () => stderr.trim(),
    /** The last line of that. */
    lastLine: () => stderr.trim().split('\n').at(-1) ?? '',
    /** Ends it (SIGTERM) if it still runs; resolves once it has exited. */
    stop() {
      if (alive) child.kill('SIGTERM');
      return exited.then(() => undefined);
    },
  };
}
