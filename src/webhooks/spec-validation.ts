// Checks a webhook envelope against the spec's schema for its event type (validators generated from openapi.yaml).
import { webhookValidators } from '../../generated/webhook-validators.js';
import type { ValidationIssue } from '../client/errors.js';
import { toIssues } from '../client/validation/issues.js';

export type WebhookValidationMode = 'off' | 'warn' | 'throw';

/** Problems with `envelope` under the spec's schema for `eventType`; [] when it conforms or none is described. */
export function webhookSpecIssues(eventType: string, envelope: unknown): ValidationIssue[] {
  const validator = webhookValidators[eventType];
  return !validator || validator(envelope) ? [] : toIssues(validator.errors);
}
