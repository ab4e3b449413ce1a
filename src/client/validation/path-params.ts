// Refuses path parameter values that would change which path is called: `..` climbs out of the resource
// (`/payoutTargets/..` is `/`), `.` and an empty value name the collection instead of one object.

import type { ValidationIssue } from '../errors.js';

const pathChanging = new Set(['', '.', '..']);

/** One issue per path parameter (`params.path.payoutTargetId`) whose value would change the path. [] when none. */
export function pathParamIssues(params: { path?: unknown } | undefined): ValidationIssue[] {
  const values = params?.path;
  if (!values || typeof values !== 'object') return [];
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    if ((typeof value === 'string' || typeof value === 'number') && pathChanging.has(String(value))) {
      const got = value === '' ? 'empty' : JSON.stringify(value);
      issues.push({ path: `params.path.${name}`, message: `must not be ${got}: it would change the path called` });
    }
  }
  return issues;
}
