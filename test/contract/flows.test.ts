// The three flows Palomma documents, against the Prism mock, as a merchant runs them with the generated methods:
// a one-time payin, recurring payins and payouts, each through to the webhook that reports the outcome (signed
// here as Palomma would sign it, and verified). Response validation throws, and Prism must see no violation.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createPalommaClient, type FetchLike } from '../../src/client/index.js';
import { signWebhook, verifyWebhook, type WebhookEvent } from '../../src/webhooks/index.js';
import { withCurrentDates } from '../../src/spec/example-dates.js';
import { spec } from '../helpers/spec.js';

const integrityKey = 'flow-integrity-key';
/** The operation's first request example, its dates judged against today moved to now (a link's expiration). */
const requestExample = (path: string) => {
  const media = spec.paths[path].post.requestBody.content['application/json'];
  return withCurrentDates(spec, media.schema, Object.values<any>(media.examples)[0].value);
};

let calls: { url: string; violations: string | null }[] = [];
afterEach(() => {
  calls = [];
});

function client() {
  const watched: FetchLike = async (input, init) => {
    const response = await fetch(input, init);
    calls.push({ url: new Request(input, init).url, violations: response.headers.get('sl-violations') });
    return response;
  };
  const palomma = createPalommaClient({ token: 'flow-token', baseUrl: inject('prismUrl'), fetch: watched, validateResponses: 'throw' });
  // Prism answers every list call with its first example (a page with a cursor); ask for the last page once a
  // cursor is sent, so paging ends as it would against the API.
  palomma.use({
    onRequest({ request }) {
      if (new URL(request.url).searchParams.has('cursor')) request.headers.set('Prefer', 'example=lastPage');
    },
  });
  return palomma;
}

/** The webhook Palomma would send about `event`, signed, then verified and narrowed as a receiver does. */
async function deliver<Type extends WebhookEvent['eventType']>(eventType: Type, event: unknown) {
  const envelope = { webhookId: '01J6E0WEBH00KF10WTESTDE1V1', timestamp: '2024-10-01T15:42:31Z', eventType, event };
  const headers = await signWebhook({ envelope, integrityKey });
  return verifyWebhook({ headers, integrityKey });
}

const noViolations = () => expect(calls.filter((c) => c.violations !== null)).toEqual([]);

describe('the three flows against Prism, with response validation on', () => {
  it('one-time payin: customer → payin link → the payer pays at paymentUrl → payin-link.update', async () => {
    const palomma = client();
    const customer = await palomma.customers.create(requestExample('/customers'));
    const link = await palomma.payinLinks.create({ ...requestExample('/payinLinks'), customerId: customer.id });
    expect(link.status).toBe('pending');
    expect(link.paymentUrl).toMatch(/^https:\/\//);
    // The payer pays; Palomma reports it, and the merchant can read the link again.
    const paid = await palomma.payinLinks.retrieve(link.id);
    const delivery = await deliver('payin-link.update', paid);
    if (delivery.eventType !== 'payin-link.update') throw new Error(`narrowed to ${delivery.eventType}`);
    expect(delivery.event.status).toBe('approved');
    expect(delivery.event.amountCollected).toBeGreaterThan(0);
    const links = await palomma.payinLinks.list({ customerId: customer.id, limit: 20 }).toArray({ limit: 10 });
    expect(links.length).toBeGreaterThan(0);
    noViolations();
    expect(calls.length).toBe(3 + 2); // create, create, retrieve; the list's two pages
  });

  it('recurring payins: customer → payin source → authorised (active) → payin requests → payin-request.update', async () => {
    const palomma = client();
    const customer = await palomma.customers.create(requestExample('/customers'));
    const source = await palomma.payinSources.create({ ...requestExample('/payinSources'), customerId: customer.id });
    expect(source.status).toBe('pending');
    expect(source.authUrl).toMatch(/^https:\/\//);
    const activated = await deliver('payin-source.update', await palomma.payinSources.retrieve(source.id));
    if (activated.eventType !== 'payin-source.update') throw new Error(`narrowed to ${activated.eventType}`);
    expect(activated.event.status).toBe('active');
    // Steps 1 to 4 happen once; the merchant then debits the active source as often as it needs.
    const created: string[] = [];
    for (const month of ['2024-10', '2024-11']) {
      const request = await palomma.payinRequests.create({ payinSourceId: source.id, amount: 1_850_000, reference: `rent-${month}` });
      expect(request.status).toBe('processing');
      created.push(request.id);
    }
    const settled = await deliver('payin-request.update', await palomma.payinRequests.retrieve(created[0]!));
    if (settled.eventType !== 'payin-request.update') throw new Error(`narrowed to ${settled.eventType}`);
    expect(settled.event.status).toBe('approved');
    const all: string[] = [];
    for await (const request of palomma.payinRequests.list({ limit: 2 })) all.push(request.id);
    expect(all.length).toBe(2);
    // Where the money goes: the merchant account, and its settlements.
    const [account] = await palomma.merchantAccounts.list().toArray({ limit: 1 });
    const settlements = await palomma.payinSettlements.list(account!.id, { limit: 20 }).toArray({ limit: 10 });
    const settlement = await palomma.payinSettlements.retrieve(account!.id, settlements[0]!.id);
    expect([11, 13, 16, 18, 20]).toContain(settlement.payinSettlementCycle);
    noViolations();
  });

  it('payouts: customer → payout target → verified (active) → payout requests → payout-request.update', async () => {
    const palomma = client();
    const customer = await palomma.customers.create(requestExample('/customers'));
    const target = await palomma.payoutTargets.create({ ...requestExample('/payoutTargets'), customerId: customer.id });
    const verified = await deliver('payout-target.update', await palomma.payoutTargets.retrieve(target.id));
    if (verified.eventType !== 'payout-target.update') throw new Error(`narrowed to ${verified.eventType}`);
    expect(verified.event.status).toBe('active');
    const payout = await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 250_000, reference: 'flow-test' });
    expect(payout.status).toBe('processing');
    const sent = await deliver('payout-request.update', await palomma.payoutRequests.retrieve(payout.id));
    if (sent.eventType !== 'payout-request.update') throw new Error(`narrowed to ${sent.eventType}`);
    expect(sent.event.amountSent).toBe(250_000);

    const listing = palomma.payoutRequests.list({ limit: 2 });
    const firstPage = await listing;
    expect(firstPage.cursor).toEqual(expect.any(String));
    const pages: number[] = [];
    for await (const page of listing.pages()) pages.push(page.items.length);
    expect(pages.length).toBe(2);
    noViolations();
    // 5 single calls, and the listing's two pages (await and pages() share the first).
    expect(calls.length).toBe(5 + 2);
  });
});
