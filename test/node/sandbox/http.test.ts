// The sandbox over HTTP, always behind `prism proxy openapi.yaml <sandbox> --errors`: the flows with the client
// and a verifyWebhook receiver, paging, every control error, redelivery and 50 concurrent flows. Any
// sl-violations header or Prism problem answer fails the test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDocs, sandboxSpecPath } from '../../../codegen/pipeline.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../../src/client/index.js';
import { startSandboxServer, type SandboxServer } from '../../../src/node/sandbox/index.js';
import { exampleCalls } from '../../../src/node/cli/contract-check.js';
import { launchChromium } from '../../helpers/chromium.js';
import { startHttpServer } from '../../helpers/http-server.js';
import { spec } from '../../helpers/spec.js';
import { bankAccount, controlAnswerProblems, customerBody, integrityKey, pastNextCycle, startReceiver, watchingFetch } from '../../helpers/sandbox.js';

const token = 'sandbox-http-test-token';
let server: SandboxServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let scratch: string;
let docs: Promise<{ ok: boolean; output: string }>;
const watch = watchingFetch();
const palomma = () => createPalommaClient({ token, baseUrl: server.url, fetch: watch.fetch, validateResponses: 'throw', maxRetries: 0 });
// The control API is not behind Prism: its answers that are API objects are checked against openapi.yaml here.
const controlProblems: string[] = [];
const control = async (path: string, body?: unknown) => {
  const response = await fetch(`${server.controlUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = { status: response.status, body: (await response.json()) as any };
  controlProblems.push(...controlAnswerProblems('POST', path, answer.status, answer.body));
  return answer;
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'palomma-sandbox-http-'));
  // The control API's docs page builds while the sandbox and the browser start.
  docs = buildDocs({ spec: sandboxSpecPath, out: join(scratch, 'sandbox.html'), quiet: true, title: 'Palomma sandbox control API', codeSamples: false });
  receiver = await startReceiver();
  [server, browser] = await Promise.all([
    startSandboxServer({ port: 0, controlPort: 0, token, integrityKey, webhookUrls: [receiver.url], retryDelays: [40, 80] }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await docs?.catch(() => undefined);
  await browser?.close();
  await server?.close();
  await receiver?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  expect(watch.violations).toEqual([]);
  expect(controlProblems).toEqual([]);
});

/** customer → payout target → authorise → webhook → payout → approved → webhook, through Prism. */
async function payoutFlow(n: number) {
  const client = palomma();
  const customer = await client.customers.create(customerBody(n));
  const target = await client.payoutTargets.create({
    customerId: customer.id,
    redirectUrl: 'https://merchant.example.com/payouts/return',
    type: 'bankAccount',
    bankAccount: bankAccount(),
    reference: `supplier-${n}`,
  });
  expect((await control(`/payoutTargets/${target.id}/authorize`, { outcome: 'active' })).status).toBe(200);
  const active = await receiver.waitFor((e) => e.eventType === 'payout-target.update' && e.event.id === target.id);
  expect(active.event.status).toBe('active');
  expect((await client.payoutTargets.retrieve(target.id)).status).toBe('active');
  const payout = await client.payoutRequests.create({ payoutTargetId: target.id, amount: 250_000, reference: `invoice-${n}` });
  expect(payout).toMatchObject({ status: 'processing', amount: 250_000, amountSent: 250_000, customerId: customer.id, payoutTargetId: target.id });
  expect(payout.customerDetails).toMatchObject({ name: 'Pepito Perez', documentNumber: customerBody(n).documentNumber });
  expect(payout.payoutTargetDetails).toMatchObject({ reference: `supplier-${n}`, type: 'bankAccount' });
  expect((await control(`/payoutRequests/${payout.id}/complete`, { outcome: 'approved' })).status).toBe(200);
  const approved = await receiver.waitFor((e) => e.eventType === 'payout-request.update' && e.event.id === payout.id);
  expect(approved.event).toMatchObject({ status: 'approved', amountSent: 250_000 });
  return { customer, target, payout };
}

describe('payout flow through Prism', () => {
  it('runs end to end: signed webhooks verify, derived fields filled, retrieve sees the new state', async () => {
    const { payout } = await payoutFlow(1);
    expect((await palomma().payoutRequests.retrieve(payout.id)).status).toBe('approved');
    expect(receiver.rejected).toEqual([]);
  });

  it('refuses what Palomma refuses: another token, an unknown or inactive target, unknown ids', async () => {
    const wrong = createPalommaClient({ token: 'not-the-token', baseUrl: server.url, fetch: watch.fetch, maxRetries: 0 });
    const unauthorized = await wrong.POST('/customers', { body: customerBody() });
    expect(unauthorized.response.status).toBe(401);
    expect(unauthorized.error).toEqual({ message: 'Unauthorized' });

    const client = palomma();
    const missing = await client.POST('/payoutRequests', { body: { payoutTargetId: 'NO-SUCH-TARGET', amount: 5_000 } });
    expect(missing.response.status).toBe(400);
    expect(missing.error?.message).toMatch(/^payoutTargetId: no payout target has the id "NO-SUCH-TARGET"/);

    const customer = await client.customers.create(customerBody(2));
    const waiting = await client.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    const early = await client.POST('/payoutRequests', { body: { payoutTargetId: waiting.id, amount: 5_000 } });
    expect(early.response.status).toBe(400);
    expect(early.error?.message).toMatch(/^payoutTargetId: .* not active/);

    const unknownCustomer = await client.POST('/payoutTargets', {
      body: { customerId: 'NO-SUCH-CUSTOMER', redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() },
    });
    expect(unknownCustomer.error?.message).toMatch(/^customerId: no customer/);

    const unknown = await client.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: 'NO-SUCH-TARGET' } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error?.message).toMatch(/payoutTargetId: no payout target/);
  });

  it("pages with opaque cursors: the README's for await loop sees every payout request once", async () => {
    const client = palomma();
    const { target } = await payoutFlow(3);
    const created = new Set<string>();
    for (let i = 0; i < 4; i++) created.add((await client.payoutRequests.create({ payoutTargetId: target.id, amount: 2_000 + i, reference: 'paging' })).id);
    const seen: string[] = [];
    for await (const payout of client.payoutRequests.list({ limit: 2 }, { maxPages: 50 })) seen.push(payout.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of created) expect(seen).toContain(id);
    const first = await client.payoutRequests.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.cursor).toEqual(expect.any(String));
    const bad = await client.GET('/payoutRequests', { params: { query: { cursor: 'not-a-cursor' } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.message).toMatch(/^cursor: /);
  });
});

describe('every operation of the spec', () => {
  it("answers each of the spec's example calls within the spec (22 operations, Prism checking)", async () => {
    const calls = exampleCalls(spec);
    expect(new Set(calls.map((c: { operationId: string }) => c.operationId)).size).toBe(
      Object.values<any>(spec.paths).reduce((n, item) => n + Object.keys(item).filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k)).length, 0),
    );
    const statuses: string[] = [];
    for (const call of calls) {
      const response = await watch.fetch(`${server.url}${call.path}`, {
        method: call.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
      await response.arrayBuffer();
      statuses.push(`${call.operationId} ${response.status}`);
    }
    // The examples name objects this sandbox never made: lists answer 200 (400 naming the parent under one, such as
    // a merchant account's settlements, which declare no 404), lookups 404, creations 400 naming the missing object.
    const segments = (path: string) => path.split('?')[0]!.split('/').filter(Boolean).length;
    const underParent = new Set(calls.filter((c: { operationId: string; path: string }) => c.operationId.startsWith('list') && segments(c.path) > 1).map((c: { operationId: string }) => c.operationId));
    expect(underParent).toEqual(new Set(['listPayinSettlements']));
    for (const line of statuses) {
      const [operationId] = line.split(' ');
      expect(line).toMatch(underParent.has(operationId!) ? /^list\w+ 400$/ : /^(list\w+ 200|get\w+ 404|createCustomer 200|create\w+ 400)$/);
    }
  });
});

describe('payin flows through Prism', () => {
  const account = () => palomma().merchantAccounts.retrieve('default');
  // Just past a settlement cycle: none settles these tests' payins on its own (the next is two hours or more away).
  beforeAll(async () => {
    const now = (await server.control.clock()).now;
    await server.control.advanceClock({ to: pastNextCycle(now) });
  });

  it('one-time payin: link → payer pays → approved webhook; the amount waits unsettled in the merchant account', async () => {
    const client = palomma();
    const before = await account();
    const customer = await client.customers.create(customerBody(20));
    const link = await client.payinLinks.create({
      customerId: customer.id,
      redirectUrl: 'https://merchant.example.com/payments/return',
      amount: 1_850_000,
      type: 'general',
      availableTypes: ['pse', 'card'],
      reference: 'rent-302',
    });
    expect(link).toMatchObject({ status: 'pending', amount: 1_850_000, amountCollected: 0, targetMerchantAccountId: 'default', customerId: customer.id });
    expect(link.customerDetails).toMatchObject({ name: 'Pepito Perez', reference: 'customer-20' });
    expect(link.paymentUrl).toMatch(new RegExp(`^${server.controlUrl}/pages/payinLinks/`));
    expect(link.expiration).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59$/);

    // The payer pays on the page behind paymentUrl.
    const token = /name="token" value="([^"]+)"/.exec(await (await fetch(link.paymentUrl)).text())![1]!;
    const paid = await fetch(link.paymentUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `choice=approve&token=${encodeURIComponent(token)}`, redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe('https://merchant.example.com/payments/return');
    const event = await receiver.waitFor((e) => e.eventType === 'payin-link.update' && e.event.id === link.id);
    expect(event.event).toMatchObject({ status: 'approved', amountCollected: 1_850_000 });
    expect(await client.payinLinks.retrieve(link.id)).toMatchObject({ status: 'approved', amountCollected: 1_850_000 });
    expect((await account()).unsettledAmount).toBe(before.unsettledAmount + 1_850_000);

    const mine = await client.payinLinks.list({ customerId: customer.id });
    expect(mine.items.map((l) => l.id)).toEqual([link.id]);
    expect(mine.cursor).toBeNull();
  });

  it('recurring payins: source → authorised → debits (one partial) → settlement webhook and balances', async () => {
    const client = palomma();
    const customer = await client.customers.create(customerBody(21));
    const source = await client.payinSources.create({
      customerId: customer.id,
      redirectUrl: 'https://merchant.example.com/debits/return',
      type: 'bankAccount',
      bankAccount: bankAccount('1234567890'),
      partialPayinsEnabled: true,
      reference: 'mandate-21',
    });
    expect(source).toMatchObject({ status: 'pending', partialPayinsEnabled: true, type: 'bankAccount' });
    expect(source.authUrl).toMatch(new RegExp(`^${server.controlUrl}/pages/payinSources/`));

    const early = await client.POST('/payinRequests', { body: { payinSourceId: source.id, amount: 80_000 } });
    expect(early.response.status).toBe(400);
    expect(early.error?.message).toMatch(/^payinSourceId: the payin source .* is pending, not active/);

    expect((await control(`/payinSources/${source.id}/authorize`, { outcome: 'active' })).status).toBe(200);
    expect((await receiver.waitFor((e) => e.eventType === 'payin-source.update' && e.event.id === source.id)).event.status).toBe('active');

    const debit = (amount: number) => client.payinRequests.create({ payinSourceId: source.id, amount, reference: `debit-${amount}` });
    const partial = await debit(80_000);
    expect(partial).toMatchObject({ status: 'processing', amountCollected: 0, customerId: customer.id, payinSourceId: source.id, targetMerchantAccountId: 'default' });
    expect(partial.payinSourceDetails).toMatchObject({ reference: 'mandate-21', partialPayinsEnabled: true, type: 'bankAccount' });
    const full = await debit(120_000);
    const before = await account();
    await control(`/payinRequests/${partial.id}/complete`, { outcome: 'partial', amountCollected: 30_000 });
    await control(`/payinRequests/${full.id}/complete`, { outcome: 'approved' });
    expect((await receiver.waitFor((e) => e.eventType === 'payin-request.update' && e.event.id === partial.id)).event).toMatchObject({ status: 'partial', amountCollected: 30_000 });
    expect((await receiver.waitFor((e) => e.eventType === 'payin-request.update' && e.event.id === full.id)).event).toMatchObject({ status: 'approved', amountCollected: 120_000 });

    const settled = await control('/merchantAccounts/default/settle');
    expect(settled.status).toBe(200);
    const settlement = settled.body;
    // Everything collected and unsettled in the default account, this test's 150.000 COP included.
    expect(settlement.totalAmountCollected).toBe(before.unsettledAmount + 150_000);
    expect(settlement).toMatchObject({ merchantAccountId: 'default', totalFees: 0 });
    expect([11, 13, 16, 18, 20]).toContain(settlement.payinSettlementCycle);
    expect((await receiver.waitFor((e) => e.eventType === 'payin-settlement.update' && e.event.id === settlement.id)).event).toEqual(settlement);
    const after = await account();
    expect(after.unsettledAmount).toBe(0);
    expect(after.availableBalance).toBe(before.availableBalance! + settlement.totalAmountCollected);

    expect(await client.payinSettlements.retrieve('default', settlement.id)).toEqual(settlement);
    const listed = await client.payinSettlements.list('default');
    expect(listed.items.map((s) => s.id)).toContain(settlement.id);
    const elsewhere = await client.GET('/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}', {
      params: { path: { merchantAccountId: 'another-account', payinSettlementId: settlement.id } },
    });
    expect(elsewhere.response.status).toBe(404);
    expect((await control(`/payinRequests/${full.id}/complete`, { outcome: 'cancelled' })).status).toBe(409);
  });

  it('a partial outcome needs partialPayinsEnabled (409) and an amountCollected below the amount (400)', async () => {
    const client = palomma();
    const customer = await client.customers.create(customerBody(22));
    const source = await client.payinSources.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await control(`/payinSources/${source.id}/authorize`, { outcome: 'active' });
    const request = await client.payinRequests.create({ payinSourceId: source.id, amount: 50_000 });
    const refused = await control(`/payinRequests/${request.id}/complete`, { outcome: 'partial' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/partialPayinsEnabled/);
    const tooMuch = await control(`/payinRequests/${request.id}/complete`, { outcome: 'partial', amountCollected: 60_000 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.message).toMatch(/^amountCollected: must be a number more than 0 and less than the amount \(50000\)/);
  });

  it('lists every kind of object, filtered by its query parameters', async () => {
    const client = palomma();
    const customer = await client.customers.create({ ...customerBody(23), reference: 'only-me-23' });
    // One of each kind of its own, whichever tests ran before.
    await client.payinLinks.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 5_000, type: 'general', availableTypes: ['pse'] });
    const source = await client.payinSources.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/d', type: 'bankAccount', bankAccount: bankAccount() });
    await server.control.authorizePayinSource(source.id, { outcome: 'active' });
    await client.payinRequests.create({ payinSourceId: source.id, amount: 5_000 });
    const target = await client.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await server.control.authorizePayoutTarget(target.id, { outcome: 'active' });
    await client.payoutRequests.create({ payoutTargetId: target.id, amount: 5_000 });
    const byReference = await client.customers.list({ reference: 'only-me-23' });
    expect(byReference.items.map((c) => c.id)).toEqual([customer.id]);
    for (const path of ['/customers', '/payinLinks', '/payinSources', '/payinRequests', '/payoutTargets', '/payoutRequests', '/merchantAccounts'] as const) {
      const { response, data } = await client.GET(path, { params: { query: { limit: 1 } } });
      expect(response.status, path).toBe(200);
      expect(data!.items.length, path).toBe(1);
    }
  });
});

describe("the customer's page in Chromium", () => {
  it('Approve activates the target and lands on redirectUrl; Decline asks for a reason and cancels with it', async () => {
    // The merchant's return page, on this machine.
    const merchant = await startHttpServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Back at the merchant</title><p>Thanks</p>'),
    );
    const returns = () => merchant.requests.map((r) => r.url).filter((url) => url !== '/favicon.ico');
    const redirectUrl = `${merchant.url}/payouts/return`;
    try {
      const client = palomma();
      const customer = await client.customers.create(customerBody(7));
      const create = () => client.payoutTargets.create({ customerId: customer.id, redirectUrl, type: 'bankAccount', bankAccount: bankAccount() });
      const approved = await create();
      const declined = await create();
      const tab = await browser.newPage();

      await tab.goto(approved.authUrl);
      await tab.getByRole('button', { name: 'Approve' }).click();
      await tab.waitForURL(redirectUrl, { timeout: 10_000 });
      expect(await tab.title()).toBe('Back at the merchant');
      expect((await receiver.waitFor((e) => e.event.id === approved.id)).event.status).toBe('active');

      await tab.goto(declined.authUrl);
      await tab.getByLabel('Reason to decline').selectOption('AUTHENTICATION_FAILED');
      await tab.getByRole('button', { name: 'Decline' }).click();
      await tab.waitForURL(redirectUrl, { timeout: 10_000 });
      expect(await client.payoutTargets.retrieve(declined.id)).toMatchObject({ status: 'cancelled', statusMessage: 'AUTHENTICATION_FAILED' });
      expect(returns()).toEqual(['/payouts/return', '/payouts/return']);

      // Decided already: the page says so and offers no buttons.
      const again = await tab.goto(approved.authUrl);
      expect(again?.status()).toBe(409);
      expect(await tab.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    } finally {
      await merchant.close();
    }
  });

  it("sandbox.yaml builds into the control API's docs page, the objects it answers with pulled in from openapi.yaml", async () => {
    const built = await docs;
    expect(built.ok, built.output).toBe(true);
    const html = readFileSync(join(scratch, 'sandbox.html'), 'utf8');
    const controlSpec = parse(readFileSync(sandboxSpecPath, 'utf8'));
    for (const item of Object.values<any>(controlSpec.paths)) {
      // Up to an apostrophe, which the page escapes.
      for (const operation of Object.values<any>(item)) if (operation?.summary) expect(html).toContain(operation.summary.split("'")[0]);
    }
    // amountSent is a field of openapi.yaml's PayoutRequest, which completePayoutRequest answers with by $ref.
    expect(html).toContain('amountSent');
    expect(html).toContain('Content-Security-Policy');
  });
});

describe('control API errors', () => {
  it('404 for an unknown id, 409 for a transition the state does not allow, 400 naming the field', async () => {
    const { target, payout } = await payoutFlow(4);
    // Payins another test collected are settled first (200), or there are none (409): then none waits.
    expect([200, 409]).toContain((await control('/merchantAccounts/default/settle')).status);
    const cases: [string, unknown, number, RegExp][] = [
      ['/payoutTargets/NOPE/authorize', { outcome: 'active' }, 404, /no payout target has the id "NOPE"/],
      ['/payinSources/NOPE/authorize', { outcome: 'active' }, 404, /no payin source/],
      ['/payinLinks/NOPE/pay', { outcome: 'approved' }, 404, /no payin link/],
      ['/payoutRequests/NOPE/complete', { outcome: 'approved' }, 404, /no payout request/],
      ['/payinRequests/NOPE/complete', { outcome: 'approved' }, 404, /no payin request/],
      ['/merchantAccounts/NOPE/settle', undefined, 404, /no merchant account/],
      [`/payoutTargets/${target.id}/authorize`, { outcome: 'cancelled' }, 409, /is active: it can be authorized only before it has a status$/],
      [`/payoutRequests/${payout.id}/complete`, { outcome: 'cancelled' }, 409, /is approved: it can be completed only while processing/],
      ['/merchantAccounts/default/settle', undefined, 409, /no collected payins/],
      [`/payoutRequests/${payout.id}/complete`, { outcome: 'lost' }, 400, /^outcome: must be one of "approved", "cancelled"/],
      [`/payoutRequests/${payout.id}/complete`, { outcome: 'approved', statusMessage: 'ERROR' }, 400, /^statusMessage: only a cancelled outcome/],
      [`/payoutTargets/${target.id}/authorize`, { outcome: 'cancelled', statusMessage: 'NOT_A_REASON' }, 400, /^statusMessage: must be one of/],
      [`/payoutTargets/${target.id}/authorize`, { outcome: 'active', colour: 'red' }, 400, /^colour: is not a known field/],
      [`/payoutTargets/${target.id}/authorize`, [1], 400, /^body: must be a JSON object/],
      ['/nowhere', undefined, 404, /no path \/nowhere \(GET \/ lists its endpoints\)/],
    ];
    const got = [];
    for (const [path, body, status, pattern] of cases) {
      const answer = await control(path, body);
      got.push([path, answer.status, answer.body.message]);
      expect(answer.status, path).toBe(status);
      expect(answer.body.message, path).toMatch(pattern);
    }
    const wrongMethod = await fetch(`${server.controlUrl}/reset`);
    expect(wrongMethod.status).toBe(405);
    // The same control API as methods over HTTP.
    await expect(server.control.completePayoutRequest('NOPE', { outcome: 'approved' })).rejects.toMatchObject({ name: 'SandboxControlError', status: 404 });
    await expect(server.control.settleMerchantAccount('default')).rejects.toMatchObject({ status: 409 });
  });
});

describe('webhook redelivery', () => {
  it('retries a refused delivery with the same webhookId and timestamp until the receiver takes it', async () => {
    const client = palomma();
    const customer = await client.customers.create(customerBody(5));
    const target = await client.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    receiver.failNext(2);
    const before = receiver.attempts();
    await control(`/payoutTargets/${target.id}/authorize`, { outcome: 'cancelled', statusMessage: 'DECLINED_BY_BANK' });
    const event = await receiver.waitFor((e) => e.event.id === target.id);
    expect(event.event).toMatchObject({ status: 'cancelled', statusMessage: 'DECLINED_BY_BANK' });
    expect(receiver.attempts() - before).toBe(3);
    const deliveries = (await (await fetch(`${server.controlUrl}/webhookDeliveries`)).json()).items;
    const delivery = deliveries.find((d: any) => d.eventId === target.id);
    expect(delivery).toMatchObject({ webhookId: event.webhookId, timestamp: event.timestamp, state: 'delivered', url: receiver.url });
    expect(delivery.attempts.map((a: any) => a.status)).toEqual([503, 503, 200]);
  });

  it('gives up after the last retry and says so', async () => {
    const client = palomma();
    const customer = await client.customers.create(customerBody(6));
    const target = await client.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    receiver.failNext(3);
    await control(`/payoutTargets/${target.id}/authorize`, { outcome: 'active' });
    const deadline = Date.now() + 5_000;
    let delivery: any;
    while (Date.now() < deadline && delivery?.state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      delivery = (await (await fetch(`${server.controlUrl}/webhookDeliveries`)).json()).items.find((d: any) => d.eventId === target.id);
    }
    expect(delivery.state).toBe('failed');
    expect(delivery.attempts).toHaveLength(3);
    expect(receiver.received.some((e) => e.event.id === target.id)).toBe(false);
  });
});

describe('load', () => {
  it('runs 50 payout flows at once through Prism with no violation', async () => {
    const before = watch.calls();
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => payoutFlow(100 + i)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(watch.calls() - before).toBe(50 * 4);
    expect(watch.violations).toEqual([]);
  }, 30_000);
});
