// A merchant's state as a document and back: page links left out, settled payins kept, and a load checked whole
// (resources, schemas, references) before anything would be stored.
import { describe, expect, it } from 'vitest';
import { createSnapshotCache, planLoad, takeSnapshot, type LoadTarget, type SnapshotSource } from '../../../src/node/sandbox/state-snapshot.js';

const resources = ['customers', 'payinLinks', 'merchantAccounts'];
const pageField = (resource: string) => (resource === 'payinLinks' ? 'paymentUrl' : undefined);
const account = { id: 'default', type: 'aggregator', unsettledAmount: 0, availableBalance: 100 };
const customer = { id: 'C1', name: 'Pepito' };
const link = { id: 'L1', customerId: 'C1', amount: 5_000, status: 'approved', paymentUrl: 'http://127.0.0.1:4021/pages/payinLinks/L1' };
const document = (objects: Record<string, unknown[]>, extra = {}) => ({ format: 'palomma-sandbox-state', version: 1, now: '2025-03-01T10:00:00Z', objects, ...extra });

/** A target whose schemas require `name` of a customer and a page link of a payin link. */
const target: LoadTarget = {
  resources,
  pageField,
  check: (resource, object) =>
    resource === 'customers' && typeof object.name !== 'string' ? 'name: is required' : resource === 'payinLinks' && !object.paymentUrl ? 'paymentUrl: is required' : undefined,
  seedAccounts: (now) => [{ ...account, createdAt: now }],
};

describe('takeSnapshot', () => {
  it('writes each resource oldest first as presented, without page links, and lists the settled payins', () => {
    const stored: Record<string, Record<string, unknown>[]> = { customers: [customer], payinLinks: [{ ...link, $settled: true }], merchantAccounts: [account] };
    const snapshot = takeSnapshot({
      resources,
      records: (resource) => stored[resource] ?? [],
      present: (_resource, record) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('$'))),
      pageField,
      settled: (record) => record.$settled === true,
      now: '2025-03-01T10:00:00.000Z',
    });
    expect(snapshot).toEqual({
      format: 'palomma-sandbox-state',
      version: 1,
      now: '2025-03-01T10:00:00.000Z',
      objects: { customers: [customer], payinLinks: [{ id: 'L1', customerId: 'C1', amount: 5_000, status: 'approved' }], merchantAccounts: [account] },
      settledPayins: ['L1'],
    });
  });
});

describe('planLoad', () => {
  it('plans the records to store, page links dropped (and checked with a stand-in), accounts seeded when none are given', () => {
    const plan = planLoad(document({ customers: [customer], payinLinks: [link] }, { settledPayins: ['L1'] }), target);
    expect(plan.records.get('payinLinks')).toEqual([{ id: 'L1', customerId: 'C1', amount: 5_000, status: 'approved' }]);
    expect(plan.records.get('merchantAccounts')).toEqual([{ ...account, createdAt: '2025-03-01T10:00:00Z' }]);
    expect([...plan.settled]).toEqual(['L1']);
    expect(plan.now).toBe(Date.parse('2025-03-01T10:00:00Z'));
  });

  it.each([
    ['a resource it does not keep', document({ widgets: [] }), /^objects\.widgets: is not a resource of this sandbox \(customers, payinLinks, merchantAccounts\)/],
    ['an object its schema refuses', document({ customers: [customer, { id: 'C2' }] }), /^objects\.customers\[1\]: name: is required/],
    ['a reference to nothing', document({ customers: [customer], payinLinks: [{ ...link, customerId: 'C9' }] }), /^objects\.payinLinks\[0\]\.customerId: no customer of this document has the id "C9"/],
    ['a default account the document lacks', document({ merchantAccounts: [{ ...account, id: 'other' }], customers: [customer], payinLinks: [link] }), /^objects\.payinLinks\[0\]\.targetMerchantAccountId: no merchant account .* "default"/],
    ['a settled payin that is not one', document({ customers: [customer] }, { settledPayins: ['C1'] }), /^settledPayins: "C1" is not a payin link or payin request/],
    ['another format', { ...document({}), format: 'x' }, /^format: must be "palomma-sandbox-state"/],
  ])('refuses %s, naming the field', (_what, value, message) => {
    expect(() => planLoad(value, target)).toThrow(message);
  });
});

describe('createSnapshotCache', () => {
  it('gives the text of takeSnapshot at every step, restringifying only the records it is told changed', () => {
    const stored: Record<string, Record<string, unknown>[]> = { customers: [], payinLinks: [], merchantAccounts: [{ ...account }] };
    let presented = 0;
    const source: Omit<SnapshotSource, 'now'> = {
      resources,
      records: (resource) => stored[resource] ?? [],
      present: (_resource, record) => (presented++, Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('$')))),
      pageField,
      settled: (record) => record.$settled === true,
    };
    const cache = createSnapshotCache(source);
    const now = '2025-03-01T10:00:00.000Z';
    const same = () => expect(cache.text(now)).toBe(JSON.stringify(takeSnapshot({ ...source, now })));
    same();
    stored.customers!.push({ ...customer });
    cache.touch('customers', stored.customers![0]);
    same();
    const paid: Record<string, unknown> = { ...link };
    stored.payinLinks!.push(paid);
    cache.touch('payinLinks', paid);
    stored.merchantAccounts![0]!.unsettledAmount = 5_000;
    cache.touch('merchantAccounts', stored.merchantAccounts![0]);
    same();
    paid.$settled = true;
    cache.touch('payinLinks', paid);
    same();
    // One change, one record presented again (besides the full snapshots the checks above take).
    const before = presented;
    stored.customers![0]!.name = 'Ana';
    cache.touch('customers', stored.customers![0]);
    cache.text(now);
    expect(presented - before).toBe(1);
    same();
    // After a change it was not told about in detail, it starts over.
    stored.customers = [];
    cache.touch();
    same();
  });
});
