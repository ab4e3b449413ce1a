// createSandbox(): the same state machine with no port, every answer checked by the spec's generated validators.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPalommaClient } from '../../../src/client/index.js';
import { accountScenarios, amountScenarios, createSandbox, SandboxControlError, type Sandbox } from '../../../src/node/sandbox/index.js';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import { bankAccount, checkedControl, controlAnswerProblems, controlAnswers, customerBody, integrityKey, pastNextCycle, type Received } from '../../helpers/sandbox.js';
import { scratchDir, withLocalImports } from '../../helpers/snippets.js';
import { spec } from '../../helpers/spec.js';

const controlSpec = parse(readFileSync(join(process.cwd(), 'sandbox.yaml'), 'utf8'));

// Every answer is checked: the API's by the sandbox itself (a violation becomes a 500 and is kept) and by the
// client (validateResponses 'throw'), the control API's objects by their openapi.yaml schemas, the webhooks by
// verifyWebhook (validateEvent 'throw').
const open: { sandbox: Sandbox; controlProblems: string[] }[] = [];
afterEach(() => {
  for (const { sandbox, controlProblems } of open.splice(0)) {
    expect(sandbox.violations).toEqual([]);
    expect(controlProblems).toEqual([]);
    sandbox.close();
  }
});

/** A sandbox whose webhooks go straight to a verifyWebhook receiver in this process. */
function inProcess(options: Parameters<typeof createSandbox>[0] = {}) {
  const received: Received[] = [];
  let arrivals = 0;
  const sandbox = createSandbox({
    integrityKey,
    webhookUrls: ['http://receiver.test/webhooks'],
    webhookFetch: async (_url, init) => {
      // Kept in the order the deliveries arrive, not the order their verifications happen to finish (two run at
      // once, and under load the second can finish first).
      const slot = arrivals++;
      const event = await verifyWebhook({ headers: init.headers as Record<string, string>, integrityKey, validateEvent: 'throw' });
      received[slot] = event as unknown as Received;
      return new Response('ok');
    },
    ...options,
  });
  const controlProblems: string[] = [];
  const checked: Sandbox = { ...sandbox, control: checkedControl(sandbox.control, controlProblems) };
  open.push({ sandbox: checked, controlProblems });
  const palomma = createPalommaClient({ token: checked.token, fetch: checked.fetch, validateResponses: 'throw', maxRetries: 0 });
  return { sandbox: checked, palomma, received };
}

describe('createSandbox', () => {
  it('checks every control answer that is an API object: the five decisions and a settlement', async () => {
    const problems: string[] = [];
    await checkedControl({ authorizePayoutTarget: async () => ({ status: 'active' }) }, problems).authorizePayoutTarget();
    expect(problems).toContainEqual(expect.stringMatching(/^authorizePayoutTarget → PayoutTarget: must have required property 'id'/));
    // The same check for answers over HTTP, by path.
    expect(controlAnswerProblems('POST', '/payinRequests/X/complete', 200, { message: 'done' })).not.toEqual([]);
    expect(controlAnswerProblems('POST', '/payinRequests/X/complete', 409, { message: 'done' })).toEqual([]);
    expect([...controlAnswers.entries()].sort()).toEqual([
      ['authorizePayinSource', 'PayinSource'],
      ['authorizePayoutTarget', 'PayoutTarget'],
      ['completePayinRequest', 'PayinRequest'],
      ['completePayoutRequest', 'PayoutRequest'],
      ['payPayinLink', 'PayinLink'],
      ['settleMerchantAccount', 'PayinSettlement'],
    ]);
  });

  it('runs the payout flow with the client, in process, with verified webhooks', async () => {
    const { sandbox, palomma, received } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    const target = await palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayoutTarget(target.id, { outcome: 'active' });
    const payout = await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 250_000 });
    await sandbox.control.completePayoutRequest(payout.id, { outcome: 'cancelled', statusMessage: 'DECLINED_BY_BANK' });
    await sandbox.control.webhooksSettled();
    expect(received.map((e) => [e.eventType, e.event.status, e.event.statusMessage])).toEqual([
      ['payout-target.update', 'active', undefined],
      ['payout-request.update', 'cancelled', 'DECLINED_BY_BANK'],
    ]);
    // A cancelled payout sent nothing.
    expect((await palomma.payoutRequests.retrieve(payout.id)).amountSent).toBe(0);
    const deliveries = await sandbox.control.webhookDeliveries();
    expect(deliveries.map((d) => d.state)).toEqual(['delivered', 'delivered']);
  });

  it('lists the webhook deliveries of one object and one event type, and refuses any other filter', async () => {
    const { sandbox, palomma } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    const target = await palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayoutTarget(target.id!, { outcome: 'active' });
    const payout = await palomma.payoutRequests.create({ payoutTargetId: target.id!, amount: 250_000 });
    await sandbox.control.completePayoutRequest(payout.id!, { outcome: 'approved' });
    await sandbox.control.webhooksSettled();
    const list = async (query: string) => {
      const response = await sandbox.control.fetch(`http://sandbox.palomma.invalid/webhookDeliveries${query}`);
      return { status: response.status, body: await response.json() };
    };
    const pick = (items: { eventType: string; eventId: string; state: string }[]) => items.map((d) => [d.eventType, d.eventId, d.state]);
    expect(pick((await list(`?eventId=${target.id}`)).body.items)).toEqual([['payout-target.update', target.id, 'delivered']]);
    expect(pick((await list('?eventType=payout-request.update')).body.items)).toEqual([['payout-request.update', payout.id, 'delivered']]);
    expect((await list(`?eventId=${target.id}&eventType=payout-request.update`)).body.items).toEqual([]);
    expect((await list('')).body.items).toHaveLength(2);
    expect(await list('?status=delivered')).toEqual({ status: 400, body: { message: 'status: is not a filter of webhookDeliveries (allowed: eventId, eventType)' } });
  });

  it('runs the one-time and the recurring payin flows in process, through settlement', async () => {
    const { sandbox, palomma, received } = inProcess();
    // Just past a settlement cycle: none settles these payins on its own before the test does.
    await sandbox.control.advanceClock({ to: pastNextCycle((await sandbox.control.clock()).now) });
    const customer = await palomma.customers.create(customerBody());
    const link = await palomma.payinLinks.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 50_000, type: 'general', availableTypes: ['pse'] });
    await sandbox.control.payPayinLink(link.id, { outcome: 'approved' });
    const source = await palomma.payinSources.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/d', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayinSource(source.id, { outcome: 'active' });
    const debit = await palomma.payinRequests.create({ payinSourceId: source.id, amount: 20_000 });
    await sandbox.control.completePayinRequest(debit.id, { outcome: 'approved' });
    const declined = await palomma.payinRequests.create({ payinSourceId: source.id, amount: 30_000 });
    await sandbox.control.completePayinRequest(declined.id, { outcome: 'cancelled', statusMessage: 'NOT_ENOUGH_FUNDS' });
    const settlement = await sandbox.control.settleMerchantAccount('default');
    expect(settlement).toMatchObject({ totalAmountCollected: 70_000, numberOfPayins: 2, merchantAccountId: 'default' });
    expect(await palomma.merchantAccounts.retrieve('default')).toMatchObject({ unsettledAmount: 0, availableBalance: 100_000_000 + 70_000, type: 'aggregator' });
    await sandbox.control.webhooksSettled();
    expect(received.map((e) => `${e.eventType} ${e.event.status ?? e.event.totalAmountCollected}`)).toEqual([
      'payin-link.update approved',
      'payin-source.update active',
      'payin-request.update approved',
      'payin-request.update cancelled',
      'payin-settlement.update 70000',
    ]);
  });

  it("keeps what is the sandbox's to set, and refuses a payin link expiration out of Palomma's range", async () => {
    const { sandbox } = inProcess();
    const post = (path: string, body: unknown) =>
      sandbox.fetch(`https://sandbox.api.palomma.com/v0${path}`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.token}` }, body: JSON.stringify(body) });
    const customer = (await (await post('/customers', { ...customerBody(), id: 'MINE', createdAt: '2000-01-01T00:00:00Z' })).json()) as Record<string, string>;
    expect(customer.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(customer.createdAt).not.toBe('2000-01-01T00:00:00Z');
    const link = { customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 5_000, type: 'general', availableTypes: ['pse'] };
    const past = await post('/payinLinks', { ...link, expiration: '2020-01-01T00:00:00' });
    expect(past.status).toBe(400);
    expect(((await past.json()) as { message: string }).message).toMatch(/^expiration: must be from today to the end of the seventh day/);
    const soon = new Date(Date.now() + 86_400_000).toISOString().slice(0, 19);
    expect((await post('/payinLinks', { ...link, expiration: soon })).status).toBe(200);
  });

  it('cancels a payin link left unpaid past its expiration with EXPIRED, and says so by webhook', async () => {
    const { sandbox, palomma, received } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    const link = await palomma.payinLinks.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 9_000, type: 'general', availableTypes: ['card'] });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 3 * 86_400_000); // past the default expiration, the end of tomorrow
      expect(await palomma.payinLinks.retrieve(link.id)).toMatchObject({ status: 'cancelled', statusMessage: 'EXPIRED' });
    } finally {
      vi.useRealTimers();
    }
    await expect(sandbox.control.payPayinLink(link.id, { outcome: 'approved' })).rejects.toMatchObject({ status: 409 });
    await sandbox.control.webhooksSettled();
    expect(received.map((e) => `${e.eventType} ${e.event.statusMessage}`)).toEqual(['payin-link.update EXPIRED']);
  });

  it('throws SandboxControlError with the status for refused control calls', async () => {
    const { sandbox } = inProcess();
    const error = await sandbox.control.completePayoutRequest('NOPE', { outcome: 'approved' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxControlError);
    expect(error).toMatchObject({ status: 404, message: 'no payout request has the id "NOPE"' });
  });

  it('refuses a decision its state does not allow with a 409 naming states the object really has', async () => {
    const { sandbox, palomma } = inProcess();
    const statuses = (schema: string) => (spec.components.schemas[schema] as { enum: string[] }).enum;
    const customer = await palomma.customers.create(customerBody());
    const target = await palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayoutTarget(target.id, { outcome: 'active' });
    const link = await palomma.payinLinks.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 5_000, type: 'general', availableTypes: ['pse'] });
    await sandbox.control.payPayinLink(link.id, { outcome: 'approved' });
    const refused = (call: Promise<unknown>) => call.then(() => expect.unreachable('expected a 409'), (error: SandboxControlError) => error);
    const refusals = await Promise.all([
      refused(sandbox.control.authorizePayoutTarget(target.id, { outcome: 'cancelled' })),
      refused(sandbox.control.payPayinLink(link.id, { outcome: 'cancelled' })),
    ]);
    expect(refusals.map((e) => [e?.status, e?.message])).toEqual([
      // A payout target waits without a status: Palomma lists only active and cancelled for it.
      [409, `the payout target ${target.id} is active: it can be authorized only before it has a status`],
      [409, `the payin link ${link.id} is approved: it can be paid only while pending or processing`],
    ]);
    expect(statuses('PayoutTargetStatus')).not.toContain('pending');
    for (const state of ['pending', 'processing']) expect(statuses('PayinLinkStatus')).toContain(state);
  });

  it('answers GET / on the control API with every endpoint of sandbox.yaml and a link to it', async () => {
    const { sandbox } = inProcess();
    const answer = await sandbox.control.fetch('http://sandbox.palomma.invalid/');
    expect(answer.status).toBe(200);
    const index = (await answer.json()) as { docs: string; endpoints: { method: string; path: string; summary: string }[] };
    const described = Object.entries<Record<string, { summary: string }>>(controlSpec.paths).flatMap(([path, item]) =>
      Object.entries(item).filter(([method]) => method !== 'parameters').map(([method, operation]) => ({ method: method.toUpperCase(), path, summary: operation.summary })),
    );
    expect(index.endpoints).toEqual(described);
    expect(index.docs).toBe(pathToFileURL(join(process.cwd(), 'sandbox.yaml')).href);
    const lost = await sandbox.control.fetch('http://sandbox.palomma.invalid/nowhere');
    expect(await lost.json()).toEqual({ message: 'the control API has no path /nowhere (GET / lists its endpoints)' });
  });

  it('serves the customer page: Decline with a reason cancels the target and redirects to redirectUrl', async () => {
    const { sandbox, palomma } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    const target = await palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/back', type: 'bankAccount', bankAccount: bankAccount() });
    const page = await sandbox.control.fetch(target.authUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('>Approve</button>');
    expect(html).toContain('>Decline</button>');
    // The form carries the page's own token; a decision without it is refused.
    const token = /name="token" value="([^"]+)"/.exec(html)![1]!;
    const chosen = await sandbox.control.fetch(target.authUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `choice=decline&statusMessage=AUTHENTICATION_FAILED&token=${encodeURIComponent(token)}`,
    });
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('https://merchant.example.com/back');
    expect(await palomma.payoutTargets.retrieve(target.id)).toMatchObject({ status: 'cancelled', statusMessage: 'AUTHENTICATION_FAILED' });
    expect((await sandbox.control.fetch(target.authUrl)).status).toBe(409);
  });

  it('reset empties it', async () => {
    const { sandbox, palomma } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    await sandbox.control.reset();
    const { response } = await palomma.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: customer.id } } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await sandbox.control.webhookDeliveries()).toEqual([]);
  });
});

describe('auto-advance and scenario values', () => {
  it('ends each object as its scenario value says, the happy path otherwise', async () => {
    const { sandbox, palomma, received } = inProcess({ autoAdvance: 0 });
    const customer = await palomma.customers.create(customerBody());
    const target = (accountNumber: string) =>
      palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount(accountNumber) });
    const good = await target('4563789012');
    const invalid = await target('4563780013');
    await new Promise((r) => setTimeout(r, 5));
    expect(await palomma.payoutTargets.retrieve(good.id)).toMatchObject({ status: 'active' });
    expect(await palomma.payoutTargets.retrieve(invalid.id)).toMatchObject({ status: 'cancelled', statusMessage: 'INVALID_ACCOUNT' });
    const paid = await palomma.payoutRequests.create({ payoutTargetId: good.id, amount: 250_000 });
    const declined = await palomma.payoutRequests.create({ payoutTargetId: good.id, amount: 250_014 });
    await new Promise((r) => setTimeout(r, 5));
    expect(await palomma.payoutRequests.retrieve(paid.id)).toMatchObject({ status: 'approved', amountSent: 250_000 });
    expect(await palomma.payoutRequests.retrieve(declined.id)).toMatchObject({ status: 'cancelled', statusMessage: 'DECLINED_BY_BANK', amountSent: 0 });
    await sandbox.control.webhooksSettled();
    expect(received).toHaveLength(4);
  });

  it('are listed in the README and in sandbox.yaml', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const controlSpec = readFileSync(join(process.cwd(), 'sandbox.yaml'), 'utf8');
    for (const row of [...accountScenarios, ...amountScenarios]) {
      const outcome = row.statusMessage ? `\`${row.status}\`, \`${row.statusMessage}\`` : `\`${row.status}\``;
      for (const [name, text] of [['README.md', readme], ['sandbox.yaml', controlSpec]] as const) {
        expect(text, `${name}: ${row.endsWith}`).toMatch(new RegExp(`\\| \`${row.endsWith}\` \\| ${outcome.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
  });
});

describe('answers outside the spec', () => {
  it('become a 500 and are kept in violations (here: a status the operation does not declare)', async () => {
    // The same spec with the 404 and 400 answers of retrieving a payout target taken away: an unknown id
    // then gets the sandbox's fallback, a 400, which this operation no longer declares.
    const narrowed = structuredClone(spec);
    delete narrowed.paths['/payoutTargets/{payoutTargetId}'].get.responses['404'];
    delete narrowed.paths['/payoutTargets/{payoutTargetId}'].get.responses['400'];
    const sandbox = createSandbox({ spec: narrowed });
    try {
      const response = await sandbox.fetch('https://sandbox.api.palomma.com/v0/payoutTargets/NOPE', { headers: { authorization: `Bearer ${sandbox.token}` } });
      expect(response.status).toBe(500);
      expect(response.headers.get('sl-violations')).toMatch(/status 400 is not one the spec declares/);
      expect(sandbox.violations).toEqual([expect.objectContaining({ status: 400 })]);
    } finally {
      sandbox.close();
    }
  });
});

describe("the README's paging loop", () => {
  it('runs as written against the sandbox and sees every processing payout request once, across pages', async () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const loop = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => block.startsWith('for await (const payout'));
    expect(loop, 'the for await block in the README').toBeDefined();
    const { sandbox, palomma } = inProcess();
    const customer = await palomma.customers.create(customerBody());
    const target = await palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayoutTarget(target.id, { outcome: 'active' });
    const created: string[] = [];
    for (let i = 0; i < 120; i++) created.push((await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 2_000 + i })).id);
    await sandbox.control.completePayoutRequest(created[0]!, { outcome: 'approved' });
    const logged: string[] = [];
    const console = { log: (id: string, amount: number) => logged.push(`${id} ${amount}`) };
    // The block as written, with `palomma` and `console` from here: 120 payouts are three pages of 50.
    await new Function('palomma', 'console', `return (async () => { ${loop} })();`)(palomma, console);
    expect(logged).toHaveLength(119);
    expect(new Set(logged).size).toBe(119);
    expect(logged).not.toContain(`${created[0]} 2000`);
  });
});

describe("the README's in-process example", () => {
  it('runs as written and sees both webhooks', async () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const code = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => block.includes('createSandbox('));
    expect(code, 'a ```ts block with createSandbox in the README').toBeDefined();
    const scratch = scratchDir('sandbox-example');
    const logged: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      writeFileSync(join(scratch.dir, 'sandbox-example.ts'), `${withLocalImports(code!, scratch.dir)}\nexport {};\n`);
      await import(pathToFileURL(join(scratch.dir, 'sandbox-example.ts')).href);
    } finally {
      console.log = original;
      scratch.remove();
    }
    expect(logged).toEqual([expect.stringMatching(/^payout-target\.update \w{26}$/), expect.stringMatching(/^payout-request\.update \w{26}$/)]);
  });
});
