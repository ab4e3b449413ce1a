import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/schema.js';
import {
  createMemoryWebhookStore,
  createWebhookHandler,
  seenWebhookIds,
  type PayinLinkUpdateWebhook,
  type UnknownWebhookEvent,
  type WebhookDelivery,
  type WebhookEvent,
  type WebhookHandler,
  type WebhookStore,
} from '../../src/webhooks/index.js';

type Schemas = components['schemas'];
const integrityKey = 'k';

describe('createWebhookHandler types', () => {
  it('is a Web-standard handler', () => {
    const handler = createWebhookHandler({ integrityKey, onEvent: () => {} });
    expectTypeOf(handler).toEqualTypeOf<WebhookHandler>();
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(createMemoryWebhookStore()).toMatchTypeOf<WebhookStore>();
  });

  it('types one function with the event union, narrowed by eventType', () => {
    createWebhookHandler({
      integrityKey,
      onEvent: (event, delivery) => {
        expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
        expectTypeOf(delivery).toEqualTypeOf<WebhookDelivery>();
        expectTypeOf(delivery.request).toEqualTypeOf<Request>();
        if (event.eventType === 'payout-request.update') expectTypeOf(event.event).toEqualTypeOf<Schemas['PayoutRequest']>();
      },
    });
  });

  it('types each entry of a map with its own event, and default with the rest', () => {
    createWebhookHandler({
      integrityKey,
      onEvent: {
        'payout-request.update': (event) => expectTypeOf(event.event).toEqualTypeOf<Schemas['PayoutRequest']>(),
        'payin-link.update': async (event) => expectTypeOf(event.event).toEqualTypeOf<Schemas['PayinLink']>(),
        default: (event) => {
          expectTypeOf(event).toEqualTypeOf<WebhookEvent | UnknownWebhookEvent>();
          expectTypeOf(event.eventType).toEqualTypeOf<string>();
        },
      },
    });
  });

  it('rejects a map without default, a misspelt event type and an entry typed for another event', () => {
    createWebhookHandler({
      integrityKey,
      // @ts-expect-error a map needs a default, for the types it leaves out and unknown ones
      onEvent: { 'payout-request.update': () => {} },
    });
    createWebhookHandler({
      integrityKey,
      onEvent: {
        // @ts-expect-error not an event type of the spec
        'payout-requests.update': () => {},
        default: () => {},
      },
    });
    createWebhookHandler({
      integrityKey,
      onEvent: {
        // @ts-expect-error a payout request update does not carry a payin link
        'payout-request.update': (event: PayinLinkUpdateWebhook) => event,
        default: () => {},
      },
    });
  });

  it('takes only a claim store', () => {
    createWebhookHandler({ integrityKey, onEvent: () => {}, store: createMemoryWebhookStore({ leaseMs: 5_000 }) });
    // @ts-expect-error has/add cannot stop two receivers from both processing a delivery
    createWebhookHandler({ integrityKey, onEvent: () => {}, store: seenWebhookIds() });
    // @ts-expect-error the key is required
    createWebhookHandler({ onEvent: () => {} });
  });
});
