// What a server with a supervised Prism tells its caller (no Node types: the sandbox's public types use these).

/** A Prism died (and is being restarted), came back, or could not be kept running. */
export type SupervisorEvent =
  | {
      type: 'died';
      /** What died: `Prism (the mock on http://127.0.0.1:4010)`. */
      name: string;
      pid?: number | undefined;
      /** `killed by SIGKILL`, `exit code 1: URIError: URI malformed`. */
      reason: string;
      /** Deaths within the last minute, this one included. */
      deaths: number;
      /** When the restart starts, in ms from now (-1: restarts are off). */
      restartInMs: number;
    }
  | { type: 'restarted'; name: string; pid?: number | undefined; ms: number }
  | {
      type: 'failed';
      name: string;
      /** Why it is over: it could not be started again, or restarts are off. */
      error: Error;
    };

/** `died`, `restarted` or `failed`. */
export type SupervisorEventType = SupervisorEvent['type'];
/** A listener for one kind of {@link SupervisorEvent}. */
export type SupervisorListener<K extends SupervisorEventType> = (event: Extract<SupervisorEvent, { type: K }>) => void;

/** `died`, `restarted` and `failed` as events, on a server that supervises its Prism. */
export interface SupervisedEvents {
  /** Calls `listener` on every event of this kind. */
  on<K extends SupervisorEventType>(type: K, listener: SupervisorListener<K>): this;
  /** Calls `listener` on the next event of this kind only. */
  once<K extends SupervisorEventType>(type: K, listener: SupervisorListener<K>): this;
  /** Stops calling `listener`. */
  off<K extends SupervisorEventType>(type: K, listener: SupervisorListener<K>): this;
}

/** How a server restarts its Prism: the waits between deaths in a row, how many failed starts end it, or not at all. */
export interface RestartOptions {
  /** Waits before the 1st, 2nd, … restart of deaths within a minute of each other; the last repeats (default 0, 250 ms, 1, 4, 15, 30 s). */
  backoffMs?: readonly number[];
  /** Failed starts in a row after which it gives up (default 3). */
  maxStartFailures?: number;
  /** false: no restarts; the first death is the end (a `failed` event). */
  restart?: boolean;
}
