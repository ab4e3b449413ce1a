// Words each Ajv error as a ValidationIssue: a dotted path (`bankAccount.accountNumber`) and a reason.
import type { ErrorObject } from '../../../generated/validator-types.js';
import type { ValidationIssue } from '../errors.js';

// `/bankAccount/accountNumber` → `bankAccount.accountNumber`; `/items/0/id` → `items[0].id`.
function dotted(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
  }
  return path;
}

const join = (path: string, key: unknown) => (path ? `${path}.${String(key)}` : String(key));

const formatWords: Record<string, string> = {
  uri: 'an absolute URI (such as https://example.com/return)',
  email: 'an email address',
  'date-time': 'an RFC 3339 date-time (such as 2023-11-07T05:31:56Z)',
  date: 'a date as YYYY-MM-DD (such as 2024-08-28)',
};

function describe(error: ErrorObject): ValidationIssue {
  const path = dotted(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { path: join(path, p.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return { path: join(path, p.additionalProperty), message: 'is not a known field' };
    case 'type':
      return { path, message: `must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}` };
    case 'enum':
      return { path, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'minLength':
      return { path, message: p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long` };
    case 'maxLength':
      return { path, message: `must be at most ${String(p.limit)} characters long` };
    case 'minimum':
      return { path, message: `must be at least ${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { path, message: `must be greater than ${String(p.limit)}` };
    case 'maximum':
      return { path, message: `must be at most ${String(p.limit)}` };
    case 'exclusiveMaximum':
      return { path, message: `must be less than ${String(p.limit)}` };
    case 'format':
      return { path, message: `must be ${formatWords[String(p.format)] ?? `a valid ${String(p.format)}`}` };
    case 'pattern':
      return { path, message: `must match ${String(p.pattern)}` };
    case 'discriminator':
      // A body with several forms told apart by one field (payin links and sources by `type`).
      if (p.tagValue === undefined) return { path: join(path, p.tag), message: 'is required' };
      return {
        path: join(path, p.tag),
        message: p.error === 'tag' ? 'must be a string' : `${JSON.stringify(p.tagValue)} is not one of the forms this body takes`,
      };
    default:
      return { path, message: `is invalid (${error.keyword})` };
  }
}

/**
 * Turns Ajv's errors into one issue per problem. Where an `anyOf` failed, its branches' complaints are
 * folded: an "open enum" (known values, or any non-empty string) reports why the string was not accepted,
 * not the list of known values it need not be in.
 */
export function toIssues(errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  if (!errors?.length) return [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const kept = errors.filter((error) => {
    if (!anyOfPaths.has(error.instancePath)) return true;
    if (error.keyword === 'enum') {
      return !errors.some((o) => o.instancePath === error.instancePath && !['enum', 'anyOf'].includes(o.keyword));
    }
    if (error.keyword === 'anyOf') return !errors.some((o) => o.instancePath === error.instancePath && o !== error);
    return true;
  });
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const issue of kept.map(describe)) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
