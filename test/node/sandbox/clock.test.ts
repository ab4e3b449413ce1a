// A merchant's clock: real time plus an offset that only grows, and the body of POST /clock/advance.
import { describe, expect, it } from 'vitest';
import { advanceTarget, createClock, toStamp } from '../../../src/node/sandbox/clock.js';

describe('createClock', () => {
  it('runs with real time, moves forward only, and never runs slower than real time', () => {
    let real = Date.parse('2025-03-01T10:00:00Z');
    const clock = createClock({ realNow: () => real });
    expect(clock.stamp()).toBe('2025-03-01T10:00:00Z');
    clock.moveTo(real + 2 * 86_400_000);
    expect(clock.stamp()).toBe('2025-03-03T10:00:00Z');
    clock.moveTo(real); // already passed: nothing
    expect(clock.stamp()).toBe('2025-03-03T10:00:00Z');
    real += 1_000;
    expect(clock.stamp()).toBe('2025-03-03T10:00:01Z');
    expect(clock.offsetMs).toBe(2 * 86_400_000);
  });

  it('toStamp writes the API timestamp shape, to the second', () => {
    expect(toStamp(Date.parse('2025-03-01T10:00:00.987Z'))).toBe('2025-03-01T10:00:00Z');
  });
});

describe('advanceTarget', () => {
  const now = Date.parse('2025-03-01T10:00:00Z');
  it('reads { seconds } and { to }', () => {
    expect(advanceTarget({ seconds: 172_800 }, now)).toBe(Date.parse('2025-03-03T10:00:00Z'));
    expect(advanceTarget({ seconds: 0.5 }, now)).toBe(now + 500);
    expect(advanceTarget({ to: '2025-03-01T12:00:00-05:00' }, now)).toBe(Date.parse('2025-03-01T17:00:00Z'));
    expect(advanceTarget({ to: '2025-03-01T10:00:00Z' }, now)).toBe(now);
  });

  it.each([
    [null, 'invalid', /^body: must be a JSON object/],
    [[], 'invalid', /^body: must be a JSON object/],
    [{}, 'invalid', /^body: give exactly one of seconds/],
    [{ seconds: 1, to: '2025-03-02T00:00:00Z' }, 'invalid', /^body: give exactly one of seconds/],
    [{ minutes: 5 }, 'invalid', /^minutes: is not a known field/],
    [{ seconds: -1 }, 'invalid', /^seconds: must be a number more than 0/],
    [{ seconds: '60' }, 'invalid', /^seconds: must be a number/],
    [{ seconds: 366 * 86_400 + 1 }, 'invalid', /^seconds: .*at most 31622400/],
    [{ to: '2025-03-02T00:00:00' }, 'invalid', /^to: must be a date-time with its offset/],
    [{ to: 'tomorrow' }, 'invalid', /^to: must be a date-time/],
    [{ to: '2025-02-28T00:00:00Z' }, 'conflict', /^to: 2025-02-28T00:00:00Z is before the clock's now .*never goes back/],
    [{ to: '2027-03-01T00:00:00Z' }, 'invalid', /^to: is more than 366 days/],
  ])('refuses %j (%s) naming the field', (body, kind, message) => {
    expect(() => advanceTarget(body, now)).toThrow(message);
    expect(() => advanceTarget(body, now)).toThrow(expect.objectContaining({ kind }));
  });
});
