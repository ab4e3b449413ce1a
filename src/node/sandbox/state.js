// The sandbox's in-memory state and state machine: creates objects with their derived fields, moves them
// through their statuses, keeps the merchant accounts' balances, and reports every change.
import { conflict, invalid, notFound } from './errors.js';
import { newId } from './ids.js';
import { resourceRules, seedMerchantAccounts, settlementCycles } from './resources.js';
import { enumValues, propertiesOf } from './spec.js';

/**
 * @param {object} options
 * @param {object} options.spec the parsed OpenAPI document
 * @param {{ routes: object[] }} options.routes from buildRoutes
 * @param {(resource: string, id: string) => string} options.pageUrl the customer's page for an object
 * @param {number | undefined} options.autoAdvance ms after which objects reach their planned outcome; undefined: never
 * @param {(eventType: string, event: object) => void} options.onChange called with the presented object on each status change
 */
export function createState({ spec, routes, pageUrl, autoAdvance, onChange }) {
  // What an object of each resource may carry, from the schema its operations answer with.
  const shapes = {};
  for (const route of [...routes.routes].sort((a, b) => (a.kind === 'retrieve' ? -1 : b.kind === 'retrieve' ? 1 : 0))) {
    if (route.objectSchema && !shapes[route.resource]) shapes[route.resource] = propertiesOf(spec, route.objectSchema);
  }
  const fieldsOf = (resource) => shapes[resource] ?? {};
  const statusValues = (resource) => enumValues(spec, fieldsOf(resource).status);
  const statusMessages = (resource) => enumValues(spec, fieldsOf(resource).statusMessage);

  let collections;
  let sequence;
  const timers = new Set();

  function reset() {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    collections = new Map();
    sequence = 0;
    for (const account of seedMerchantAccounts()) insert('merchantAccounts', stamp(account));
  }

  const collection = (resource) => {
    let found = collections.get(resource);
    if (!found) collections.set(resource, (found = new Map()));
    return found;
  };
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  function stamp(record) {
    const at = now();
    return { createdAt: at, updatedAt: at, ...record, $seq: ++sequence };
  }
  function insert(resource, record) {
    collection(resource).set(record.id, record);
    return record;
  }

  /** The object as the API shows it: the fields its schema describes, in the schema's order, none undefined. */
  function present(resource, record) {
    const names = Object.keys(fieldsOf(resource));
    const out = {};
    for (const key of names.length ? names : Object.keys(record)) {
      if (record[key] !== undefined && !key.startsWith('$')) out[key] = record[key];
    }
    return out;
  }

  /** `customerDetails` from a customer, `payoutTargetDetails` from a payout target…: the fields that schema lists. */
  function details(resource, field, referenced) {
    const wanted = propertiesOf(spec, fieldsOf(resource)[field]);
    return Object.fromEntries(Object.keys(wanted).filter((k) => referenced[k] !== undefined).map((k) => [k, referenced[k]]));
  }

  function get(resource, id) {
    const record = collection(resource).get(id);
    if (record) expireIfDue(resource, record);
    return record;
  }

  /** Newest first, narrowed by `where` (field → value). */
  function list(resource, where = {}) {
    const matches = [];
    for (const record of collection(resource).values()) {
      if (Object.entries(where).every(([key, value]) => String(record[key]) === String(value))) matches.push(expireIfDue(resource, record));
    }
    return matches.sort((a, b) => b.$seq - a.$seq);
  }

  function create(resource, body, scope = {}) {
    const rules = resourceRules[resource] ?? {};
    rules.check?.(body);
    const record = { id: newId(), ...body, ...scope };
    for (const [field, reference] of Object.entries(rules.references ?? {})) {
      const id = record[field] ?? reference.default;
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
    const initial = rules.initial?.(body) ?? {};
    if (initial.status !== undefined && !(statusValues(resource)?.includes(initial.status) ?? true)) delete initial.status;
    Object.assign(record, initial);
    if (rules.page) record[rules.page.field] = pageUrl(resource, record.id);
    if (rules.expires && record.expiration === undefined) record.expiration = defaultExpiration(fieldsOf(resource).expiration);
    const stored = insert(resource, stamp(record));
    if (rules.money === 'payout') account(stored.sourceMerchantAccountId).availableBalance -= stored.amount ?? 0;
    if (rules.action && autoAdvance !== undefined) schedule(resource, stored);
    return stored;
  }

  function schedule(resource, record) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      const rules = resourceRules[resource];
      const current = get(resource, record.id);
      if (current !== record || !rules.action.from.includes(record.status)) return;
      const planned = rules.planned(record, api);
      applyOutcome(resource, record, planned.status, { statusMessage: planned.statusMessage });
    }, autoAdvance);
    timer.unref?.();
    timers.add(timer);
  }

  /**
   * A payin link still waiting after its `expiration` is cancelled with EXPIRED (and its webhook sent) the next
   * time anyone looks at it. The time zone of `expiration` is not documented; the sandbox reads it as UTC.
   */
  function expireIfDue(resource, record) {
    const rules = resourceRules[resource];
    if (!rules?.expires || !rules.action.from.includes(record.status) || record.expiration === undefined) return record;
    if (Date.parse(`${record.expiration}${/T/.test(record.expiration) ? 'Z' : 'T23:59:59Z'}`) < Date.now()) {
      applyOutcome(resource, record, 'cancelled', { statusMessage: 'EXPIRED' });
    }
    return record;
  }

  const account = (id) => get('merchantAccounts', id) ?? get('merchantAccounts', 'default');

  function applyOutcome(resource, record, status, { statusMessage, amountCollected } = {}) {
    const rules = resourceRules[resource];
    record.status = status;
    if (status === 'cancelled') record.statusMessage = statusMessage ?? defaultStatusMessage(resource);
    else delete record.statusMessage;
    if (rules.money === 'payin') {
      const amount = record.amount ?? 0;
      record.amountCollected = status === 'approved' ? amount : status === 'partial' ? (amountCollected ?? Math.floor(amount / 2)) : 0;
      const target = account(record.targetMerchantAccountId);
      target.unsettledAmount += record.amountCollected;
      target.updatedAt = now();
    }
    if (rules.money === 'payout' && status === 'cancelled') {
      account(record.sourceMerchantAccountId).availableBalance += record.amountSent;
      record.amountSent = 0;
    }
    record.updatedAt = now();
    onChange(rules.eventType, present(resource, record));
    return record;
  }

  function defaultStatusMessage(resource) {
    const allowed = statusMessages(resource);
    return !allowed || allowed.includes('ERROR') ? 'ERROR' : allowed[0];
  }

  /** A control call or the customer's page decides an object's outcome. */
  function decide(resource, id, action, input = {}) {
    const rules = resourceRules[resource];
    if (!rules?.action || rules.action.name !== action) throw notFound(`${resource} cannot be ${action}d`);
    const record = get(resource, id);
    if (!record) throw notFound(`no ${singular(resource)} has the id ${JSON.stringify(id)}`);
    const { outcome, statusMessage, amountCollected } = input;
    if (!rules.action.outcomes.includes(outcome)) {
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
      if (typeof amountCollected !== 'number' || !(amountCollected > 0 && amountCollected < record.amount)) {
        throw invalid(`amountCollected: must be a number more than 0 and less than the amount (${record.amount})`);
      }
    }
    if (!rules.action.from.includes(record.status)) {
      throw conflict(`the ${singular(resource)} ${id} is ${record.status}: it can be ${action}d only while ${rules.action.from.filter(Boolean).join(' or ')}`);
    }
    if (outcome === 'partial' && get('payinSources', record.payinSourceId)?.partialPayinsEnabled !== true) {
      throw conflict(`the payin request ${id} cannot end partial: its payin source does not have partialPayinsEnabled`);
    }
    return applyOutcome(resource, record, outcome, { statusMessage, amountCollected });
  }

  /** Settles every collected, unsettled payin credited to a merchant account into one payin settlement. */
  function settle(accountId) {
    const target = get('merchantAccounts', accountId);
    if (!target) throw notFound(`no merchant account has the id ${JSON.stringify(accountId)}`);
    const payins = ['payinLinks', 'payinRequests'].flatMap((resource) =>
      list(resource, { targetMerchantAccountId: accountId }).filter((p) => p.amountCollected > 0 && !p.$settled),
    );
    if (payins.length === 0) throw conflict(`the merchant account ${accountId} has no collected payins waiting to be settled`);
    const totalAmountCollected = payins.reduce((sum, p) => sum + p.amountCollected, 0);
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
    target.unsettledAmount -= totalAmountCollected;
    if (target.type === 'aggregator') target.availableBalance += totalAmountCollected - totalFees;
    target.updatedAt = now();
    onChange(resourceRules.payinSettlements.eventType, present('payinSettlements', settlement));
    return settlement;
  }

  const close = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const api = { reset, get, list, create, decide, settle, present, statusMessages, fieldsOf, close };
  reset();
  return api;
}

export const singular = (resource) => resource.replace(/s$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();

/** The end of the day after today, in the format the spec gives `expiration` (a date, or a date-time). */
function defaultExpiration(schema) {
  const end = new Date();
  end.setUTCDate(end.getUTCDate() + 1);
  const day = end.toISOString().slice(0, 10);
  return schema?.format === 'date' ? day : `${day}T23:59:59`;
}
