// The sandbox for teams and CI, in process: a merchant per token, a clock per merchant that every time rule runs
// on, faults on demand (and the client's retry of a 429), redelivery on demand, and the state as a document.
import { afterEach, describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../../src/client/index.js';
import { createSandbox, type Sandbox } from '../../../src/node/sandbox/index.js';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import { bankAccount, customerBody, integrityKey, pastNextCycle, type Received } from '../../helpers/sandbox.js';

const open: Sandbox[] = [];
afterEach(() => {
  for (const sandbox of open.splice(0)) {
    expect(sandbox.violations).toEqual([]);
    sandbox.close();
  }
});

/** A sandbox whose webhooks go to a verifyWebhook receiver here; `refuse` makes it answer 503 instead. */
function inProcess(options: Parameters<typeof createSandbox>[0] = {}) {
  const received: Received[] = [];
  const receiver = { refuse: 0 };
  const sandbox = createSandbox({
    integrityKey,
    webhookUrls: ['http://receiver.test/webhooks'],
    webhookFetch: async (_url, init) => {
      if (receiver.refuse > 0) {
        receiver.refuse--;
        return new Response('busy', { status: 503 });
      }
      received.push((await verifyWebhook({ headers: init.headers as Record<string, string>, integrityKey, validateEvent: 'throw' })) as unknown as Received);
      return new Response('ok');
    },
    ...options,
  });
  open.push(sandbox);
  const as = (label: string) => {
    const merchant = sandbox.merchant(`${sandbox.token}.${label}`);
    return { ...merchant, palomma: createPalommaClient({ token: merchant.token, fetch: sandbox.fetch, validateResponses: 'throw', maxRetries: 0 }) };
  };
  return { sandbox, received, receiver, as };
}

const link = (customerId: string, amount = 50_000) => ({ customerId, redirectUrl: 'https://merchant.example.com/p', amount, type: 'general' as const, availableTypes: ['pse' as const] });

describe('a merchant per token', () => {
  it('two labelled tokens see nothing of each other: lists, lookups (404), control calls (404), reset', async () => {
    const { as } = inProcess();
    const one = as('worker-1');
    const two = as('worker-2');
    const customer = await one.palomma.customers.create(customerBody(1));
    const target = await one.palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    expect((await one.palomma.customers.list()).items.map((c) => c.id)).toEqual([customer.id]);
    expect((await two.palomma.customers.list()).items).toEqual([]);
    const lookup = await two.palomma.GET('/customers/{customerId}', { params: { path: { customerId: customer.id! } } });
    expect(lookup.response.status).toBe(404);
    await expect(two.control.authorizePayoutTarget(target.id!, { outcome: 'active' })).rejects.toMatchObject({ status: 404 });
    // Each has its own default account and balances.
    await one.control.authorizePayoutTarget(target.id!, { outcome: 'active' });
    await one.palomma.payoutRequests.create({ payoutTargetId: target.id!, amount: 250_000 });
    expect((await one.palomma.merchantAccounts.retrieve('default')).availableBalance).toBe(100_000_000 - 250_000);
    expect((await two.palomma.merchantAccounts.retrieve('default')).availableBalance).toBe(100_000_000);
    await two.control.reset();
    expect((await one.palomma.customers.retrieve(customer.id!)).id).toBe(customer.id);
  });

  it("refuses a token that is not the sandbox's, a bad label, and a merchant past the limit (401)", async () => {
    const { sandbox } = inProcess({ maxMerchants: 2 });
    const status = async (token: string) => (await sandbox.fetch('http://sandbox.palomma.invalid/v0/customers', { headers: { authorization: `Bearer ${token}` } })).status;
    expect(await status(`${sandbox.token}.a`)).toBe(200);
    expect(await status(`${sandbox.token}.b c`)).toBe(401);
    expect(await status(`other.${sandbox.token}`)).toBe(401);
    expect(await status(sandbox.token)).toBe(200); // the second merchant
    const third = await sandbox.fetch('http://sandbox.palomma.invalid/v0/customers', { headers: { authorization: `Bearer ${sandbox.token}.c` } });
    expect(third.status).toBe(401);
    expect(((await third.json()) as { message: string }).message).toMatch(/holds 2 merchants already/);
    expect(() => sandbox.merchant('not-the-token')).toThrow(/is not a token of this sandbox/);
  });
});

describe('a clock per merchant', () => {
  it("two days on, a link is cancelled EXPIRED with its webhook; another merchant's clock and link do not move", async () => {
    const { as, received, sandbox } = inProcess();
    const one = as('clock-1');
    const two = as('clock-2');
    const mine = await one.palomma.payinLinks.create(link((await one.palomma.customers.create(customerBody(1))).id!));
    const theirs = await two.palomma.payinLinks.create(link((await two.palomma.customers.create(customerBody(2))).id!));
    const before = await two.control.clock();
    const { now } = await one.control.advanceClock({ seconds: 2 * 86_400 });
    expect(Date.parse(now) - Date.parse(before.now)).toBeGreaterThanOrEqual(2 * 86_400_000);
    await one.control.webhooksSettled();
    // The webhook went out as the clock passed the expiration, before anyone read the link again.
    const expired = received.find((e) => e.event.id === mine.id);
    expect(expired?.event).toMatchObject({ status: 'cancelled', statusMessage: 'EXPIRED' });
    expect(expired!.timestamp <= now).toBe(true);
    expect(await one.palomma.payinLinks.retrieve(mine.id!)).toMatchObject({ status: 'cancelled', statusMessage: 'EXPIRED' });
    expect(Date.parse((await two.control.clock()).now) - Date.parse(before.now)).toBeLessThan(60_000);
    expect(await two.palomma.payinLinks.retrieve(theirs.id!)).toMatchObject({ status: 'pending' });
    expect(received.some((e) => e.event.id === theirs.id)).toBe(false);
    // Timestamps come from the clock, and it never goes back.
    const later = await one.palomma.customers.create(customerBody(3));
    expect(later.createdAt! >= now.slice(0, 19)).toBe(true);
    await expect(one.control.advanceClock({ to: before.now })).rejects.toMatchObject({ status: 409 });
    expect(sandbox.violations).toEqual([]);
  });

  it('a settlement cycle passing settles the collected payins into a payin settlement, with its webhook', async () => {
    const { as, received } = inProcess();
    const merchant = as('cycles');
    // Just past a cycle, so none passes while two payins are collected; then past the next one.
    const { now } = await merchant.control.advanceClock({ to: pastNextCycle((await merchant.control.clock()).now) });
    const customer = await merchant.palomma.customers.create(customerBody(1));
    for (const amount of [50_000, 70_000]) {
      const paid = await merchant.palomma.payinLinks.create(link(customer.id!, amount));
      await merchant.control.payPayinLink(paid.id!, { outcome: 'approved' });
    }
    const to = pastNextCycle(now);
    await merchant.control.advanceClock({ to });
    const cycle = new Date(Date.parse(to) - 1_000);
    await merchant.control.webhooksSettled();
    const settlement = received.find((e) => e.eventType === 'payin-settlement.update');
    expect(settlement?.event).toMatchObject({
      merchantAccountId: 'default',
      totalAmountCollected: 120_000,
      numberOfPayins: 2,
      payinSettlementDate: cycle.toISOString().slice(0, 10),
      payinSettlementCycle: cycle.getUTCHours(),
    });
    expect(await merchant.palomma.merchantAccounts.retrieve('default')).toMatchObject({ unsettledAmount: 0, availableBalance: 100_000_000 + 120_000 });
  });

  it('auto-advance outcomes and webhook redeliveries wait on the clock', async () => {
    const { as, received, receiver } = inProcess({ autoAdvance: 3_600_000 });
    const merchant = as('auto');
    const customer = await merchant.palomma.customers.create(customerBody(1));
    const target = await merchant.palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    expect((await merchant.palomma.payoutTargets.retrieve(target.id!)).status).toBeUndefined();
    receiver.refuse = 1;
    await merchant.control.advanceClock({ seconds: 3_601 }); // the hour of auto-advance: active
    expect((await merchant.palomma.payoutTargets.retrieve(target.id!)).status).toBe('active');
    // The first delivery was refused; its retry is due a second later on the clock, not in real time.
    for (let i = 0; i < 50 && (await merchant.control.webhookDeliveries())[0]?.state !== 'retrying'; i++) await new Promise((r) => setTimeout(r, 1));
    await merchant.control.advanceClock({ seconds: 1 });
    await merchant.control.webhooksSettled();
    const [delivery] = await merchant.control.webhookDeliveries();
    expect(delivery!.attempts.map((a) => a.status)).toEqual([503, 200]);
    expect(received.map((e) => e.event.status)).toEqual(['active']);
  });
});

describe('faults on demand', () => {
  it('a 500, then a 429 with Retry-After, then a normal answer; the faulted create creates nothing; the client retries the 429', async () => {
    const { as, sandbox } = inProcess();
    const merchant = as('faults');
    await merchant.control.addFault({ operationId: 'createCustomer', status: 500 });
    await merchant.control.addFault({ operationId: 'createCustomer', status: 429, retryAfter: 7 });
    expect(await merchant.control.faults()).toHaveLength(2);
    const first = await merchant.palomma.POST('/customers', { body: customerBody(1) });
    expect(first.response.status).toBe(500);
    expect(first.error).toEqual({ message: expect.stringMatching(/^the sandbox answers 500 to this createCustomer call because of a fault/) });
    const second = await merchant.palomma.POST('/customers', { body: customerBody(1) });
    expect(second.response.status).toBe(429);
    expect(second.response.headers.get('retry-after')).toBe('7');
    expect((await merchant.palomma.customers.list()).items).toEqual([]);
    const third = await merchant.palomma.customers.create(customerBody(1));
    expect((await merchant.palomma.customers.list()).items.map((c) => c.id)).toEqual([third.id]);

    // A client with retries on waits out Retry-After (0 here) and gets the customer.
    await merchant.control.addFault({ operationId: 'createCustomer', status: 429, retryAfter: 0 });
    const retrying = createPalommaClient({ token: merchant.token, fetch: sandbox.fetch, maxRetries: 1 });
    expect((await retrying.customers.create(customerBody(2))).name).toBe('Pepito Perez');
    expect(await merchant.control.faults()).toEqual([]);
  });

  it('a delay alone answers normally, late; faults are per merchant and DELETE /faults clears them', async () => {
    const { as } = inProcess();
    const slow = as('slow');
    const other = as('other');
    await slow.control.addFault({ operationId: 'listCustomers', delayMs: 200 });
    await slow.control.addFault({ operationId: 'getCustomerById', status: 503, times: 5 });
    const late = slow.palomma.customers.list();
    const first = await Promise.race([late.then(() => 'answered'), new Promise((resolve) => setImmediate(() => resolve('waiting')))]);
    expect(first).toBe('waiting');
    expect((await late).items).toEqual([]);
    const lookup = await other.palomma.GET('/customers/{customerId}', { params: { path: { customerId: 'NOPE' } } });
    expect(lookup.response.status).toBe(404);
    await slow.control.clearFaults();
    expect((await slow.palomma.GET('/customers/{customerId}', { params: { path: { customerId: 'NOPE' } } })).response.status).toBe(404);
    await expect(slow.control.addFault({ operationId: 'createCustomer', status: 418 })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^status: must be one that createCustomer declares/) });
  });
});

describe('redelivery on demand', () => {
  it('sends a delivery again with the same webhookId and timestamp, signed', async () => {
    const { as, received } = inProcess();
    const merchant = as('redeliver');
    const customer = await merchant.palomma.customers.create(customerBody(1));
    const target = await merchant.palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await merchant.control.authorizePayoutTarget(target.id!, { outcome: 'active' });
    await merchant.control.webhooksSettled();
    const [delivery] = await merchant.control.webhookDeliveries();
    const [again] = await merchant.control.redeliverWebhook(delivery!.webhookId);
    expect(again).toMatchObject({ webhookId: delivery!.webhookId, state: 'delivered' });
    expect(again!.attempts).toHaveLength(2);
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual(received[0]);
    await expect(as('someone-else').control.redeliverWebhook(delivery!.webhookId)).rejects.toMatchObject({ status: 404 });
  });
});

describe('state as a document', () => {
  it('GET /state of one merchant loads into another, which then answers the same objects', async () => {
    const { as } = inProcess();
    const from = as('fixture-source');
    const to = as('fixture-target');
    const customer = await from.palomma.customers.create(customerBody(1));
    const paid = await from.palomma.payinLinks.create(link(customer.id!));
    await from.control.payPayinLink(paid.id!, { outcome: 'approved' });
    const state = await from.control.exportState();
    expect(Object.keys(state.objects)).toEqual(['customers', 'payinLinks', 'merchantAccounts']);
    expect(state.objects.payinLinks![0]).not.toHaveProperty('paymentUrl');
    await to.control.importState(state);
    expect(await to.palomma.customers.retrieve(customer.id!)).toEqual(await from.palomma.customers.retrieve(customer.id!));
    const loaded = await to.palomma.payinLinks.retrieve(paid.id!);
    expect(loaded.paymentUrl).toContain('merchant=fixture-target');
    expect(await to.palomma.merchantAccounts.retrieve('default')).toMatchObject({ unsettledAmount: 50_000 });
    expect(await to.control.settleMerchantAccount('default')).toMatchObject({ totalAmountCollected: 50_000 });
  });

  it('refuses a document with an object the spec refuses, naming the field, and changes nothing', async () => {
    const { as } = inProcess();
    const merchant = as('fixture-bad');
    const customer = await merchant.palomma.customers.create(customerBody(1));
    const state = await merchant.control.exportState();
    const broken = structuredClone(state);
    (broken.objects.customers![0] as Record<string, unknown>).documentType = 'passport';
    await expect(merchant.control.importState(broken)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^objects\.customers\[0\]: documentType must be one of/) });
    const dangling = structuredClone(state);
    const created = await merchant.palomma.payinLinks.create(link(customer.id!));
    dangling.objects.payinLinks = [{ ...created, id: created.id!, customerId: 'NOPE' }];
    await expect(merchant.control.importState(dangling)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^objects\.payinLinks\[0\]\.customerId: no customer/) });
    expect((await merchant.palomma.payinLinks.list()).items).toHaveLength(1);
  });
});
