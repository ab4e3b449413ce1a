// What is due when on a merchant's clock: tasks in time order, each run with the clock at its own time, one real
// timer for the next, cancellation, and a task that throws not stopping the others.
import { describe, expect, it } from 'vitest';
import { createClock, toStamp } from '../../../src/node/sandbox/clock.js';
import { createTimeline } from '../../../src/node/sandbox/timeline.js';

const start = Date.parse('2025-03-01T10:00:00Z');

/** A timeline on a clock whose real time the test moves, with its one timer held here instead of set. */
function setUp(options: { afterTimer?: () => void; onError?: (e: unknown) => void } = {}) {
  let real = start;
  const clock = createClock({ realNow: () => real });
  const timers: { run: () => void; ms: number }[] = [];
  const timeline = createTimeline({
    clock,
    ...options,
    setTimer: (run, ms) => {
      // Like a real timer: gone once it has fired.
      const timer = { run: () => (timers.splice(timers.indexOf(timer), 1), run()), ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
  });
  const seen: string[] = [];
  const task = (name: string) => () => seen.push(`${name} at ${toStamp(clock.now())}`);
  return { clock, timeline, timers, seen, task, passReal: (ms: number) => (real += ms) };
}

describe('createTimeline', () => {
  it('runs the tasks passed by an advance in time order, the clock at each one, and ends at the target', () => {
    const { clock, timeline, seen, task } = setUp();
    timeline.at(start + 86_400_000, task('second'));
    timeline.at(start + 3_600_000, task('first'));
    timeline.at(start + 86_400_000, task('second, added later'));
    timeline.at(start + 3 * 86_400_000, task('not yet'));
    expect(timeline.advanceTo(start + 2 * 86_400_000)).toBe(3);
    expect(seen).toEqual(['first at 2025-03-01T11:00:00Z', 'second at 2025-03-02T10:00:00Z', 'second, added later at 2025-03-02T10:00:00Z']);
    expect(clock.stamp()).toBe('2025-03-03T10:00:00Z');
    expect(timeline.size).toBe(1);
    expect(() => timeline.advanceTo(start)).toThrow(/never goes back/);
  });

  it('runs a task a task adds, when it is due within the same advance', () => {
    const { timeline, seen, task, clock } = setUp();
    timeline.at(start + 1_000, () => {
      seen.push('parent');
      timeline.at(clock.now() + 1_000, task('child'));
    });
    timeline.advanceTo(start + 5_000);
    expect(seen).toEqual(['parent', 'child at 2025-03-01T10:00:02Z']);
  });

  it('keeps one real timer, for the earliest task, and runs what is due when it fires', () => {
    let fired = 0;
    const { timeline, timers, seen, task, passReal } = setUp({ afterTimer: () => fired++ });
    timeline.at(start + 5_000, task('later'));
    timeline.at(start + 2_000, task('sooner'));
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    passReal(2_000);
    timers[0]!.run();
    expect(seen).toEqual(['sooner at 2025-03-01T10:00:02Z']);
    expect(fired).toBe(1);
    expect(timers.map((t) => t.ms)).toEqual([3_000]);
    timeline.advanceTo(start + 10_000);
    expect(timers).toEqual([]);
  });

  it('cancels a task, and clear() cancels them all', () => {
    const { timeline, seen, task } = setUp();
    const cancel = timeline.at(start + 1_000, task('cancelled'));
    timeline.at(start + 2_000, task('kept'));
    cancel();
    cancel();
    expect(timeline.size).toBe(1);
    timeline.advanceTo(start + 3_000);
    expect(seen).toEqual(['kept at 2025-03-01T10:00:02Z']);
    timeline.at(start + 4_000, task('cleared'));
    timeline.clear();
    expect(timeline.size).toBe(0);
    timeline.advanceTo(start + 5_000);
    expect(seen).toHaveLength(1);
  });

  it('reports a task that throws and still runs the others', () => {
    const errors: unknown[] = [];
    const { timeline, seen, task } = setUp({ onError: (e) => errors.push(e) });
    timeline.at(start + 1_000, () => {
      throw new Error('boom');
    });
    timeline.at(start + 2_000, task('after'));
    timeline.advanceTo(start + 3_000);
    expect(errors).toEqual([new Error('boom')]);
    expect(seen).toEqual(['after at 2025-03-01T10:00:02Z']);
  });

  it('stops a task that keeps adding itself at the same time, instead of looping for ever', () => {
    let real = start;
    const clock = createClock({ realNow: () => real });
    const timeline = createTimeline({ clock, maxTasksPerRun: 50, setTimer: () => ({}), clearTimer: () => {} });
    const again = () => void timeline.at(clock.now(), again);
    timeline.at(start, again);
    expect(() => timeline.runDue()).toThrow(/more than 50 tasks/);
    real += 0;
  });
});
