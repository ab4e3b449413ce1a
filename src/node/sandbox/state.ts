// The sandbox's in-memory state and state machine: creates objects with their derived fields, moves them
// through their statuses, keeps the merchant accounts' balances, and reports every change.
import { enumValues, propertiesOf, type SpecNode } from '../../spec/document.js';
import { createClock, type Clock } from './clock.js';
import { conflict, invalid, notFound } from './errors.js';
import { newId } from './ids.js';
import { checkRoomForPayin, debitPayout, refundPayout } from './balances.js';
import { addAmounts, checkExactAmount } from './money.js';
import type { RecordFields, RequestBody, SandboxRecord } from './record.js';
import { defaultExpiration, expiresAt, resourceRules, seedMerchantAccounts } from './resources.js';
import type { RouteTable } from './routes.js';
import { shapesOf } from './shapes.js';
import type { CycleBoundary } from './settlement-cycles.js';
import { checkDecision, type Decision } from './decision.js';
import { createSettlements } from './settlements.js';
import type { Timeline } from './timeline.js';

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
  /** Called for each record added or changed (no arguments: any may have, after a load). */
  onMutate?: (resource?: string, record?: SandboxRecord) => void;
  /** The merchant's clock: timestamps, expiries, today (default: real time). */
  clock?: Clock;
  /** Where auto-advances and expiries wait (default: none; expiries then happen when an object is read). */
  timeline?: Timeline;
}

export type { Decision };

export interface State {
  reset(): void;
  /** Replaces every record (a loaded state): by resource, oldest first; `settled` the payins already settled. */
  replace(records: ReadonlyMap<string, readonly RecordFields[]>, settled: ReadonlySet<string>): void;
  /** A resource's records, oldest first. */
  records(resource: string): SandboxRecord[];
  /** Puts every waiting object's auto-advance and expiry on the timeline (after a load). */
  scheduleAll(): void;
  get(resource: string, id: string): SandboxRecord | undefined;
  /** Newest first, narrowed by `where` (field → value). */
  list(resource: string, where?: Readonly<Record<string, unknown>>): SandboxRecord[];
  create(resource: string, body: RequestBody | undefined, scope?: Readonly<Record<string, string>>): SandboxRecord;
  decide(resource: string, id: string, action: string, input?: Decision): SandboxRecord;
  /** Settles an account's collected payins: asked for, or at a settlement cycle (`cycle`). */
  settle(accountId: string, cycle?: CycleBoundary): SandboxRecord;
  /** A settlement cycle has come: every merchant account with collected payins is settled. */
  settleCycle(cycle: CycleBoundary): void;
  /** The object as the API shows it: the fields its schema describes, in the schema's order, none undefined. */
  present(resource: string, record: SandboxRecord): Record<string, unknown>;
  /** The `statusMessage` values the spec lists for a resource, or undefined. */
  statusMessages(resource: string): string[] | undefined;
  /** What an object of the resource may carry, from the schema its operations answer with. */
  fieldsOf(resource: string): Record<string, SpecNode>;
  close(): void;
}

export function createState({ spec, routes, pageUrl, autoAdvance, onChange, onMutate = () => {}, clock = createClock(), timeline }: StateOptions): State {
  const shapes = shapesOf(spec, routes);
  const fieldsOf = (resource: string) => shapes[resource] ?? {};
  const strings = (values: unknown[] | undefined) => values?.map(String);
  const statusValues = (resource: string) => strings(enumValues(spec, fieldsOf(resource).status));
  const statusMessages = (resource: string) => strings(enumValues(spec, fieldsOf(resource).statusMessage));

  let collections = new Map<string, Map<string, SandboxRecord>>();
  let sequence = 0;
  const tasks = new Set<() => void>(); // cancels of the auto-advances and expiries waiting on the timeline

  function cancelTasks() {
    for (const cancel of tasks) cancel();
    tasks.clear();
  }

  function reset() {
    cancelTasks();
    collections = new Map();
    sequence = 0;
    for (const account of seedMerchantAccounts()) insert('merchantAccounts', stamp(account));
  }

  function replace(records: ReadonlyMap<string, readonly RecordFields[]>, settled: ReadonlySet<string>) {
    cancelTasks();
    collections = new Map();
    sequence = 0;
    for (const [resource, rows] of records) {
      for (const row of rows) insert(resource, { ...row, $seq: ++sequence, ...(settled.has(row.id) && { $settled: true }) });
    }
    onMutate();
  }

  const records = (resource: string) => [...collection(resource).values()].sort((a, b) => a.$seq - b.$seq);

  function scheduleAll() {
    for (const [resource, rows] of collections) for (const record of rows.values()) track(resource, record, Date.parse(record.createdAt ?? ''));
  }

  const collection = (resource: string) => {
    let found = collections.get(resource);
    if (!found) collections.set(resource, (found = new Map()));
    return found;
  };
  const now = () => clock.stamp();
  function stamp(record: RecordFields): SandboxRecord {
    const at = now();
    return { createdAt: at, updatedAt: at, ...record, $seq: ++sequence };
  }
  function insert(resource: string, record: SandboxRecord): SandboxRecord {
    collection(resource).set(record.id, record);
    return record;
  }

  // The customer's page link is made here, not stored: it points at whichever sandbox serves the object now.
  function present(resource: string, record: SandboxRecord): Record<string, unknown> {
    const names = Object.keys(fieldsOf(resource));
    const page = resourceRules[resource]?.page?.field;
    const out: Record<string, unknown> = {};
    for (const key of names.length ? names : Object.keys(record)) {
      const value = key === page ? pageUrl(resource, record.id) : record[key];
      if (value !== undefined && !key.startsWith('$')) out[key] = value;
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
    if (rules.money) checkExactAmount('amount', body?.amount);
    rules.check?.(body, clock.now());
    const record: RecordFields = { id: newId(clock.now()), ...body, ...scope };
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
    if (rules.expires && record.expiration === undefined) record.expiration = defaultExpiration(fieldsOf(resource).expiration, clock.now());
    if (rules.money === 'payin') checkRoomForPayin(account(record.targetMerchantAccountId), record.amount, list);
    const stored = insert(resource, stamp(record));
    // A payout its account cannot cover ends at once, with nothing sent and the balance untouched.
    if (rules.money === 'payout' && !debit(stored)) return applyOutcome(resource, stored, 'cancelled', { statusMessage: 'NOT_ENOUGH_FUNDS' });
    track(resource, stored, clock.now());
    onMutate(resource, stored);
    return stored;
  }

  /** What waits on the clock for an object still waiting: its auto-advance (`createdMs` + autoAdvance), its expiry. */
  function track(resource: string, record: SandboxRecord, createdMs: number) {
    const rules = resourceRules[resource];
    if (!timeline || !rules?.action?.from.includes(record.status)) return;
    const { action, planned } = rules;
    const later = (at: number, run: () => void) => {
      const cancel = timeline.at(at, () => {
        tasks.delete(cancel);
        if (get(resource, record.id) === record && action.from.includes(record.status)) run();
      });
      tasks.add(cancel);
    };
    if (autoAdvance !== undefined && planned) {
      later(createdMs + autoAdvance, () => {
        const outcome = planned(record, api);
        applyOutcome(resource, record, outcome.status, { statusMessage: outcome.statusMessage });
      });
    }
    if (rules.expires && record.expiration !== undefined) later(expiresAt(record.expiration), () => expireIfDue(resource, record));
  }

  /**
   * A payin link still waiting at its `expiration` is cancelled with EXPIRED (and its webhook sent) as the clock
   * passes it; a read that comes first (the clock moved by a fake Date, say) does the same.
   */
  function expireIfDue(resource: string, record: SandboxRecord): SandboxRecord {
    const rules = resourceRules[resource];
    if (!rules?.expires || !rules.action?.from.includes(record.status) || record.expiration === undefined) return record;
    if (expiresAt(record.expiration) <= clock.now()) applyOutcome(resource, record, 'cancelled', { statusMessage: 'EXPIRED' });
    return record;
  }

  // The default merchant account is seeded on every reset, so a missing id falls back to an account that exists.
  const account = (id: string | undefined) => get('merchantAccounts', id ?? 'default') ?? get('merchantAccounts', 'default')!;
  /** Takes a payout's amount from its account's available balance; false, nothing taken, when it does not cover it. */
  function debit(payout: SandboxRecord): boolean {
    const source = account(payout.sourceMerchantAccountId);
    if (!debitPayout(source, payout)) return false;
    onMutate('merchantAccounts', source);
    return true;
  }

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
      target.unsettledAmount = addAmounts(target.unsettledAmount, record.amountCollected);
      target.updatedAt = now();
      onMutate('merchantAccounts', target);
    }
    if (rules.money === 'payout' && status === 'cancelled') {
      const source = account(record.sourceMerchantAccountId);
      refundPayout(source, record.amountSent);
      onMutate('merchantAccounts', source);
      record.amountSent = 0;
    }
    record.updatedAt = now();
    onMutate(resource, record);
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
    const { outcome, statusMessage, amountCollected } = checkDecision(rules.action, record, input, statusMessages(resource));
    if (!rules.action.from.includes(record.status)) {
      throw conflict(`the ${singular(resource)} ${id} is ${record.status ?? 'without a status'}: it can be ${done(action)} only ${waitingStates(resource, rules.action.from)}`);
    }
    if (outcome === 'partial' && get('payinSources', record.payinSourceId ?? '')?.partialPayinsEnabled !== true) {
      throw conflict(`the payin request ${id} cannot end partial: its payin source does not have partialPayinsEnabled`);
    }
    return applyOutcome(resource, record, outcome, { statusMessage, amountCollected });
  }

  const settlements = createSettlements({
    get,
    list,
    add: (resource, fields) => insert(resource, stamp(fields)),
    clock,
    changed: onMutate,
    report(resource, record) {
      const { eventType } = resourceRules[resource] ?? {};
      if (eventType) onChange(eventType, present(resource, record));
    },
  });
  const { settle, settleCycle } = settlements;

  const api: State = { reset, replace, records, scheduleAll, get, list, create, decide, settle, settleCycle, present, statusMessages, fieldsOf, close: cancelTasks };
  reset();
  return api;
}

/** `authorize` → `authorized`, `pay` → `paid`: an action in a message. */
const done = (action: string): string => (action === 'pay' ? 'paid' : `${action.replace(/e$/, '')}ed`);

/** `payoutTargets` → `payout target`: a resource's name in a message. */
export const singular = (resource: string): string => resource.replace(/s$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();
