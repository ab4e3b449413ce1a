// A merchant account's balances as payins and payouts move them, in exact money (money.ts).
import { invalid } from './errors.js';
import { addAmounts, maxAmount, subtractAmount } from './money.js';
import type { RecordFields } from './record.js';
import { resourceRules } from './resources.js';

/**
 * Takes a payout's amount from its source account's available balance. When the balance does not cover it: false,
 * the balance untouched and nothing sent (`amountSent` 0). An account without an `availableBalance` (Palomma gives
 * one to aggregators only) is not debited.
 */
export function debitPayout(source: RecordFields, payout: RecordFields): boolean {
  if (source.availableBalance === undefined) return true;
  if ((payout.amount ?? 0) > source.availableBalance) {
    payout.amountSent = 0;
    return false;
  }
  source.availableBalance = subtractAmount(source.availableBalance, payout.amount);
  return true;
}

/** Gives a cancelled payout's `amountSent` back to its source account's available balance (if it keeps one). */
export function refundPayout(source: RecordFields, amountSent: number | undefined): void {
  if (source.availableBalance !== undefined) source.availableBalance = addAmounts(source.availableBalance, amountSent);
}

/**
 * Refuses a payin that could take its target account past what the sandbox keeps exactly: the account's balances,
 * the payins into it still waiting to be collected and this one must stay within `maxAmount`. Balances grow only by
 * collected payins, so every later sum stays exact too.
 */
export function checkRoomForPayin(target: RecordFields, amount: number | undefined, list: (resource: string, where: Record<string, unknown>) => RecordFields[]): void {
  const waiting = Object.entries(resourceRules)
    .filter(([, rules]) => rules.money === 'payin')
    .flatMap(([resource, rules]) => list(resource, { targetMerchantAccountId: target.id }).filter((p) => rules.action?.from.includes(p.status)).map((p) => p.amount));
  try {
    if (addAmounts(target.availableBalance, target.unsettledAmount, ...waiting, amount) <= maxAmount) return;
  } catch {
    // beyond the exact range: refused below
  }
  throw invalid(`amount: would take the merchant account ${target.id} past ${maxAmount} COP, the most the sandbox keeps exactly`);
}
