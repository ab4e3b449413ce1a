// A control call's (or the customer page's) decision on an object, checked field by field before it is applied.
import { invalid } from './errors.js';
import type { SandboxRecord } from './record.js';
import type { Action } from './resources.js';

/** A control call's decision: the outcome, and what goes with it. */
export interface Decision {
  outcome?: unknown;
  statusMessage?: unknown;
  amountCollected?: unknown;
}

/**
 * The decision's fields, once each is one the action allows: an outcome it lists, a status message only with
 * `cancelled` (one of `allowedMessages`), an amount collected only with `partial` (less than the amount). Throws
 * the sandbox's `invalid` naming the field.
 */
export function checkDecision(
  action: Action,
  record: SandboxRecord,
  { outcome, statusMessage, amountCollected }: Decision,
  allowedMessages: string[] | undefined,
): { outcome: string; statusMessage: string | undefined; amountCollected: number | undefined } {
  if (typeof outcome !== 'string' || !action.outcomes.includes(outcome)) {
    throw invalid(`outcome: must be one of ${action.outcomes.map((o) => JSON.stringify(o)).join(', ')}`);
  }
  if (statusMessage !== undefined) {
    if (outcome !== 'cancelled') throw invalid('statusMessage: only a cancelled outcome carries a status message');
    if (typeof statusMessage !== 'string' || (allowedMessages && !allowedMessages.includes(statusMessage))) {
      throw invalid(`statusMessage: must be one of ${(allowedMessages ?? ['a string']).join(', ')}`);
    }
  }
  if (amountCollected !== undefined) {
    if (outcome !== 'partial') throw invalid('amountCollected: only a partial outcome takes an amountCollected');
    if (typeof amountCollected !== 'number' || !(amountCollected > 0 && amountCollected < (record.amount ?? 0))) {
      throw invalid(`amountCollected: must be a number more than 0 and less than the amount (${record.amount})`);
    }
  }
  return { outcome, statusMessage, amountCollected };
}
