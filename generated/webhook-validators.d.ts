// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateWebhookEnvelopePayoutTargetUpdate: CompiledValidator;
export declare const validateWebhookEnvelopePayoutRequestUpdate: CompiledValidator;
export declare const validateWebhookEnvelopePayinLinkUpdate: CompiledValidator;
export declare const validateWebhookEnvelopePayinSourceUpdate: CompiledValidator;
export declare const validateWebhookEnvelopePayinRequestUpdate: CompiledValidator;
export declare const validateWebhookEnvelopePayinSettlementUpdate: CompiledValidator;

/** Webhook envelope validators by event type (the key of the spec's `webhooks`). */
export declare const webhookValidators: Record<string, CompiledValidator>;
