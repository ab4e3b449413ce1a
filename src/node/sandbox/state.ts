// The sandbox's in-memory state and state machine: creates objects with their derived fields, moves them
// through their statuses, keeps the merchant accounts' balances, and reports every change.
import { enumValues, propertiesOf, type SpecNode } from '../../spec/document.js';
import { conflict, invalid, notFound } from './errors.js';
import { newId } from './ids.js';
import type { RecordFields, RequestBody, SandboxRecord } from './record.js';
import { resourceRules, seedMerchantAccounts, settlementCycles } from './resources.js';
import type { RouteTable } from './routes.js';

export interface StateOptions {
  /** The parsed OpenAPI document. */
  spec: SpecNode;
  routes: RouteTable;
  /** The customer's page for an object. */
  pageUrl: (resource: string, id: string) => string;
  /** Milliseconds after which objects reach their planned outcome; undefined: never. */
  autoAdvance: number | undefined;
  /** Called with the presented object on each status change. */
  onChange: (eventType: string, event: Record<string, unknown>) => void;
}

/** A control call's decision: the outcome, and what goes with it. */
export interface Decision {
  outcome?: unknown;
  statusMessage?: unknown;
  amountCollected?: unknown;
}

export interface State {
  reset(): void;
  get(resource: string, id: string): SandboxRecord | undefined;
  /** Newest first, narrowed by `where` (field → value). */
  list(resource: string, where?: Readonly<Record<string, unknown>>): SandboxRecord[];
  create(resource: string, body: RequestBody | undefined, scope?: Readonly<Record<string, string>>): SandboxRecord;
  decide(resource: string, id: string, action: string, input?: Decision): SandboxRecord;
  settle(accountId: string): SandboxRecord;
  /** The object as the API shows it: the fields its schema describes, in the schema's order, none undefined. */
  present(resource: string, record: SandboxRecord): Record<string, unknown>;
  /** The `statusMessage` values the spec lists for a resource, or undefined. */
  statusMessages(resource: string): string[] | undefined;
  /** What an object of the resource may carry, from the schema its operations answer with. */
  fieldsOf(resource: string): Record<string, SpecNode>;
  close(): void;
}

export function createState({ spec, routes, pageUrl, autoAdvance, onChange }: StateOptions): State {
  // What an object of each resource may carry, from the schema its operations answer with.
  const shapes: Record<string, Record<string, SpecNode>> = {};
  for (const route of [...routes.routes].sort((a, b) => (a.kind === 'retrieve' ? -1 : b.kind === 'retrieve' ? 1 : 0))) {
    if (route.objectSchema && !shapes[route.resource]) shapes[route.resource] = propertiesOf(spec, route.objectSchema);
  }
  const fieldsOf = (resource: string) => shapes[resource] ?? {};
  const strings = (values: unknown[] | undefined) => values?.map(String);
  const statusValues = (resource: string) => strings(enumValues(spec, fieldsOf(resource).status));
  const statusMessages = (resource: string) => strings(enumValues(spec, fieldsOf(resource).statusMessage));

  let collections = new Map<string, Map<string, SandboxRecord>>();
  let sequence = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  function reset() {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    collections = new Map();
    sequence = 0;
    for (const account of seedMerchantAccounts()) insert('merchantAccounts', stamp(account));
  }

  const collection = (resource: string) => {
    let found = collections.get(resource);
    if (!found) collections.set(resource, (found = new Map()));
    return found;
  };
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  function stamp(record: RecordFields): SandboxRecord {
    const at = now();
    return { createdAt: at, updatedAt: at, ...record, $seq: ++sequence };
  }
  function insert(resource: string, record: SandboxRecord): SandboxRecord {
    collection(resource).set(record.id, record);
    return record;
  }

  function present(resource: string, record: SandboxRecord): Record<string, unknown> {
    const names = Object.keys(fieldsOf(resource));
    const out: Record<string, unknown> = {};
    for (const key of names.length ? names : Object.keys(record)) {
      if (record[key] !== undefined && !key.startsWith('$')) out[key] = record[key];
    }
    return out;
  }

  /** `customerDetails` from a customer, `payoutTargetDetails` from a payout target…: the fields that schema lists. */
  function details(resource: string, field: string, referenced: SandboxRecord | undefined): Record<string, unknown> {
    const wanted = propertiesOf(spec, fieldsOf(resource)[field]);
    return Object.fromEntries(Object.keys(wanted).filter((k) => referenced?.[k] !== undefined).map((k) => [k, referenced?.[k]]));
  }

  function get(resource: string, id: string): SandboxRecord | undefined {
    const record = collection(resource).get(id);
    if (record) expireIfDue(resource, record);
    return record;
  }

  function list(resource: string, where: Readonly<Record<string, unknown>> = {}): SandboxRecord[] {
    const matches: SandboxRecord[] = [];
    for (const record of collection(resource).values()) {
      if (Object.entries(where).every(([key, value]) => String(record[key]) === String(value))) matches.push(expireIfDue(resource, record));
    }
    return matches.sort((a, b) => b.$seq - a.$seq);
  }

  function create(resource: string, body: RequestBody | undefined, scope: Readonly<Record<string, string>> = {}): SandboxRecord {
    const rules = resourceRules[resource] ?? {};
    rules.check?.(body);
    const record: RecordFields = { id: newId(), ...body, ...scope };
    for (const [field, reference] of Object.entries(rules.references ?? {})) {
      const id = (record[field] as string | undefined) ?? reference.default;
      if (id === undefined) continue;
      const referenced = get(reference.resource, id);
      if (!referenced) throw invalid(`${field}: no ${singular(reference.resource)} has the id ${JSON.stringify(id)}`);
      if (reference.mustBe && referenced.status !== reference.mustBe) {
        throw invalid(`${field}: the ${singular(reference.resource)} ${id} is ${referenced.status ?? 'not verified yet'}, not ${reference.mustBe}`);
      }
      record[field] = id;
      // A payout request belongs to its target's customer, a payin request to its source's.
      if (referenced.customerId && record.customerId === undefined) record.customerId = referenced.customerId;
      const detailsField = `${field.replace(/Id$/, '')}Details`;
      if (detailsField in fieldsOf(resource)) record[detailsField] = details(resource, detailsField, referenced);
    }
    if (record.customerId && 'customerDetails' in fieldsOf(resource) && !record.customerDetails) {
      record.customerDetails = details(resource, 'customerDetails', get('customers', record.customerId));
    }
    const initial = rules.initial?.(body ?? {}) ?? {};
    if (initial.status !== undefined && !(statusValues(resource)?.includes(initial.status) ?? true)) delete initial.status;
    Object.assign(record, initial);
    if (rules.page) record[rules.page.field] = pageUrl(resource, record.id);
    if (rules.expires && record.expiration === undefined) record.expiration = defaultExpiration(fieldsOf(resource).expiration);
    const stored = insert(resource, stamp(record));
    if (rules.money === 'payout') account(stored.sourceMerchantAccountId).availableBalance! -= stored.amount ?? 0;
    if (rules.action && autoAdvance !== undefined) schedule(resource, stored, autoAdvance);
    return stored;
  }

  function schedule(resource: string, record: SandboxRecord, delay: number) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      const rules = resourceRules[resource];
      const current = get(resource, record.id);
      if (current !== record || !rules?.action?.from.includes(record.status) || !rules.planned) return;
      const planned = rules.planned(record, api);
      applyOutcome(resource, record, planned.status, { statusMessage: planned.statusMessage });
    }, delay);
    timer.unref?.();
    timers.add(timer);
  }

  /**
   * A payin link still waiting after its `expiration` is cancelled with EXPIRED (and its webhook sent) the next
   * time anyone looks at it. The time zone of `expiration` is not documented; the sandbox reads it as UTC.
   */
  function expireIfDue(resource: string, record: SandboxRecord): SandboxRecord {
    const rules = resourceRules[resource];
    if (!rules?.expires || !rules.action?.from.includes(record.status) || record.expiration === undefined) return record;
    if (Date.parse(`${record.expiration}${/T/.test(record.expiration) ? 'Z' : 'T23:59:59Z'}`) < Date.now()) {
      applyOutcome(resource, record, 'cancelled', { statusMessage: 'EXPIRED' });
    }
    return record;
  }

  // The default merchant account is seeded on every reset, so a missing id falls back to an account that exists.
  const account = (id: string | undefined) => get('merchantAccounts', id ?? 'default') ?? get('merchantAccounts', 'default')!;

  function applyOutcome(
    resource: string,
    record: SandboxRecord,
    status: string,
    { statusMessage, amountCollected }: { statusMessage?: string | undefined; amountCollected?: number | undefined } = {},
  ): SandboxRecord {
    const rules = resourceRules[resource] ?? {};
    record.status = status;
    if (status === 'cancelled') record.statusMessage = statusMessage ?? defaultStatusMessage(resource);
    else delete record.statusMessage;
    if (rules.money === 'payin') {
      const amount = record.amount ?? 0;
      record.amountCollected = status === 'approved' ? amount : status === 'partial' ? (amountCollected ?? Math.floor(amount / 2)) : 0;
      const target = account(record.targetMerchantAccountId);
      target.unsettledAmount! += record.amountCollected;
      target.updatedAt = now();
    }
    if (rules.money === 'payout' && status === 'cancelled') {
      account(record.sourceMerchantAccountId).availableBalance! += record.amountSent ?? 0;
      record.amountSent = 0;
    }
    record.updatedAt = now();
    if (rules.eventType) onChange(rules.eventType, present(resource, record));
    return record;
  }

  /**
   * The states an action waits in, as the spec names them: `while pending or processing`, or for a payout target
   * (whose status enum has no waiting value, so it waits without one) `before it has a status`.
   */
  function waitingStates(resource: string, from: ReadonlyArray<string | undefined>): string {
    const known = statusValues(resource);
    const named = from.filter((status): status is string => status !== undefined && (known?.includes(status) ?? true));
    const parts = [...(named.length ? [`while ${named.join(' or ')}`] : []), ...(from.includes(undefined) ? ['before it has a status'] : [])];
    return parts.join(', or ');
  }

  function defaultStatusMessage(resource: string): string | undefined {
    const allowed = statusMessages(resource);
    return !allowed || allowed.includes('ERROR') ? 'ERROR' : allowed[0];
  }

  function decide(resource: string, id: string, action: string, input: Decision = {}): SandboxRecord {
    const rules = resourceRules[resource];
    if (!rules?.action || rules.action.name !== action) throw notFound(`${resource} cannot be ${done(action)}`);
    const record = get(resource, id);
    if (!record) throw notFound(`no ${singular(resource)} has the id ${JSON.stringify(id)}`);
    const { outcome, statusMessage, amountCollected } = input;
    if (typeof outcome !== 'string' || !rules.action.outcomes.includes(outcome)) {
      throw invalid(`outcome: must be one of ${rules.action.outcomes.map((o) => JSON.stringify(o)).join(', ')}`);
    }
    if (statusMessage !== undefined) {
      if (outcome !== 'cancelled') throw invalid('statusMessage: only a cancelled outcome carries a status message');
      const allowed = statusMessages(resource);
      if (typeof statusMessage !== 'string' || (allowed && !allowed.includes(statusMessage))) {
        throw invalid(`statusMessage: must be one of ${(allowed ?? ['a string']).join(', ')}`);
      }
    }
    if (amountCollected !== undefined) {
      if (outcome !== 'partial') throw invalid('amountCollected: only a partial outcome takes an amountCollected');
      if (typeof amountCollected !== 'number' || !(amountCollected > 0 && amountCollected < (record.amount ?? 0))) {
        throw invalid(`amountCollected: must be a number more than 0 and less than the amount (${record.amount})`);
      }
    }
    if (!rules.action.from.includes(record.status)) {
      throw conflict(`the ${singular(resource)} ${id} is ${record.status ?? 'without a status'}: it can be ${done(action)} only ${waitingStates(resource, rules.action.from)}`);
    }
    if (outcome === 'partial' && get('payinSources', record.payinSourceId ?? '')?.partialPayinsEnabled !== true) {
      throw conflict(`the payin request ${id} cannot end partial: its payin source does not have partialPayinsEnabled`);
    }
    return applyOutcome(resource, record, outcome, { statusMessage: statusMessage as string | undefined, amountCollected: amountCollected as number | undefined });
  }

  /** Settles every collected, unsettled payin credited to a merchant account into one payin settlement. */
  function settle(accountId: string): SandboxRecord {
    const target = get('merchantAccounts', accountId);
    if (!target) throw notFound(`no merchant account has the id ${JSON.stringify(accountId)}`);
    const payins = ['payinLinks', 'payinRequests'].flatMap((resource) =>
      list(resource, { targetMerchantAccountId: accountId }).filter((p) => (p.amountCollected ?? 0) > 0 && !p.$settled),
    );
    if (payins.length === 0) throw conflict(`the merchant account ${accountId} has no collected payins waiting to be settled`);
    const totalAmountCollected = payins.reduce((sum, p) => sum + (p.amountCollected ?? 0), 0);
    const totalFees = payins.reduce((sum, p) => sum + (p.fee ?? 0), 0);
    for (const payin of payins) payin.$settled = true;
    const date = new Date();
    const hour = date.getUTCHours();
    const settlement = insert(
      'payinSettlements',
      stamp({
        id: newId(),
        merchantAccountId: accountId,
        totalAmountCollected,
        totalFees,
        numberOfPayins: payins.length,
        payinSettlementDate: date.toISOString().slice(0, 10),
        payinSettlementCycle: settlementCycles.find((cycle) => cycle >= hour) ?? settlementCycles.at(-1),
      }),
    );
    target.unsettledAmount! -= totalAmountCollected;
    if (target.type === 'aggregator') target.availableBalance! += totalAmountCollected - totalFees;
    target.updatedAt = now();
    const { eventType } = resourceRules.payinSettlements ?? {};
    if (eventType) onChange(eventType, present('payinSettlements', settlement));
    return settlement;
  }

  const close = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const api: State = { reset, get, list, create, decide, settle, present, statusMessages, fieldsOf, close };
  reset();
  return api;
}

/** `authorize` → `authorized`, `pay` → `paid`: an action in a message. */
const done = (action: string): string => (action === 'pay' ? 'paid' : `${action.replace(/e$/, '')}ed`);

/** `payoutTargets` → `payout target`: a resource's name in a message. */
export const singular = (resource: string): string => resource.replace(/s$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();

/** The end of the day after today, in the format the spec gives `expiration` (a date, or a date-time). */
function defaultExpiration(schema: SpecNode): string {
  const end = new Date();
  end.setUTCDate(end.getUTCDate() + 1);
  const day = end.toISOString().slice(0, 10);
  return schema?.format === 'date' ? day : `${day}T23:59:59`;
}
