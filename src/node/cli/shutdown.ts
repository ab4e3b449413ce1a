// How a long-running command (palomma mock, palomma sandbox, npm start) stops: on SIGINT, SIGTERM or SIGHUP, or
// when the process that launched it goes away, it stops what it started once, says so in one line, and exits
// 128 + the signal's number (130 for Ctrl-C), as a shell reports a process a signal ended.
import { constants } from 'node:os';
import { watchLauncher } from './parent-watch.js';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** However long stopping takes, the process is gone this long after it began. */
const deadlineMs = 15_000;

/** 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
export const signalExitCode = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 0);

export interface Shutdown {
  /**
   * Stops now, for a reason of the command's own (a child that died, a port that is taken): the same single stop,
   * `line` its one line (on stderr when `code` is 1, an error).
   */
  stop(line: string, code: number): Promise<never>;
}

/**
 * Installs the handlers. `close` stops everything the command started; `said(reason)` is the one line printed
 * once it has (`Palomma sandbox stopped (SIGINT).`). A second signal while stopping (Ctrl-C in a terminal reaches
 * npm and its script both, and npm passes its own on) changes nothing: the first stop goes on, bounded in time.
 */
export function onShutdown(close: () => Promise<unknown>, said: (reason: string) => string): Shutdown {
  let stopping: Promise<never> | undefined;
  const stop = (line: string, code: number): Promise<never> => {
    stopping ??= (async () => {
      setTimeout(() => process.exit(code), deadlineMs).unref();
      try {
        await close();
      } finally {
        (code === 1 ? console.error : console.log)(line);
        process.exit(code);
      }
    })();
    return stopping;
  };
  for (const signal of signals) process.on(signal, () => void stop(said(signal), signalExitCode(signal)));
  // Output that can no longer be written (the terminal or pipe reading it closed: EPIPE) is a hang-up too, not a
  // crash that would leave the children running.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => void stop(said('its output was closed'), signalExitCode('SIGHUP')));
  watchLauncher(() => void stop(said('the process that started it went away'), 1));
  return { stop };
}
