// Settling a merchant account's collected payins into one payin settlement: when asked (the control API's
// settle), or when a settlement cycle passes on the merchant's clock.
import type { Clock } from './clock.js';
import { conflict, notFound } from './errors.js';
import { newId } from './ids.js';
import type { RecordFields, SandboxRecord } from './record.js';
import { settlementCycles } from './resources.js';
import type { CycleBoundary } from './settlement-cycles.js';

export interface SettlementsOptions {
  get(resource: string, id: string): SandboxRecord | undefined;
  list(resource: string, where?: Readonly<Record<string, unknown>>): SandboxRecord[];
  /** Stores a new record, timestamped. */
  add(resource: string, fields: RecordFields): SandboxRecord;
  clock: Clock;
  /** A record changed (for the state file). */
  changed(resource: string, record: SandboxRecord): void;
  /** Sends the webhook that reports a change to the record. */
  report(resource: string, record: SandboxRecord): void;
}

export interface Settlements {
  /** Settles an account's collected payins: asked for (its cycle the next of the day), or at a settlement cycle. */
  settle(accountId: string, cycle?: CycleBoundary): SandboxRecord;
  /** A settlement cycle has come: every merchant account with collected payins is settled. */
  settleCycle(cycle: CycleBoundary): void;
}

const payinResources = ['payinLinks', 'payinRequests'];

export function createSettlements({ get, list, add, clock, changed, report }: SettlementsOptions): Settlements {
  // The collected payins of an account not counted in a settlement yet, each with its resource.
  const unsettled = (accountId: string) =>
    payinResources.flatMap((resource) =>
      list(resource, { targetMerchantAccountId: accountId })
        .filter((p) => (p.amountCollected ?? 0) > 0 && !p.$settled)
        .map((payin) => ({ resource, payin })),
    );

  function settle(accountId: string, cycle?: CycleBoundary): SandboxRecord {
    const target = get('merchantAccounts', accountId);
    if (!target) throw notFound(`no merchant account has the id ${JSON.stringify(accountId)}`);
    const payins = unsettled(accountId);
    if (payins.length === 0) throw conflict(`the merchant account ${accountId} has no collected payins waiting to be settled`);
    const totalAmountCollected = payins.reduce((sum, { payin }) => sum + (payin.amountCollected ?? 0), 0);
    const totalFees = payins.reduce((sum, { payin }) => sum + (payin.fee ?? 0), 0);
    for (const { resource, payin } of payins) {
      payin.$settled = true;
      changed(resource, payin);
    }
    const date = new Date(clock.now());
    const hour = date.getUTCHours();
    const settlement = add('payinSettlements', {
      id: newId(clock.now()),
      merchantAccountId: accountId,
      totalAmountCollected,
      totalFees,
      numberOfPayins: payins.length,
      payinSettlementDate: cycle?.date ?? date.toISOString().slice(0, 10),
      payinSettlementCycle: cycle?.hour ?? settlementCycles.find((h) => h >= hour) ?? settlementCycles.at(-1),
    });
    target.unsettledAmount! -= totalAmountCollected;
    if (target.type === 'aggregator') target.availableBalance! += totalAmountCollected - totalFees;
    target.updatedAt = clock.stamp();
    changed('payinSettlements', settlement);
    changed('merchantAccounts', target);
    report('payinSettlements', settlement);
    return settlement;
  }

  return {
    settle,
    settleCycle(cycle) {
      // unsettledAmount says at once whether there is anything to look for (a long jump passes many cycles).
      for (const target of list('merchantAccounts')) if ((target.unsettledAmount ?? 0) > 0 && unsettled(target.id).length > 0) settle(target.id, cycle);
    },
  };
}
