// Checks request and response bodies against validators compiled from openapi.yaml.
import { requestValidators } from '../../../generated/request-validators.js';
import type { CompiledValidator } from '../../../generated/validator-types.js';
import type { ValidationIssue } from '../errors.js';
import { toIssues } from './issues.js';

export type { ValidationIssue };

type ResponseValidators = typeof import('../../../generated/response-validators.js').responseValidators;
let responseValidators: Promise<ResponseValidators> | undefined;

/**
 * Response validation is opt-in, so its validators are a separate module, loaded on first use: bundlers
 * split it into a chunk that clients without response validation never download.
 */
export function loadResponseValidators(): Promise<ResponseValidators> {
  return (responseValidators ??= import('../../../generated/response-validators.js').then((m) => m.responseValidators));
}

function run(validator: CompiledValidator | undefined, body: unknown): ValidationIssue[] {
  if (!validator || validator(body)) return [];
  return toIssues(validator.errors);
}

const prefixed = (prefix: string, issues: ValidationIssue[]) =>
  issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));

/**
 * Problems with a request for `method path`: its JSON body (paths as in the body: `bankAccount.bank`) and its
 * path and query parameters (as in openapi-fetch's options: `params.path.payoutTargetId`). [] when valid.
 */
export function requestIssues(
  method: string,
  path: string,
  request: { body?: unknown; params?: { path?: unknown; query?: unknown } },
): ValidationIssue[] {
  const validators = requestValidators[path]?.[method];
  if (!validators) return [];
  const issues = run(validators.body, request.body);
  if (validators.path) issues.push(...prefixed('params.path', run(validators.path, request.params?.path ?? {})));
  if (validators.query) issues.push(...prefixed('params.query', run(validators.query, request.params?.query ?? {})));
  return issues;
}

/**
 * Problems with a response body; `undefined` when the spec documents no body for that status (nothing to
 * check), so a caller can tell "valid" from "not described".
 */
export async function responseIssues(
  method: string,
  path: string,
  status: number,
  body: unknown,
): Promise<ValidationIssue[] | undefined> {
  const validator = (await loadResponseValidators())[path]?.[method]?.[String(status)];
  return validator ? run(validator, body) : undefined;
}
