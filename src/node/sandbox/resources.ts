// The domain rules the spec cannot say, one small entry per resource: initial fields, references, who decides
// the outcome, which webhook reports a change and what an outcome does to the merchant account's balances.
// Everything else (routes, kinds, paging, filters, field lists, validation) comes from openapi.yaml.
import { invalid } from './errors.js';
import type { RecordFields, RequestBody, SandboxRecord } from './record.js';
import { scenarioFor, type Scenario } from './scenarios.js';

/** An object another one names by id (`customerId`): which resource, its default id, the status it must have. */
export interface Reference {
  resource: string;
  default?: string;
  mustBe?: string;
}

/** Who decides an object's outcome: the control call (and page) named `name`, from which statuses, to which. */
export interface Action {
  name: string;
  from: ReadonlyArray<string | undefined>;
  outcomes: readonly string[];
}

/** The planned outcome under auto-advance. */
export type Planned = Pick<Scenario, 'status' | 'statusMessage'>;

export interface ResourceRules {
  /** The webhook that reports a change. */
  eventType?: string;
  references?: Readonly<Record<string, Reference>>;
  /** Fields a new object starts with. */
  initial?: (body: RequestBody) => Partial<RecordFields>;
  /** Refuses a body the spec allows but Palomma does not (throws an `invalid` SandboxError); `now` is the merchant's clock. */
  check?: (body: RequestBody | undefined, now: number) => void;
  /** Waiting objects are cancelled with EXPIRED once past their `expiration`. */
  expires?: boolean;
  /** The customer's page: the field linking to it, what Approve does, its title. */
  page?: { field: string; approve: string; title: string };
  action?: Action;
  planned?: (record: SandboxRecord, state: { get(resource: string, id: string): SandboxRecord | undefined }) => Planned;
  /** `payin` amounts credit the target account once collected; `payout` amounts debit the source account. */
  money?: 'payin' | 'payout';
}

/** The rules of each resource, by the generator's resource name. */
export const resourceRules: Readonly<Record<string, ResourceRules>> = {
  customers: {},

  payoutTargets: {
    eventType: 'payout-target.update',
    references: { customerId: { resource: 'customers' } },
    // Palomma lists only active and cancelled: `pending` is used only if the spec's status enum has it.
    initial: () => ({ status: 'pending' }),
    page: { field: 'authUrl', approve: 'active', title: 'Verify your bank account' },
    action: { name: 'authorize', from: ['pending', undefined], outcomes: ['active', 'cancelled'] },
    planned: (record) => scenarioFor('account', record.bankAccount?.accountNumber) ?? { status: 'active' },
  },

  payinSources: {
    eventType: 'payin-source.update',
    references: { customerId: { resource: 'customers' } },
    initial: (body) => ({ status: 'pending', partialPayinsEnabled: (body.partialPayinsEnabled as boolean | undefined) ?? false }),
    page: { field: 'authUrl', approve: 'active', title: 'Authorise recurring debits' },
    action: { name: 'authorize', from: ['pending', 'processing'], outcomes: ['active', 'cancelled'] },
    planned: (record) => scenarioFor('account', record.bankAccount?.accountNumber) ?? { status: 'active' },
  },

  payinLinks: {
    eventType: 'payin-link.update',
    references: { customerId: { resource: 'customers' }, targetMerchantAccountId: { resource: 'merchantAccounts', default: 'default' } },
    initial: () => ({ status: 'pending', amountCollected: 0, fee: 0 }),
    check: checkExpiration,
    expires: true,
    page: { field: 'paymentUrl', approve: 'approved', title: 'Pay' },
    action: { name: 'pay', from: ['pending', 'processing'], outcomes: ['approved', 'cancelled'] },
    planned: (record) => nonPartial(scenarioFor('amount', record.amount)) ?? { status: 'approved' },
    money: 'payin',
  },

  payinRequests: {
    eventType: 'payin-request.update',
    references: {
      payinSourceId: { resource: 'payinSources', mustBe: 'active' },
      targetMerchantAccountId: { resource: 'merchantAccounts', default: 'default' },
    },
    initial: () => ({ status: 'processing', amountCollected: 0, fee: 0 }),
    action: { name: 'complete', from: ['processing'], outcomes: ['approved', 'partial', 'cancelled'] },
    planned: (record, state) => {
      const scenario = scenarioFor('amount', record.amount);
      const partialAllowed = state.get('payinSources', record.payinSourceId ?? '')?.partialPayinsEnabled === true;
      return (scenario?.status === 'partial' && !partialAllowed ? undefined : scenario) ?? { status: 'approved' };
    },
    money: 'payin',
  },

  payoutRequests: {
    eventType: 'payout-request.update',
    references: {
      payoutTargetId: { resource: 'payoutTargets', mustBe: 'active' },
      sourceMerchantAccountId: { resource: 'merchantAccounts', default: 'default' },
    },
    initial: (body) => ({ status: 'processing', amountSent: body.amount as number, fee: 0 }),
    action: { name: 'complete', from: ['processing'], outcomes: ['approved', 'cancelled'] },
    planned: (record) => nonPartial(scenarioFor('amount', record.amount)) ?? { status: 'approved' },
    money: 'payout',
  },

  payinSettlements: { eventType: 'payin-settlement.update' },

  merchantAccounts: {},
};

/**
 * Palomma: `expiration` may be no earlier than today and no later than the end of the seventh day (today by the
 * merchant's clock). Its time zone is not documented; the sandbox reads it as UTC.
 */
function checkExpiration(body: RequestBody | undefined, now: number): void {
  if (body?.expiration === undefined) return;
  const at = Date.parse(`${body.expiration}Z`);
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  const last = today.getTime() + 8 * 86_400_000 - 1_000;
  if (!(at >= today.getTime() && at <= last)) {
    throw invalid(`expiration: must be from today to the end of the seventh day after it (${new Date(last).toISOString().slice(0, 19)}), not ${String(body.expiration)}`);
  }
}

/** When a payin link's `expiration` passes: a date-time read as UTC, a date at the end of that day. */
export const expiresAt = (expiration: string): number => Date.parse(`${expiration}${/T/.test(expiration) ? 'Z' : 'T23:59:59Z'}`);

/** The end of the day after today (by the clock), in the format the spec gives `expiration` (a date, or a date-time). */
export function defaultExpiration(schema: { format?: unknown } | undefined, now: number): string {
  const end = new Date(now);
  end.setUTCDate(end.getUTCDate() + 1);
  const day = end.toISOString().slice(0, 10);
  return schema?.format === 'date' ? day : `${day}T23:59:59`;
}

function nonPartial(scenario: Scenario | undefined): Scenario | undefined {
  return scenario?.status === 'partial' ? undefined : scenario;
}

/** The merchant account every sandbox starts with: Palomma gives every merchant a default one. */
export function seedMerchantAccounts(): Array<RecordFields> {
  return [
    {
      id: 'default',
      description: 'Default merchant account (sandbox)',
      type: 'aggregator',
      unsettledAmount: 0,
      // Enough to pay out in tests; payins settled with POST /merchantAccounts/default/settle add to it.
      availableBalance: 100_000_000,
    },
  ];
}

/** Palomma's settlement cycles (the hour a settlement is made). */
export const settlementCycles: readonly number[] = [11, 13, 16, 18, 20];
