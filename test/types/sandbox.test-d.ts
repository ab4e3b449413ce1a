import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import {
  createSandbox,
  startSandboxServer,
  type Sandbox,
  type SandboxClock,
  type SandboxFault,
  type SandboxMerchantState,
  type SandboxServer,
  type WebhookDelivery,
} from '../../src/node/sandbox/index.js';

describe('sandbox types', () => {
  it('createSandbox gives a fetch the client takes, and typed control calls', () => {
    const sandbox = createSandbox({ autoAdvance: 0, webhookUrls: ['http://127.0.0.1:3000/hook'] });
    expectTypeOf(sandbox).toEqualTypeOf<Sandbox>();
    createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch });
    expectTypeOf(sandbox.control.webhookDeliveries).returns.resolves.toEqualTypeOf<WebhookDelivery[]>();
    sandbox.control.authorizePayoutTarget('id', { outcome: 'active' });
    sandbox.control.completePayinRequest('id', { outcome: 'partial', amountCollected: 40_000 });
    // @ts-expect-error a payout target is authorised (active) or refused (cancelled), never approved
    sandbox.control.authorizePayoutTarget('id', { outcome: 'approved' });
    // @ts-expect-error only a payin request can end partial
    sandbox.control.completePayoutRequest('id', { outcome: 'partial' });
    // @ts-expect-error auto-advance is a number of milliseconds or 'off'
    createSandbox({ autoAdvance: 'soon' });
    // @ts-expect-error webhook URLs are a list
    createSandbox({ webhookUrls: 'http://127.0.0.1:3000/hook' });
  });

  it('a merchant per token, its clock, faults, redelivery and state are typed', async () => {
    const sandbox = createSandbox({ stateFile: 'sandbox-state.json', maxMerchants: 10 });
    const worker = sandbox.merchant(`${sandbox.token}.worker-1`);
    expectTypeOf(worker.token).toEqualTypeOf<string>();
    expectTypeOf(worker.control.advanceClock).returns.resolves.toEqualTypeOf<SandboxClock>();
    worker.control.advanceClock({ seconds: 172_800 });
    worker.control.advanceClock({ to: '2025-03-01T13:00:01Z' });
    // @ts-expect-error the clock moves by seconds or to a moment, not by minutes
    worker.control.advanceClock({ minutes: 5 });
    // @ts-expect-error a date-time is a string
    worker.control.advanceClock({ to: new Date() });
    expectTypeOf(worker.control.addFault).returns.resolves.toEqualTypeOf<SandboxFault>();
    worker.control.addFault({ operationId: 'createCustomer', status: 429, retryAfter: 1, times: 2 });
    // @ts-expect-error a fault names its operation
    worker.control.addFault({ status: 500 });
    // @ts-expect-error a status is a number
    worker.control.addFault({ operationId: 'createCustomer', status: '500' });
    expectTypeOf(worker.control.redeliverWebhook).returns.resolves.toEqualTypeOf<WebhookDelivery[]>();
    const state = await worker.control.exportState();
    expectTypeOf(state).toEqualTypeOf<SandboxMerchantState>();
    worker.control.importState(state);
    // @ts-expect-error a state is the document exportState gives, not a list of objects
    worker.control.importState([{ id: 'x' }]);
    // @ts-expect-error the state file is a path
    createSandbox({ stateFile: true });
  });

  it('startSandboxServer resolves to the URLs, the control methods and close', () => {
    expectTypeOf(startSandboxServer).returns.resolves.toEqualTypeOf<SandboxServer>();
    expectTypeOf<SandboxServer['url']>().toEqualTypeOf<string>();
    expectTypeOf<SandboxServer['close']>().returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<ReturnType<SandboxServer['merchant']>['control']['clock']>().returns.resolves.toEqualTypeOf<SandboxClock>();
    // @ts-expect-error ports are numbers
    startSandboxServer({ port: '4020' });
  });
});
