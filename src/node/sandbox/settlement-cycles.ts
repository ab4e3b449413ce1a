// When the next settlement cycle comes: Palomma settles at fixed hours of the day (its settlement cycles). Their
// time zone is not documented; the sandbox reads them as UTC, as it reads link expirations.

export interface CycleBoundary {
  /** The moment of the cycle, in ms since the epoch. */
  at: number;
  /** Its day, `2025-03-01`: a payin settlement's `payinSettlementDate`. */
  date: string;
  /** Its hour: a payin settlement's `payinSettlementCycle`. */
  hour: number;
}

/** The first cycle strictly after `after` (ms), of the whole UTC hours in `hours`. */
export function nextCycle(after: number, hours: readonly number[]): CycleBoundary {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  if (sorted.length === 0 || !sorted.every((hour) => Number.isInteger(hour) && hour >= 0 && hour <= 23)) {
    throw new TypeError(`settlement cycles must be whole hours from 0 to 23, not ${JSON.stringify(hours)}`);
  }
  const day = new Date(after);
  day.setUTCHours(0, 0, 0, 0);
  for (let days = 0; days < 2; days++) {
    for (const hour of sorted) {
      const at = day.getTime() + days * 86_400_000 + hour * 3_600_000;
      if (at > after) return { at, date: new Date(at).toISOString().slice(0, 10), hour };
    }
  }
  // Unreachable: tomorrow's first cycle is always after `after`.
  throw new Error('no settlement cycle within two days');
}
