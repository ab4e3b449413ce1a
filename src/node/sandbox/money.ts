// Exact money. Palomma's pages give every amount as a `number` of Colombian pesos and say nothing of fractions,
// except that a payin request's amount is a whole number. The sandbox reads an amount as pesos with at most two
// decimals (centavos, the peso's hundredths) and does its sums in whole centavos: 1000.1 + 1000.1 + 1000.1 is
// 3000.3, never 3000.2999999999997. Up to 15 significant digits a decimal survives the trip through a JSON number
// (a double) unchanged, so amounts and balances stay below 10^13 pesos: what the sandbox answers is what it keeps.
import { invalid } from './errors.js';

const maxCentavos = 999_999_999_999_999;

/** The most the sandbox keeps exactly, in pesos: 9999999999999.99. */
export const maxAmount = maxCentavos / 100;

/** `amount` in whole centavos, or undefined when it is not pesos with at most two decimals within `maxAmount`. */
function centavos(amount: number): number | undefined {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  const count = Math.round(amount * 100);
  return Math.abs(count) <= maxCentavos && count / 100 === amount ? count : undefined;
}

/** Whether the sandbox keeps `amount` exactly. */
export const isExactAmount = (amount: unknown): amount is number => typeof amount === 'number' && centavos(amount) !== undefined;

/** What `field` must be, for an `invalid` message. */
export const exactAmountRule = `must be pesos with at most two decimals (centavos), at most ${maxAmount}`;

/** Throws an `invalid` SandboxError naming `field` unless `amount` is kept exactly. */
export function checkExactAmount(field: string, amount: unknown): void {
  if (amount !== undefined && !isExactAmount(amount)) throw invalid(`${field}: ${exactAmountRule}, not ${String(amount)}`);
}

// Amounts that reach the sums below have passed checkExactAmount (one read from an older state file is taken to
// the nearest centavo), and every sum is checked to stay within the exact range.
const toCentavos = (amount: number | undefined): number => Math.round((amount ?? 0) * 100);

function fromCentavos(count: number): number {
  if (!(Math.abs(count) <= maxCentavos)) throw new RangeError(`an amount of ${count} centavos is beyond what the sandbox keeps exactly`);
  return count / 100;
}

/** `a + b + …`, exactly (undefined counts as 0). */
export const addAmounts = (...amounts: Array<number | undefined>): number => fromCentavos(amounts.reduce<number>((sum, amount) => sum + toCentavos(amount), 0));

/** `a - b`, exactly (undefined counts as 0). */
export const subtractAmount = (a: number | undefined, b: number | undefined): number => fromCentavos(toCentavos(a) - toCentavos(b));
