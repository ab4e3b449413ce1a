// Exact money in the sandbox: amounts in whole centavos, refused when they cannot be kept exactly, and a payout the
// available balance does not cover cancelled with NOT_ENOUGH_FUNDS instead of driving the balance negative.
import { afterEach, describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../../src/client/index.js';
import { addAmounts, isExactAmount, maxAmount, subtractAmount } from '../../../src/node/sandbox/money.js';
import { createSandbox, type Sandbox } from '../../../src/node/sandbox/index.js';
import { bankAccount, customerBody } from '../../helpers/sandbox.js';

const open: Sandbox[] = [];
afterEach(() => {
  for (const sandbox of open.splice(0)) {
    expect(sandbox.violations).toEqual([]);
    sandbox.close();
  }
});

const startingBalance = 100_000_000;

/** A sandbox, a client on it, an active payout target, and the webhooks it sends. */
async function withTarget() {
  const events: Array<{ eventType: string; event: Record<string, unknown> }> = [];
  const sandbox = createSandbox({
    webhookUrls: ['http://receiver.test/webhooks'],
    webhookFetch: async (_url, init) => {
      events.push(JSON.parse(String(init.body)));
      return new Response('ok');
    },
  });
  open.push(sandbox);
  const palomma = createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch, validateResponses: 'throw', maxRetries: 0 });
  const customer = await palomma.customers.create(customerBody());
  const target = await palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
  await sandbox.control.authorizePayoutTarget(target.id, { outcome: 'active' });
  const post = async (path: string, body: unknown) => {
    const response = await sandbox.fetch(`https://sandbox.api.palomma.com/v0${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const balance = async () => (await palomma.merchantAccounts.retrieve('default')).availableBalance;
  return { sandbox, palomma, customer, target, post, balance, events };
}

describe('money in the sandbox', () => {
  it('keeps fractional amounts exactly: three payouts of 1000.1 leave 99996999.7, and a cancelled one gives its amount back', async () => {
    const { sandbox, palomma, target, balance } = await withTarget();
    const payouts = [];
    for (let i = 0; i < 3; i++) payouts.push(await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 1000.1 }));
    expect(await balance()).toBe(99_996_999.7);
    await sandbox.control.completePayoutRequest(payouts[0]!.id, { outcome: 'cancelled', statusMessage: 'DECLINED_BY_BANK' });
    expect(await balance()).toBe(99_997_999.8);
  });

  it('refuses with 400 naming amount what it cannot keep exactly (1e308, a thousandth), and keeps answering', async () => {
    const { palomma, target, post, balance } = await withTarget();
    for (const amount of [1e308, 1e308, 1000.123, maxAmount + 1]) {
      const answer = await post('/payoutRequests', { payoutTargetId: target.id, amount });
      expect(answer).toEqual({ status: 400, body: { message: expect.stringMatching(/^amount: must be pesos with at most two decimals \(centavos\), at most 9999999999999\.99, not /) } });
    }
    expect(await balance()).toBe(startingBalance);
    expect((await palomma.merchantAccounts.list()).items).toEqual([expect.objectContaining({ id: 'default', availableBalance: startingBalance })]);
  });

  it('cancels a payout beyond the available balance with NOT_ENOUGH_FUNDS and its webhook, leaving the balance as it was', async () => {
    const { sandbox, palomma, target, balance, events } = await withTarget();
    const tooMuch = await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: startingBalance + 0.01 });
    expect(tooMuch).toMatchObject({ status: 'cancelled', statusMessage: 'NOT_ENOUGH_FUNDS', amountSent: 0 });
    expect(await balance()).toBe(startingBalance);
    // Exactly the balance is covered; after it, nothing is.
    expect(await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: startingBalance })).toMatchObject({ status: 'processing', amountSent: startingBalance });
    expect(await balance()).toBe(0);
    expect(await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 1000.01 })).toMatchObject({ status: 'cancelled', statusMessage: 'NOT_ENOUGH_FUNDS' });
    expect(await balance()).toBe(0);
    await expect(sandbox.control.completePayoutRequest(tooMuch.id, { outcome: 'approved' })).rejects.toMatchObject({ status: 409 });
    await sandbox.control.webhooksSettled();
    expect(events.map((e) => [e.eventType, e.event.id, e.event.statusMessage])).toEqual([
      ['payout-target.update', target.id, undefined],
      ['payout-request.update', tooMuch.id, 'NOT_ENOUGH_FUNDS'],
      ['payout-request.update', expect.any(String), 'NOT_ENOUGH_FUNDS'],
    ]);
  });

  it('settles fractional payins exactly, refuses a fractional payin request (whole pesos, as its page says) and a payin past the exact range', async () => {
    const { sandbox, palomma, customer, post } = await withTarget();
    const link = { customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', type: 'general' as const, availableTypes: ['pse' as const] };
    for (let i = 0; i < 3; i++) await sandbox.control.payPayinLink((await palomma.payinLinks.create({ ...link, amount: 1500.1 })).id, { outcome: 'approved' });
    expect(await palomma.merchantAccounts.retrieve('default')).toMatchObject({ unsettledAmount: 4500.3 });
    expect(await sandbox.control.settleMerchantAccount('default')).toMatchObject({ totalAmountCollected: 4500.3 });
    expect(await palomma.merchantAccounts.retrieve('default')).toMatchObject({ unsettledAmount: 0, availableBalance: 100_004_500.3 });

    const source = await palomma.payinSources.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/d', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayinSource(source.id, { outcome: 'active' });
    expect(await post('/payinRequests', { payinSourceId: source.id, amount: 2000.5 })).toEqual({ status: 400, body: { message: 'amount: must be a whole number of pesos, not 2000.5' } });

    // Each amount alone is exact; two waiting together would take the account past what stays exact.
    const huge = Math.floor(maxAmount / 2);
    expect((await post('/payinLinks', { ...link, amount: huge })).status).toBe(200);
    expect(await post('/payinLinks', { ...link, amount: huge })).toEqual({
      status: 400,
      body: { message: 'amount: would take the merchant account default past 9999999999999.99 COP, the most the sandbox keeps exactly' },
    });
  });
});

describe('money.ts', () => {
  it('adds and subtracts in centavos', () => {
    expect(addAmounts(0.1, 0.2)).toBe(0.3);
    expect(addAmounts(1000.1, 1000.1, 1000.1)).toBe(3000.3);
    expect(subtractAmount(100_000_000, 0.01)).toBe(99_999_999.99);
    expect(addAmounts(undefined, 5)).toBe(5);
    expect(() => addAmounts(maxAmount, maxAmount)).toThrow(RangeError);
  });

  it('keeps exactly pesos with at most two decimals within the safe range', () => {
    expect([0, 1000.1, 0.29, 99_999_999.99, 9_999_999_999_999.99].map(isExactAmount)).toEqual([true, true, true, true, true]);
    // Past 10^13 pesos a JSON number cannot tell every centavo apart: 90071992547409.91 reads as 90071992547409.9.
    expect([1.005, 1e308, Number.NaN, Infinity, 10_000_000_000_000, 90_071_992_547_409.91, '1000'].map(isExactAmount)).toEqual(Array(7).fill(false));
  });
});
