// How a child process ended, with the error it printed last: what a supervisor reports when it dies.
import type { ChildProcess } from 'node:child_process';
import type { Exit } from './supervise.js';

/** The last line of `text` that names an error (`URIError: URI malformed`), cut to 200 characters. */
export function lastErrorLine(text: string): string | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const found = lines.reverse().find((line) => /^(\w+\.)*\w*(Error|Exception)\b[^:]*:\s*\S/.test(line));
  return found === undefined ? undefined : found.slice(0, 200);
}

/**
 * Settles once `child` has exited: code, signal, and the last error line of its stderr. Only the last 8 KB of stderr
 * are kept (Prism prints crash stacks there; its request log, which shows headers, goes to stdout and is not read).
 */
export function watchExit(child: ChildProcess): Promise<Exit> {
  let tail = '';
  const onData = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8_192);
  };
  child.stderr?.on('data', onData);
  return new Promise((resolve) => {
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      child.stderr?.off('data', onData);
      resolve({ code, signal, detail: lastErrorLine(tail) });
    };
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode, child.signalCode as NodeJS.Signals | null);
    // 'close': stdio has been read to its end too, so the dying words are in `tail`.
    else child.once('close', done);
  });
}
