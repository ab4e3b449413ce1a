// Optional logging: one line per attempt (method, path template, status, attempt, milliseconds); bodies at debug only.
import { PalommaConfigError } from './errors.js';
import { createRedactor } from './internal/redact.js';

/** Where log lines go: `console` fits, as does pino, winston or any object with these four methods. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

const levels: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** What one attempt did, as the transport saw it. */
export interface AttemptRecord {
  method: string;
  path: string;
  attempt: number;
  ms: number;
  status?: number;
  /** Why the attempt ended without a response (a timeout, a refused connection, …). */
  failure?: string;
  /** Whether another attempt follows. */
  retrying: boolean;
  requestBody?: () => string | undefined;
  responseBody?: () => Promise<string | undefined>;
}

/** Writes attempt records to a logger at a level, with the token cut out of every line. */
export interface AttemptLog {
  readonly level: LogLevel;
  attempt(record: AttemptRecord): void;
}

function checkLevel(level: unknown, where: string): LogLevel {
  if (!levels.includes(level as LogLevel)) {
    throw new PalommaConfigError(`${where}: must be one of ${levels.join(', ')}; got ${JSON.stringify(level)}`);
  }
  return level as LogLevel;
}

function checkLogger(logger: unknown): Logger {
  const methods = ['debug', 'info', 'warn', 'error'] as const;
  if (!logger || typeof logger !== 'object' || methods.some((m) => typeof (logger as Record<string, unknown>)[m] !== 'function')) {
    throw new PalommaConfigError('logger: must be an object with debug, info, warn and error methods (console works)');
  }
  return logger as Logger;
}

// Read through globalThis so browsers (no `process`) and type-checks without Node's types both work.
const environmentLevel = (): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PALOMMA_LOG || undefined;

/**
 * The client's log, or undefined when logging is off. The level comes from `logLevel`, else `PALOMMA_LOG`, else
 * `'info'` when a logger was given and `'off'` when not; the logger defaults to `console`.
 */
export function createAttemptLog(options: { logger?: Logger; logLevel?: LogLevel }, token: string): AttemptLog | undefined {
  const level =
    options.logLevel !== undefined
      ? checkLevel(options.logLevel, 'logLevel')
      : environmentLevel() !== undefined
        ? checkLevel(environmentLevel(), 'PALOMMA_LOG')
        : options.logger
          ? 'info'
          : 'off';
  const logger = options.logger === undefined ? console : checkLogger(options.logger);
  if (level === 'off') return undefined;
  const rank = levels.indexOf(level);
  // The token masked as errors mask it: raw, JSON-escaped (a body at debug level) and URL-encoded.
  const redact = createRedactor(token);
  const write = (at: Exclude<LogLevel, 'off'>, message: string) => {
    if (levels.indexOf(at) <= rank) logger[at](redact.text(message));
  };
  return {
    level,
    attempt(record) {
      const outcome = record.status === undefined ? `failed: ${record.failure ?? 'no response'}` : String(record.status);
      const line = `palomma: ${record.method} ${record.path} → ${outcome} (attempt ${record.attempt}, ${Math.round(record.ms)} ms)${record.retrying ? '; retrying' : ''}`;
      const at = record.status === undefined ? 'error' : record.status >= 400 || record.retrying ? 'warn' : 'info';
      write(at, line);
      if (level !== 'debug') return;
      const sent = record.requestBody?.();
      if (sent) write('debug', `palomma: ${record.method} ${record.path} request body: ${sent}`);
      record.responseBody?.().then(
        (body) => body && write('debug', `palomma: ${record.method} ${record.path} response body: ${body}`),
        () => {}, // the caller reads the body too and hears of any failure there
      );
    },
  };
}
