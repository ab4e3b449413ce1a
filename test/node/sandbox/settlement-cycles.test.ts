// The next settlement cycle after a moment, on the UTC hours of Palomma's cycles.
import { describe, expect, it } from 'vitest';
import { nextCycle } from '../../../src/node/sandbox/settlement-cycles.js';

const cycles = [11, 13, 16, 18, 20];
const at = (iso: string) => Date.parse(iso);

describe('nextCycle', () => {
  it.each([
    ['2025-03-01T00:00:00Z', '2025-03-01T11:00:00.000Z', 11],
    ['2025-03-01T11:00:00Z', '2025-03-01T13:00:00.000Z', 13], // strictly after: a boundary just passed is not next
    ['2025-03-01T12:59:59Z', '2025-03-01T13:00:00.000Z', 13],
    ['2025-03-01T20:00:00Z', '2025-03-02T11:00:00.000Z', 11],
    ['2025-12-31T23:00:00Z', '2026-01-01T11:00:00.000Z', 11],
  ])('after %s comes %s (cycle %i)', (from, next, hour) => {
    const found = nextCycle(at(from), cycles);
    expect(new Date(found.at).toISOString()).toBe(next);
    expect(found).toMatchObject({ hour, date: next.slice(0, 10) });
  });

  it('refuses hours that are not whole hours of a day', () => {
    expect(() => nextCycle(0, [])).toThrow(TypeError);
    expect(() => nextCycle(0, [24])).toThrow(/whole hours from 0 to 23/);
  });
});
