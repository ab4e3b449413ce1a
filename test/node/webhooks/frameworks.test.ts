// The framework examples (examples/webhooks/) as their README section mounts them: Express 5, Fastify 5, Hono 4 on
// @hono/node-server, and the Next.js App Router route handler. Each receives a delivery from `palomma webhook send`
// and from the sandbox, refuses a forged one, and (where a body parser is in play) leaves the app's other routes
// their parsed JSON.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NextRequest } from 'next/server.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as expressExample from '../../../examples/webhooks/express.js';
import * as fastifyExample from '../../../examples/webhooks/fastify.js';
import * as honoExample from '../../../examples/webhooks/hono.js';
import { ledger } from '../../../examples/webhooks/events.js';
import { POST } from '../../../examples/webhooks/next-route.js';
import { toNodeListener } from '../../../src/node/webhooks/node-listener.js';
import { createPalommaClient } from '../../../src/client/index.js';
import { createSandbox, type Sandbox } from '../../../src/node/sandbox/index.js';
import { signWebhook } from '../../../src/webhooks/index.js';
import { bankAccount, customerBody } from '../../helpers/sandbox.js';
import { exampleEnvelope, integrityKey } from '../../helpers/webhooks.js';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin/palomma.mjs');
const apps: Record<string, { base: string; close: () => Promise<unknown> }> = {};
// Each framework gets a different event from `palomma webhook send`, so the ledger tells their deliveries apart.
const sent = { express: 'payout-request.update', fastify: 'payout-target.update', hono: 'payin-link.update', next: 'payin-request.update' } as const;
const names = Object.keys(sent) as (keyof typeof sent)[];
const baseOf = (server: Server | { address(): unknown }) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  process.env.PALOMMA_INTEGRITY_KEY = integrityKey; // read by the Next route on its first delivery
  const express = await expressExample.start({ integrityKey, port: 0 });
  apps.express = { base: baseOf(express), close: () => new Promise((resolve) => express.close(resolve)) };
  const fastify = await fastifyExample.start({ integrityKey, port: 0 });
  apps.fastify = { base: baseOf(fastify.server), close: () => fastify.close() };
  const hono = await honoExample.start({ integrityKey, port: 0 });
  apps.hono = { base: baseOf(hono), close: () => new Promise((resolve) => hono.close(resolve)) };
  // Next's own server is not run here (a build takes minutes on this machine); its NextRequest is.
  const next = createServer(toNodeListener((request) => (new URL(request.url).pathname === '/webhooks/palomma' ? POST(new NextRequest(request)) : new Response(null, { status: 404 }))));
  await new Promise<void>((resolve) => next.listen(0, '127.0.0.1', resolve));
  apps.next = { base: baseOf(next), close: () => new Promise((resolve) => (next.closeAllConnections(), next.close(resolve))) };
}, 30_000);

afterAll(async () => {
  delete process.env.PALOMMA_INTEGRITY_KEY;
  await Promise.all(Object.values(apps).map((app) => app.close()));
});

const work = (webhookId: string) => ledger.filter((entry) => entry.webhookId === webhookId).map((entry) => entry.work);

describe.concurrent('webhook receivers in each framework', () => {
  it.each(names)('%s: processes a delivery from `palomma webhook send`', async (name) => {
    const { stdout } = await run(process.execPath, [bin, 'webhook', 'send', '--url', `${apps[name]!.base}/webhooks/palomma`, '--event', sent[name], '--integrity-key', integrityKey]);
    const webhookId = exampleEnvelope(sent[name]).webhookId;
    expect(stdout).toContain(`webhookId ${webhookId}) → ${apps[name]!.base}/webhooks/palomma: 200 OK`);
    expect(work(webhookId)).toHaveLength(1);
  });

  it.each(names)('%s: refuses a forged delivery with 401', async (name) => {
    const envelope = { ...exampleEnvelope('payout-request.update'), webhookId: `forged-${name}` };
    const headers = await signWebhook({ envelope, integrityKey: 'a-guessed-key' });
    const response = await fetch(`${apps[name]!.base}/webhooks/palomma`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    expect(response.status).toBe(401);
    expect(work(envelope.webhookId)).toEqual([]);
  });

  it.each(['express', 'fastify', 'hono'] as const)("%s: the app's other routes still get their JSON parsed", async (name) => {
    const response = await fetch(`${apps[name]!.base}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"order":7}' });
    expect(await response.json()).toEqual({ received: { order: 7 } });
  });
});

describe('webhook receivers in each framework, from the sandbox', () => {
  let sandbox: Sandbox;
  afterAll(() => sandbox?.close());

  it('every framework receives, verifies and processes the sandbox\'s signed delivery once', async () => {
    sandbox = createSandbox({ integrityKey, webhookUrls: names.map((name) => `${apps[name]!.base}/webhooks/palomma`), retryDelays: [] });
    const palomma = createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch, maxRetries: 0 });
    const customer = await palomma.customers.create(customerBody(23));
    const target = await palomma.payoutTargets.create({ customerId: customer.id!, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    await sandbox.control.authorizePayoutTarget(target.id!, { outcome: 'active' });
    await sandbox.control.webhooksSettled();
    const deliveries = await sandbox.control.webhookDeliveries();
    expect(deliveries.map((d) => [d.url, d.state, d.attempts.map((a) => a.status)])).toEqual(
      names.map((name) => [`${apps[name]!.base}/webhooks/palomma`, 'delivered', [200]]),
    );
    // One webhookId, four receivers, each with its own store: each did the work once.
    expect(work(deliveries[0]!.webhookId)).toEqual(Array(4).fill(`payout target ${target.id} is active`));
  });
});
