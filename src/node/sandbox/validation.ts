// Request and response checks with the spec's generated Ajv validators, worded as the client words them
// (PalommaValidationError): one message naming each field and its problem.
import { requestValidators } from '../../../generated/request-validators.js';
import { responseValidators } from '../../../generated/response-validators.js';
import type { CompiledValidator } from '../../../generated/validator-types.js';
import { formatIssues } from '../../client/errors.js';
import { toIssues } from '../../client/validation/issues.js';
import type { Parameter, Route } from './routes.js';

/** `bankAccount.bank is required; amount must be at least 10000`, or undefined when the validator found nothing. */
function describe(validate: CompiledValidator, root: string): string | undefined {
  const issues = toIssues(validate.errors);
  return issues.length ? formatIssues(issues, root) : undefined;
}

/** Query values as the types their parameters declare (`limit=5` → 5), so the validators judge them like Prism. */
export function coerceQuery(parameters: readonly Parameter[], searchParams: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const raw = searchParams.get(parameter.name);
    if (raw === null) continue;
    const type = parameter.schema?.type;
    query[parameter.name] =
      type === 'integer' || type === 'number'
        ? raw.trim() !== '' && Number.isFinite(Number(raw))
          ? Number(raw)
          : raw
        : type === 'boolean'
          ? raw === 'true'
            ? true
            : raw === 'false'
              ? false
              : raw
          : raw;
  }
  return query;
}

/** The problems with a request's path parameters, query and body, or undefined; operations without validators pass. */
export function requestProblems(route: Route, { params, query, body }: { params: unknown; query: unknown; body: unknown }): string | undefined {
  const validators = requestValidators[route.template]?.[route.method] ?? {};
  for (const [part, value, root] of [
    ['path', params, '(path)'],
    ['query', query, '(query)'],
    ['body', body, '(body)'],
  ] as const) {
    const validate = validators[part];
    if (validate && !validate(value)) return describe(validate, root) ?? `${root} is invalid`;
  }
  return undefined;
}

/** The problems with a response body by the spec's response schema, or undefined (also when no schema applies). */
export function responseProblems(route: Route, status: number, body: unknown): string | undefined {
  const validate = responseValidators[route.template]?.[route.method]?.[String(status)];
  if (!validate || validate(body)) return undefined;
  return describe(validate, '(body)') ?? 'does not match the response schema';
}
