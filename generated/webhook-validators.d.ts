// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

/** Webhook envelope validators by event type (the key of the spec's `webhooks`). */
export declare const webhookValidators: Record<string, CompiledValidator>;
