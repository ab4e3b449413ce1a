// What is left of a refused request's body is read and dropped while it keeps coming, so a client still sending
// gets the answer rather than a broken pipe; a body that stops coming, or goes on past a cap, has its connection cut.
import type { IncomingMessage } from 'node:http';

export interface DrainLimits {
  /** Cut once nothing has arrived for this long (default 2 000 ms). */
  idleMs?: number;
  /** Cut once more than this has been dropped (default 16 MB). */
  maxBytes?: number;
}

/**
 * Reads and drops the rest of `request`'s body (call it once the answer is on its way). Whether anything arrived is
 * decided after the reads already waiting (setImmediate runs after the event loop's I/O): a process that was kept
 * from running, on a busy machine, does not cut a client that was sending all along.
 */
export function drainThenCut(request: IncomingMessage, { idleMs = 2_000, maxBytes = 16_000_000 }: DrainLimits = {}): void {
  const socket = request.socket;
  let dropped = 0;
  let seen = 0;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => clearTimeout(timer);
  const cut = () => {
    stop();
    socket.destroy();
  };
  const check = () =>
    setImmediate(() => {
      if (request.complete || socket.destroyed) return;
      if (dropped === seen) return cut();
      seen = dropped;
      arm();
    });
  const arm = () => {
    timer = setTimeout(check, idleMs);
    timer.unref();
  };
  request.removeAllListeners('data');
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > maxBytes) cut();
  });
  request.resume();
  if (request.complete) return;
  arm();
  request.once('end', stop);
  socket.once('close', stop);
}
