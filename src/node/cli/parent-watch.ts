// Notices when the process that launched us goes away. npm passes SIGINT and SIGTERM on to a script it runs (npm
// start's script is `exec node …`, so no `sh -c` sits between them to swallow them), but not SIGHUP; `npm exec`
// and `npx` pass on none; SIGKILL cannot be passed on at all. Then the launcher ends and we would keep running,
// with parent 1, holding our ports. So the parent, and the shells between us and the first process that is not a
// shell (npm, npx, a terminal), are watched.
import { readFileSync } from 'node:fs';

/** The parent pid of `pid` from /proc (Linux); undefined where /proc is missing or the process is gone. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Calls `onGone` once when our parent, or one of the shells between us and the first non-shell ancestor, exits
 * (each link of that chain is checked every `intervalMs`). Returns the function that stops watching. Where there
 * is no /proc only our own parent is watched.
 */
export function watchLauncher(onGone: () => void, intervalMs = 250): () => void {
  const links: [pid: number, parent: number][] = [[process.pid, process.ppid]];
  for (let pid = process.ppid; links.length < 4 && /^(sh|dash|bash|zsh)$/.test(commandOf(pid)); ) {
    const parent = parentOf(pid);
    if (parent === undefined) break;
    links.push([pid, parent]);
    pid = parent;
  }
  const timer = setInterval(() => {
    const broken = links.some(([pid, parent]) => (pid === process.pid ? process.ppid : parentOf(pid)) !== parent);
    if (broken) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
