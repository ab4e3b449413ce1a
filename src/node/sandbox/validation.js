// Request checks with the spec's generated Ajv validators, worded as one message naming each field and its problem.
import { requestValidators } from '../../../generated/request-validators.js';
import { responseValidators } from '../../../generated/response-validators.js';

const dotted = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');

function word(error) {
  const path = dotted(error.instancePath);
  const p = error.params ?? {};
  const at = (name) => (path ? `${path}.${name}` : name);
  switch (error.keyword) {
    case 'required':
      return `${at(p.missingProperty)}: is required`;
    case 'additionalProperties':
      return `${at(p.additionalProperty)}: is not a known field`;
    case 'type':
      return `${path || '(body)'}: must be of type ${p.type}`;
    case 'enum':
      return `${path}: must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${path}: must be ${JSON.stringify(p.allowedValue)}`;
    case 'minLength':
      return `${path}: must ${p.limit === 1 ? 'not be empty' : `be at least ${p.limit} characters long`}`;
    case 'exclusiveMinimum':
      return `${path}: must be more than ${p.limit}`;
    case 'minimum':
      return `${path}: must be at least ${p.limit}`;
    case 'maximum':
      return `${path}: must be at most ${p.limit}`;
    case 'exclusiveMaximum':
      return `${path}: must be less than ${p.limit}`;
    case 'format':
      return `${path}: must be a valid ${p.format}`;
    default:
      return `${path || '(body)'}: is invalid (${error.keyword})`;
  }
}

/** One line naming every problem Ajv found, or undefined when there is none. */
export function describeErrors(errors) {
  const lines = [...new Set((errors ?? []).filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword)).map(word))];
  return lines.length ? lines.join('; ') : undefined;
}

/** Query values as the types their parameters declare (`limit=5` → 5), so the validators judge them like Prism. */
export function coerceQuery(parameters, searchParams) {
  const query = {};
  for (const parameter of parameters) {
    const raw = searchParams.get(parameter.name);
    if (raw === null) continue;
    const type = parameter.schema?.type;
    query[parameter.name] = type === 'integer' || type === 'number' ? (raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw) : type === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : raw) : raw;
  }
  return query;
}

/** The problems with a request's path parameters, query and body, or undefined; operations without validators pass. */
export function requestProblems(route, { params, query, body }) {
  const validators = requestValidators[route.template]?.[route.method] ?? {};
  for (const [part, value] of [
    ['path', params],
    ['query', query],
    ['body', body],
  ]) {
    const validate = validators[part];
    if (validate && !validate(value)) return describeErrors(validate.errors);
  }
  return undefined;
}

/** The problems with a response body by the spec's response schema, or undefined (also when no schema applies). */
export function responseProblems(route, status, body) {
  const validate = responseValidators[route.template]?.[route.method]?.[String(status)];
  if (!validate || validate(body)) return undefined;
  return describeErrors(validate.errors) ?? 'does not match the response schema';
}
