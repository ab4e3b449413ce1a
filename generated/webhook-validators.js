// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateWebhookEnvelopePayinLinkUpdate } from './validators/WebhookEnvelopePayinLinkUpdate.js';
import { validateWebhookEnvelopePayinRequestUpdate } from './validators/WebhookEnvelopePayinRequestUpdate.js';
import { validateWebhookEnvelopePayinSettlementUpdate } from './validators/WebhookEnvelopePayinSettlementUpdate.js';
import { validateWebhookEnvelopePayinSourceUpdate } from './validators/WebhookEnvelopePayinSourceUpdate.js';
import { validateWebhookEnvelopePayoutRequestUpdate } from './validators/WebhookEnvelopePayoutRequestUpdate.js';
import { validateWebhookEnvelopePayoutTargetUpdate } from './validators/WebhookEnvelopePayoutTargetUpdate.js';

/** Webhook envelope validators by event type (the key of the spec's `webhooks`). */
export const webhookValidators = {
  "payout-target.update": validateWebhookEnvelopePayoutTargetUpdate,
  "payout-request.update": validateWebhookEnvelopePayoutRequestUpdate,
  "payin-link.update": validateWebhookEnvelopePayinLinkUpdate,
  "payin-source.update": validateWebhookEnvelopePayinSourceUpdate,
  "payin-request.update": validateWebhookEnvelopePayinRequestUpdate,
  "payin-settlement.update": validateWebhookEnvelopePayinSettlementUpdate,
};
