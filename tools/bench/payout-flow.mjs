// The sandbox benchmark's payout flow: customer, target, authorise, webhook received, payout, approved webhook received.
import { createServer } from 'node:http';

/** Resolves `waitFor(id, status)` when a verified webhook for that object and status arrives. */
export function webhookWaiters() {
  const arrived = new Set();
  const waiting = new Map();
  return {
    deliver(event) {
      const key = `${event.id}:${event.status}`;
      arrived.add(key);
      waiting.get(key)?.();
      waiting.delete(key);
    },
    waitFor(id, status, ms = 10_000) {
      const key = `${id}:${status}`;
      if (arrived.has(key)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${status} webhook for ${id} within ${ms} ms`)), ms);
        waiting.set(key, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** A loopback receiver that verifies each delivery and hands its event to `waiters`. */
export async function startBenchReceiver({ verifyWebhook, integrityKey, waiters }) {
  let rejected = 0;
  const server = createServer(async (request, response) => {
    for await (const _chunk of request);
    try {
      const { event } = await verifyWebhook({ headers: request.headers, integrityKey, validateEvent: 'throw' });
      waiters.deliver(event);
      response.writeHead(200).end();
    } catch {
      rejected++;
      response.writeHead(401).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/webhooks`, rejected: () => rejected, close: () => new Promise((r) => server.close(r)) };
}

const customer = (n) => ({ name: 'Pepito Perez', documentType: 'cc', documentNumber: String(1037551022 + n), email: 'pepito@gmail.com', phoneNumber: '3013111111' });

/** One payout flow with the client; `control(operation, id, body)` plays the customer and the bank. */
export async function payoutFlow({ palomma, control, waiters }, n) {
  const { id: customerId } = await palomma.customers.create(customer(n));
  const target = await palomma.payoutTargets.create({
    customerId,
    redirectUrl: 'https://merchant.example.com/payouts/return',
    type: 'bankAccount',
    bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
  });
  const active = waiters.waitFor(target.id, 'active');
  await control('authorizePayoutTarget', target.id, { outcome: 'active' });
  await active;
  const payout = await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 250_000 });
  const approved = waiters.waitFor(payout.id, 'approved');
  await control('completePayoutRequest', payout.id, { outcome: 'approved' });
  await approved;
}
