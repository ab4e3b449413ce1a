// Notices when the process that launched us goes away. npm passes SIGINT and SIGTERM on to its script (package.json
// runs `exec node …`, so no `sh -c` sits between them to swallow them), but not SIGHUP, and SIGKILL cannot be
// passed on: then npm ends and its script would keep running, holding its ports. Shells between us and npm (a
// script without `exec`) are watched too.
import { readFileSync } from 'node:fs';

/** The parent pid of `pid` from /proc (Linux); undefined where /proc is missing or the process is gone. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Calls `onGone` once when our parent, or the shells between us and the first non-shell ancestor (npm), exits:
 * each link of that chain is checked every `intervalMs`. Off when not launched by npm (`npm_lifecycle_event`).
 */
export function watchLauncher(onGone, intervalMs = 250) {
  if (!process.env.npm_lifecycle_event) return () => {};
  const links = [[process.pid, process.ppid]];
  for (let pid = process.ppid; links.length < 4 && /^(sh|dash|bash)$/.test(commandOf(pid)); ) {
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
