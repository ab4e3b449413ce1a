import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/schema.js';
import {
  verifyWebhook,
  type PayinLinkUpdateWebhook,
  type PayinRequestUpdateWebhook,
  type PayinSettlementUpdateWebhook,
  type PayinSourceUpdateWebhook,
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
    expectTypeOf<PayinLinkUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayinLinkUpdate']>();
    expectTypeOf<PayinSourceUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayinSourceUpdate']>();
    expectTypeOf<PayinRequestUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayinRequestUpdate']>();
    expectTypeOf<PayinSettlementUpdateWebhook>().toEqualTypeOf<Schemas['WebhookEnvelopePayinSettlementUpdate']>();
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
        expectTypeOf(delivery).toEqualTypeOf<PayoutTargetUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayoutTarget']>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayoutTargetStatus'] | undefined>();
        expectTypeOf(delivery.event.authUrl).toEqualTypeOf<string>();
        // @ts-expect-error a payout target has no amount
        void delivery.event.amount;
        break;
      case 'payout-request.update':
        expectTypeOf(delivery).toEqualTypeOf<PayoutRequestUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayoutRequest']>();
        expectTypeOf(delivery.event.amount).toEqualTypeOf<number>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayoutRequestStatus']>();
        expectTypeOf(delivery.event.statusMessage).toEqualTypeOf<Schemas['StatusMessage'] | undefined>();
        // @ts-expect-error a payout request has no authUrl
        void delivery.event.authUrl;
        break;
      case 'payin-link.update':
        expectTypeOf(delivery).toEqualTypeOf<PayinLinkUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayinLink']>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayinLinkStatus']>();
        expectTypeOf(delivery.event.paymentUrl).toEqualTypeOf<string>();
        // @ts-expect-error a payin link has no authUrl
        void delivery.event.authUrl;
        break;
      case 'payin-source.update':
        expectTypeOf(delivery).toEqualTypeOf<PayinSourceUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayinSource']>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayinSourceStatus']>();
        expectTypeOf(delivery.event.partialPayinsEnabled).toEqualTypeOf<boolean>();
        // @ts-expect-error a payin source has no amount
        void delivery.event.amount;
        break;
      case 'payin-request.update':
        expectTypeOf(delivery).toEqualTypeOf<PayinRequestUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayinRequest']>();
        expectTypeOf(delivery.event.status).toEqualTypeOf<Schemas['PayinRequestStatus']>();
        expectTypeOf(delivery.event.amountCollected).toEqualTypeOf<number>();
        // @ts-expect-error a payin request has no paymentUrl
        void delivery.event.paymentUrl;
        break;
      case 'payin-settlement.update':
        expectTypeOf(delivery).toEqualTypeOf<PayinSettlementUpdateWebhook>();
        expectTypeOf(delivery.event).toEqualTypeOf<Schemas['PayinSettlement']>();
        expectTypeOf(delivery.event.payinSettlementCycle).toEqualTypeOf<11 | 13 | 16 | 18 | 20>();
        // @ts-expect-error a payin settlement has no status
        void delivery.event.status;
        break;
      default:
        // Every event type is handled above, so nothing is left here.
        expectTypeOf(delivery).toEqualTypeOf<never>();
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
