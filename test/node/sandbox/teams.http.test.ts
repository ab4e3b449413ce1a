// The sandbox for teams and CI over HTTP, behind `prism proxy openapi.yaml <sandbox> --errors`: labelled tokens
// kept apart, a clock moved by a plain JSON control call picking the merchant by its Bearer header, faults as
// Prism passes them on (a 429 with Retry-After, and the client's retry of it), redelivery, and palomma trigger
// for each of the six webhook types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaServerError } from '../../../src/client/index.js';
import { trigger, triggerEventTypes } from '../../../src/node/cli/trigger.js';
import { startSandboxServer, type SandboxServer } from '../../../src/node/sandbox/index.js';
import { bankAccount, customerBody, integrityKey, pastNextCycle, startReceiver } from '../../helpers/sandbox.js';

const base = 'sandbox-teams-test-token';
let server: SandboxServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const violations: string[] = [];

/** A client for one labelled token; any sl-violations header on its calls is kept. */
const client = (label: string, maxRetries = 0) =>
  createPalommaClient({
    token: `${base}.${label}`,
    baseUrl: server.url,
    maxRetries,
    validateResponses: 'throw',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const header = response.headers.get('sl-violations');
      if (header) violations.push(header);
      return response;
    },
  });
const control = async (label: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.controlUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${base}.${label}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startSandboxServer({ port: 0, controlPort: 0, token: base, integrityKey, webhookUrls: [receiver.url], retryDelays: [40, 80] });
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('labelled tokens over HTTP', () => {
  it('see nothing of each other through Prism: lists are their own, lookups 404, control calls 404', async () => {
    const one = client('http-1');
    const two = client('http-2');
    const customer = await one.customers.create(customerBody(1));
    expect((await one.customers.list()).items.map((c) => c.id)).toEqual([customer.id]);
    expect((await two.customers.list()).items).toEqual([]);
    expect((await two.GET('/customers/{customerId}', { params: { path: { customerId: customer.id! } } })).response.status).toBe(404);
    const target = await one.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    expect((await control('http-2', 'POST', `/payoutTargets/${target.id}/authorize`, { outcome: 'active' })).status).toBe(404);
    expect((await control('http-1', 'POST', `/payoutTargets/${target.id}/authorize`, { outcome: 'active' })).status).toBe(200);
    const stranger = await fetch(`${server.controlUrl}/clock`, { headers: { authorization: 'Bearer not-this-sandbox' } });
    expect(stranger.status).toBe(401);
    expect(violations).toEqual([]);
  });
});

describe('the clock over HTTP', () => {
  it("POST /clock/advance two days cancels the merchant's link EXPIRED with a webhook, and leaves another merchant's clock", async () => {
    const palomma = client('http-clock');
    const customer = await palomma.customers.create(customerBody(2));
    const link = await palomma.payinLinks.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/p', amount: 75_000, type: 'general', availableTypes: ['pse'] });
    const before = (await control('http-other', 'GET', '/clock')).body.now as string;
    const advanced = await control('http-clock', 'POST', '/clock/advance', { seconds: 172_800 });
    expect(advanced.status).toBe(200);
    expect(Date.parse(advanced.body.now) - Date.parse(before)).toBeGreaterThanOrEqual(172_800_000);
    const event = await receiver.waitFor((e) => e.event.id === link.id);
    expect(event.event).toMatchObject({ status: 'cancelled', statusMessage: 'EXPIRED' });
    expect(await palomma.payinLinks.retrieve(link.id!)).toMatchObject({ status: 'cancelled', statusMessage: 'EXPIRED' });
    expect(Date.parse((await control('http-other', 'GET', '/clock')).body.now) - Date.parse(before)).toBeLessThan(60_000);
    expect(violations).toEqual([]);
  });
});

describe('faults through Prism', () => {
  it('a 500, then a 429 with Retry-After (a warning from Prism, not an error), then a normal answer; the client retries a 429', async () => {
    const palomma = client('http-faults');
    expect((await control('http-faults', 'POST', '/faults', { operationId: 'createCustomer', status: 500 })).status).toBe(200);
    expect((await control('http-faults', 'POST', '/faults', { operationId: 'createCustomer', status: 429, retryAfter: 1 })).status).toBe(200);
    await expect(palomma.customers.create(customerBody(3))).rejects.toBeInstanceOf(PalommaServerError);
    const limited = await fetch(`${server.url}/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${base}.http-faults`, 'content-type': 'application/json' },
      body: JSON.stringify(customerBody(3)),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({ message: expect.stringMatching(/because of a fault asked for with POST \/faults/) });
    const warnings = JSON.parse(limited.headers.get('sl-violations')!);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'Warning', message: expect.stringMatching(/^Unable to match the returned status code/) })]);
    expect((await palomma.customers.list()).items).toEqual([]);
    const created = await palomma.customers.create(customerBody(3));
    expect((await palomma.customers.list()).items.map((c) => c.id)).toEqual([created.id]);

    await control('http-faults', 'POST', '/faults', { operationId: 'createCustomer', status: 429, retryAfter: 0 });
    const retrying = client('http-faults', 1);
    expect((await retrying.customers.create(customerBody(4))).documentNumber).toBe(customerBody(4).documentNumber);
    expect((await control('http-faults', 'GET', '/faults')).body).toEqual({ items: [] });
    // The 429s' warnings went to the raw fetch and the retrying client; the other calls had none.
    expect(violations.every((v) => v.includes('Unable to match the returned status code'))).toBe(true);
    violations.length = 0;
  });
});

describe('redelivery over HTTP', () => {
  it('the receiver gets the same webhookId and timestamp again, signed', async () => {
    const palomma = client('http-redeliver');
    const customer = await palomma.customers.create(customerBody(5));
    const target = await palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await control('http-redeliver', 'POST', `/payoutTargets/${target.id}/authorize`, { outcome: 'active' });
    const first = await receiver.waitFor((e) => e.event.id === target.id);
    const again = await control('http-redeliver', 'POST', `/webhookDeliveries/${first.webhookId}/redeliver`);
    expect(again.status).toBe(200);
    expect(again.body.items).toEqual([expect.objectContaining({ webhookId: first.webhookId, state: 'delivered' })]);
    const copies = receiver.received.filter((e) => e.webhookId === first.webhookId);
    expect(copies).toHaveLength(2);
    expect(copies[1]).toEqual(copies[0]);
    expect(receiver.rejected).toEqual([]);
    expect((await control('http-other', 'POST', `/webhookDeliveries/${first.webhookId}/redeliver`)).status).toBe(404);
  });
});

describe('palomma trigger', () => {
  // Just past a settlement cycle, so the trigger's own settle finds the payin it collected.
  beforeAll(async () => {
    const trigger = server.merchant(`${base}.trigger`).control;
    await trigger.advanceClock({ to: pastNextCycle((await trigger.clock()).now) });
  });

  it.each(triggerEventTypes)('%s: the receiver gets a real, signed delivery', async (eventType) => {
    const lines: string[] = [];
    const deliveries = await trigger({ eventType, url: server.url, controlUrl: server.controlUrl, token: `${base}.trigger`, log: (line) => lines.push(line) });
    expect(deliveries).toEqual([expect.objectContaining({ eventType, state: 'delivered', url: receiver.url })]);
    const event = await receiver.waitFor((e) => e.webhookId === deliveries[0]!.webhookId);
    expect(event.eventType).toBe(eventType);
    expect(lines.length).toBeGreaterThan(0);
    expect(receiver.rejected).toEqual([]);
  });

  it('--outcome cancelled ends the object cancelled', async () => {
    const [delivery] = await trigger({ eventType: 'payout-request.update', url: server.url, controlUrl: server.controlUrl, token: `${base}.trigger`, outcome: 'cancelled' });
    const event = await receiver.waitFor((e) => e.webhookId === delivery!.webhookId);
    expect(event.event).toMatchObject({ status: 'cancelled', amountSent: 0 });
  });
});
