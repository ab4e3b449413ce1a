import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import { createSandbox, startSandboxServer, type Sandbox, type SandboxServer, type WebhookDelivery } from '../../src/node/sandbox/index.js';

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

  it('startSandboxServer resolves to the URLs, the control methods and close', () => {
    expectTypeOf(startSandboxServer).returns.resolves.toEqualTypeOf<SandboxServer>();
    expectTypeOf<SandboxServer['url']>().toEqualTypeOf<string>();
    expectTypeOf<SandboxServer['close']>().returns.toEqualTypeOf<Promise<void>>();
    // @ts-expect-error ports are numbers
    startSandboxServer({ port: '4020' });
  });
});
