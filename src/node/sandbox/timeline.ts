// What is due when on a merchant's clock: auto-advance outcomes, link expiries, webhook retries, settlement
// cycles. Tasks run in time order, each with the clock standing at its own time (a link that expired during a
// two-day jump is updated at its expiration, not at the end of the jump); one real timer waits for the next.
import type { Clock } from './clock.js';

interface Task {
  time: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
  queued: boolean;
}

export interface Timeline {
  /** Runs `task` once the clock reaches `time` (ms); returns a function that cancels it. */
  at(time: number, task: () => void): () => void;
  /** Moves the clock to `to`, running every task due on the way; returns how many ran. */
  advanceTo(to: number): number;
  /** Runs the tasks already due; returns how many ran. */
  runDue(): number;
  /** Tasks waiting. */
  readonly size: number;
  /** Cancels every task (the clock stays where it is). */
  clear(): void;
  /** Cancels every task and the real timer. */
  close(): void;
}

export interface TimelineOptions {
  clock: Clock;
  /** Called after tasks ran because real time reached them (not after `advanceTo`, whose caller knows). */
  afterTimer?: () => void;
  /** A task that throws is reported here and the others still run. */
  onError?: (error: unknown) => void;
  /** A bound on tasks run by one call, against a task that keeps scheduling itself at the same time. */
  maxTasksPerRun?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

// setTimeout's longest wait; a task further away is looked at again then.
const longestWait = 2_147_483_647;

const before = (a: Task, b: Task) => a.time < b.time || (a.time === b.time && a.seq < b.seq);

export function createTimeline({
  clock,
  afterTimer,
  onError = (error) => console.error('palomma sandbox: a scheduled task failed:', error),
  maxTasksPerRun = 1_000_000,
  setTimer = (run, ms) => {
    const timer = setTimeout(run, ms);
    timer.unref?.();
    return timer;
  },
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: TimelineOptions): Timeline {
  // A binary heap ordered by (time, seq): seq keeps tasks due at the same time in the order they were added.
  const heap: Task[] = [];
  let seq = 0;
  let active = 0;
  let timer: unknown;
  let armedFor: number | undefined;
  let closed = false;

  function push(task: Task) {
    heap.push(task);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  function pop(): Task | undefined {
    const top = heap[0];
    if (top) top.queued = false;
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && before(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && before(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
    return top;
  }

  /** The earliest task not cancelled, dropping cancelled ones from the top. */
  function peek(): Task | undefined {
    while (heap[0]?.cancelled) pop();
    return heap[0];
  }

  function arm() {
    const next = closed ? undefined : peek();
    if (next?.time === armedFor && timer !== undefined) return;
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    armedFor = next?.time;
    if (!next) return;
    timer = setTimer(() => {
      timer = undefined;
      armedFor = undefined;
      const ran = run(clock.now());
      if (ran > 0) afterTimer?.();
      else arm();
    }, Math.min(longestWait, Math.max(0, next.time - clock.now())));
  }

  function run(to: number): number {
    let ran = 0;
    for (let next = peek(); next && next.time <= to; next = peek()) {
      pop();
      active--;
      if (ran++ >= maxTasksPerRun) throw new Error(`the sandbox's timeline ran more than ${maxTasksPerRun} tasks at once`);
      clock.moveTo(next.time);
      try {
        next.run();
      } catch (error) {
        onError(error);
      }
    }
    clock.moveTo(to);
    arm();
    return ran;
  }

  return {
    at(time, task) {
      const entry: Task = { time, seq: seq++, run: task, cancelled: false, queued: true };
      push(entry);
      active++;
      if (armedFor === undefined || time < armedFor) arm();
      return () => {
        if (entry.cancelled) return;
        entry.cancelled = true;
        // A task that already ran, or is running, is no longer counted.
        if (entry.queued) active--;
      };
    },
    advanceTo(to) {
      if (to < clock.now()) throw new RangeError('the clock never goes back');
      return run(to);
    },
    runDue: () => run(clock.now()),
    get size() {
      return active;
    },
    clear() {
      for (const task of heap) Object.assign(task, { cancelled: true, queued: false });
      heap.length = 0;
      active = 0;
      arm();
    },
    close() {
      closed = true;
      this.clear();
    },
  };
}
