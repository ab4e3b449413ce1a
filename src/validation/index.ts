// Checks request and response bodies against validators compiled from openapi.yaml.
import { operationValidators, type CompiledValidator } from '../../generated/validators.js';
import type { ValidationIssue } from '../errors.js';
import { toIssues } from './issues.js';

export type { ValidationIssue };

function run(validator: CompiledValidator | undefined, body: unknown): ValidationIssue[] {
  if (!validator || validator(body)) return [];
  return toIssues(validator.errors);
}

/** Problems with a request body for `method path`; [] when it is valid or the spec gives no schema. */
export function requestIssues(method: string, path: string, body: unknown): ValidationIssue[] {
  return run(operationValidators[path]?.[method]?.request, body);
}

/**
 * Problems with a response body; `undefined` when the spec documents no body for that status (nothing to
 * check), so a caller can tell "valid" from "not described".
 */
export function responseIssues(method: string, path: string, status: number, body: unknown): ValidationIssue[] | undefined {
  const validator = operationValidators[path]?.[method]?.responses[String(status)];
  return validator ? run(validator, body) : undefined;
}
