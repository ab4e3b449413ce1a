import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/schema.js';
import {
  verifyWebhook,
  type PayoutRequestUpdateWebhook,
  type PayoutTargetUpdateWebhook,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventType,
} from '../../src/webhooks/index.js';

type Schemas = components['schemas'];

describe('webhook types', () => {
  it('verifyWebhook resolves to the union of the spec\'s envelopes', () => {
    expectTypeOf(verifyWebhook).returns.resolves.toEqualTypeOf<WebhookEvent>();
    expectTypeOf<PayoutTargetUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayoutTargetUpdate']>();
    expectTypeOf<PayoutRequestUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayoutRequestUpdate']>();
    expectTypeOf<WebhookEventType>().toEqualTypeOf<
      | 'payout-target.update'
      | 'payout-request.update'
      | 'payin-link.update'
      | 'payin-source.update'
      | 'payin-request.update'
      | 'payin-settlement.update'
    >();
    expectTypeOf<WebhookEventOf<'payin-link.update'>['eventType']>().toEqualTypeOf<'payin-link.update'>();
  });

  it('eventType narrows event', async () => {
    const delivery = await verifyWebhook({ headers: new Headers(), integrityKey: 'k' });
    expectTypeOf(delivery.webhookId).toEqualTypeOf<string>();
    expectTypeOf(delivery.timestamp).toEqualTypeOf<string>();
    switch (delivery.eventType) {
      case 'payout-target.update':
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayoutTarget']>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayoutTargetStatus'] | undefined>();
        expectTypeOf(delivery.event.authUrl).toEqualTypeOf<string | undefined>();
        // @ts-expect-error a payout target has no amount
        void delivery.event.amount;
        break;
      case 'payout-request.update':
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayoutRequest']>();
        expectTypeOf(delivery.event.amount).toEqualTypeOf<number | undefined>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<string | undefined>();
        // @ts-expect-error a payout request has no authUrl
        void delivery.event.authUrl;
        break;
      default:
        expectTypeOf(delivery.eventType).toEqualTypeOf<
          'payin-link.update' | 'payin-source.update' | 'payin-request.update' | 'payin-settlement.update'
        >();
        expectTypeOf(delivery.event).toEqualTypeOf<{ [key: string]: unknown }>();
    }
  });

  it('rejects wrong options at compile time', () => {
    // @ts-expect-error integrityKey is required
    void verifyWebhook({ headers: new Headers() });
    // @ts-expect-error signatureEncoding is hex or base64
    void verifyWebhook({ headers: new Headers(), integrityKey: 'k', signatureEncoding: 'utf8' });
    // @ts-expect-error validate returns a list of issues
    void verifyWebhook({ headers: new Headers(), integrityKey: 'k', validate: () => true });
    // @ts-expect-error not an event type of the spec
    type _Unknown = WebhookEventOf<'payout-batch.update'>;
  });
});
