// Keeps a process serving: when it dies it is started again (same spec, same port) at once, with one line saying
// what died and why; deaths in a row wait longer and longer, and a process that will not start again is given up
// on and reported, rather than leaving a front that answers nothing.
import type { SupervisorEvent } from './events.js';

/** How an instance ended: its exit code or signal, and the error it printed last, if any. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last error line the process printed (`URIError: URI malformed`). */
  detail?: string | undefined;
}

export interface Supervised {
  readonly pid?: number | undefined;
  /** Settles once the process has exited, however. */
  readonly exited: Promise<Exit>;
  stop(): Promise<void>;
}

export type { SupervisorEvent };

export interface SupervisorOptions<T extends Supervised> {
  /** What is supervised, for the report: `Prism (the mock of openapi.yaml on port 4010)`. */
  name: string;
  /** The running instance. */
  first: T;
  /** Starts a new instance on the same spec and port. */
  start: () => Promise<T>;
  /** The instance is gone; a new one is coming (the front holds requests). */
  onDown?: (reason: string) => void;
  /** A new instance serves. */
  onUp?: (instance: T) => void;
  /** Every death, restart and the giving up, as it happens. */
  onEvent?: (event: SupervisorEvent) => void;
  /** One line per event, for a person (default: console.error). */
  report?: (line: string) => void;
  /** Waits before the 1st, 2nd, … restart of deaths within `windowMs` of each other; the last repeats. */
  backoffMs?: readonly number[];
  windowMs?: number;
  /** Failed starts in a row after which the supervisor gives up. */
  maxStartFailures?: number;
  /** false: no restarts; the first death is the end (a `failed` event), for runs that would rather stop. */
  restart?: boolean;
}

export interface Supervisor<T> {
  readonly current: T | undefined;
  /** Stops supervising and stops the instance. */
  stop(): Promise<void>;
}

export const defaultBackoffMs: readonly number[] = [0, 250, 1_000, 4_000, 15_000, 30_000];

/** `exit code 1 (URIError: URI malformed)`, `killed by SIGKILL`. */
export function describeExit({ code, signal, detail }: Exit): string {
  const how = signal ? `killed by ${signal}` : `exit code ${code}`;
  return detail ? `${how}: ${detail}` : how;
}

export function supervise<T extends Supervised>(options: SupervisorOptions<T>): Supervisor<T> {
  const { name, start, onDown, onUp, onEvent, report = (line) => console.error(line), backoffMs = defaultBackoffMs, windowMs = 60_000, maxStartFailures = 3, restart: restarts = true } = options;
  let current: T | undefined = options.first;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deaths: number[] = [];
  let startFailures = 0;
  let starting: Promise<void> | undefined;

  const emit = (event: SupervisorEvent) => {
    try {
      onEvent?.(event);
    } catch {
      // A listener's mistake must not stop the supervision.
    }
  };

  function watch(instance: T) {
    instance.exited.then((exit) => {
      if (stopped || instance !== current) return;
      current = undefined;
      died(instance, describeExit(exit));
    });
  }

  function died(instance: T, reason: string) {
    const pid = instance.pid ? ` (pid ${instance.pid})` : '';
    if (!restarts) {
      const failed = new Error(`${name}${pid} died (${reason}); restarts are off`);
      report(`✖ ${failed.message}`);
      emit({ type: 'died', name, pid: instance.pid, reason, deaths: 1, restartInMs: -1 });
      emit({ type: 'failed', name, error: failed });
      return;
    }
    const now = Date.now();
    deaths = [...deaths.filter((at) => now - at < windowMs), now];
    const wait = backoffMs[Math.min(deaths.length - 1, backoffMs.length - 1)] ?? 0;
    const often = deaths.length > 1 ? `; ${deaths.length} deaths within ${Math.round(windowMs / 1000)} s` : '';
    report(`✖ ${name}${pid} died (${reason}); restarting it${wait ? ` in ${formatMs(wait)}` : ''}${often}`);
    emit({ type: 'died', name, pid: instance.pid, reason, deaths: deaths.length, restartInMs: wait });
    onDown?.(reason);
    schedule(wait);
  }

  function schedule(wait: number) {
    timer = setTimeout(() => {
      starting = restart().finally(() => (starting = undefined));
    }, wait);
    timer.unref();
  }

  async function restart() {
    const started = performance.now();
    let instance: T;
    try {
      instance = await start();
    } catch (error) {
      if (stopped) return;
      startFailures++;
      const cause = error instanceof Error ? error : new Error(String(error));
      const why = cause.message.split('\n')[0];
      if (startFailures >= maxStartFailures) {
        const failed = new Error(`${name} died and could not be started again (${startFailures} tries; last: ${why})`, { cause });
        report(`✖ ${failed.message}; giving up`);
        emit({ type: 'failed', name, error: failed });
        return;
      }
      const wait = backoffMs[Math.min(deaths.length - 1 + startFailures, backoffMs.length - 1)] ?? 1_000;
      report(`✖ ${name} did not start again (${why}); trying again in ${formatMs(wait)}`);
      schedule(wait);
      return;
    }
    if (stopped) return void instance.stop();
    startFailures = 0;
    current = instance;
    watch(instance);
    const ms = Math.round(performance.now() - started);
    report(`✔ ${name} restarted${instance.pid ? ` (pid ${instance.pid})` : ''} in ${ms} ms`);
    emit({ type: 'restarted', name, pid: instance.pid, ms });
    onUp?.(instance);
  }

  watch(options.first);
  return {
    get current() {
      return current;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await starting; // an instance being started is stopped as soon as it is up
      await current?.stop();
    },
  };
}

const formatMs = (ms: number) => (ms < 1_000 ? `${ms} ms` : `${ms / 1_000} s`);
