// A merchant's clock: real time plus how far the merchant has moved it on. It only ever moves forward, and never
// runs slower than real time, so anything the sandbox does "after a while" happens at the latest when it would
// have in real time.
import { conflict, invalid } from './errors.js';

export interface Clock {
  /** The merchant's time, in milliseconds since the epoch. */
  now(): number;
  /** The merchant's time as the API writes timestamps: `2025-03-01T10:00:00Z`, to the second. */
  stamp(): string;
  /** Moves the clock on to `to` (milliseconds); a `to` already passed changes nothing. */
  moveTo(to: number): void;
  /** How far ahead of real time the clock is, in milliseconds. */
  readonly offsetMs: number;
}

/** `2025-03-01T10:00:00Z`: the API's own timestamp shape, to the second. */
export const toStamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function createClock({ realNow = () => Date.now(), offsetMs = 0 }: { realNow?: () => number; offsetMs?: number } = {}): Clock {
  let offset = Math.max(0, offsetMs);
  const now = () => realNow() + offset;
  return {
    now,
    stamp: () => toStamp(now()),
    moveTo(to) {
      const ahead = to - realNow();
      if (ahead > offset) offset = ahead;
    },
    get offsetMs() {
      return offset;
    },
  };
}

/** The longest one `POST /clock/advance` may move the clock: 366 days. */
export const maxAdvanceSeconds = 366 * 86_400;

// RFC 3339 date-times with their offset: a time without one would depend on the reader's time zone.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The time (ms) a `POST /clock/advance` body asks for: `{ seconds }` from now, or `{ to }` (a date-time with its
 * offset). Throws the sandbox's `invalid` naming the field, or `conflict` for a `to` before now: the clock never
 * goes back.
 */
export function advanceTarget(body: unknown, now: number): number {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('body: must be a JSON object with seconds or to');
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => key !== 'seconds' && key !== 'to');
  if (extra !== undefined) throw invalid(`${extra}: is not a known field (allowed: seconds, to)`);
  const { seconds, to } = fields;
  if ((seconds === undefined) === (to === undefined)) throw invalid('body: give exactly one of seconds (how far to move) or to (a date-time)');
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > maxAdvanceSeconds) {
      throw invalid(`seconds: must be a number more than 0 and at most ${maxAdvanceSeconds} (366 days)`);
    }
    return now + Math.round(seconds * 1000);
  }
  if (typeof to !== 'string' || !dateTime.test(to) || Number.isNaN(Date.parse(to))) {
    throw invalid('to: must be a date-time with its offset, such as 2025-03-01T15:00:00Z');
  }
  const target = Date.parse(to);
  if (target < now) throw conflict(`to: ${to} is before the clock's now (${new Date(now).toISOString()}); the clock never goes back`);
  if (target - now > maxAdvanceSeconds * 1000) throw invalid(`to: is more than 366 days after the clock's now (${new Date(now).toISOString()})`);
  return target;
}
