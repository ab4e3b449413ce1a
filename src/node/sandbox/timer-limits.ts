// Node's timers hold a delay of at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once, with a warning.
// Every delay the sandbox takes from its caller is checked against that, so `--auto-advance 3000000000` is refused
// instead of advancing every object immediately.

export const maxTimerMs = 2_147_483_647;

/** `value` when it is a whole number of milliseconds Node's timers can hold; a RangeError naming `name` otherwise. */
export function checkTimerMs(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of milliseconds ≥ 0, not ${JSON.stringify(value)}`);
  }
  if (value > maxTimerMs) {
    throw new RangeError(`${name} must be at most ${maxTimerMs} ms (about 24.8 days, the longest delay Node's timers hold), not ${value}`);
  }
  return value;
}
