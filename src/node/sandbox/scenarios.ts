// Scenario values: inputs that decide how an object ends when auto-advance is on, like test card numbers.
// The README and sandbox.yaml list this same table (a test checks they agree).

/** A scenario value: an input ending in `endsWith` decides the outcome when auto-advance is on. */
export interface Scenario {
  /** The last digits that select it. */
  endsWith: string;
  /** The status the object ends in. */
  status: string;
  /** The `statusMessage` it ends with, for a cancelled outcome. */
  statusMessage?: string;
  /** When it applies, where that is narrower than the table says. */
  note?: string;
}

/** Account numbers (payout targets, payin sources) by their last four digits. */
export const accountScenarios: readonly Scenario[] = [
  { endsWith: '0013', status: 'cancelled', statusMessage: 'INVALID_ACCOUNT' },
  { endsWith: '0014', status: 'cancelled', statusMessage: 'AUTHENTICATION_FAILED' },
  { endsWith: '0015', status: 'cancelled', statusMessage: 'CUSTOMER_CANCELLATION' },
];

/** Amounts (payin links, payin requests, payout requests) by their last three digits, in whole pesos. */
export const amountScenarios: readonly Scenario[] = [
  { endsWith: '013', status: 'cancelled', statusMessage: 'NOT_ENOUGH_FUNDS' },
  { endsWith: '014', status: 'cancelled', statusMessage: 'DECLINED_BY_BANK' },
  { endsWith: '015', status: 'partial', note: 'payin requests on a source with partialPayinsEnabled: half the amount is collected' },
];

const lastDigits = (value: unknown) => (typeof value === 'number' ? String(Math.trunc(value)) : String(value ?? ''));

/** The scenario an account number or an amount selects, or undefined (the happy path). */
export function scenarioFor(kind: 'account' | 'amount', value: unknown): Scenario | undefined {
  const table = kind === 'account' ? accountScenarios : amountScenarios;
  const text = lastDigits(value);
  return table.find((row) => text.endsWith(row.endsWith));
}
