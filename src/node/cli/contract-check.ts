// The contract check behind `palomma proxy` (`npm run contract:proxy` in the repository): one request per example in the spec, and Prism's verdicts on them.
import { eachOperation, resolveRef, type SpecNode } from '../../spec/document.js';
import { withCurrentDates } from '../../spec/example-dates.js';

/** One request the check sends. */
export interface ExampleCall {
  operationId: string;
  /** Upper case: `POST`. */
  method: string;
  /** The path as the spec writes it: `/payoutTargets/{payoutTargetId}`. */
  template: string;
  /** The path with its parameters filled in from their examples, and the required query parameters. */
  path: string;
  /** Required parameters with no example (the call cannot be made). */
  missing: string[];
  /** The name of the request-body example sent, if any. */
  example: string | undefined;
  body: unknown;
}

/** One problem Prism reported with an exchange. */
export interface Violation {
  location: string[];
  message: string;
  code: unknown;
  severity: string;
}

/** Prism's verdict on one exchange. */
export interface Findings {
  violations: Violation[];
  /** Prism cut its `sl-violations` header short: more violations may exist. */
  truncated: boolean;
  /** Set when Prism could not check the exchange at all. */
  error: string | undefined;
}

/** One call and what came of it. */
export interface CallResult extends Partial<Findings> {
  call: ExampleCall;
  /** The proxy's status (0: no answer). */
  status: number;
  /** The upstream's own status, from Prism's log. */
  upstreamStatus?: number | undefined;
  violations: Violation[];
}

const firstExample = (holder: SpecNode): unknown => {
  if (!holder) return undefined;
  if (holder.example !== undefined) return holder.example;
  const named = Object.values<SpecNode>(holder.examples ?? {})[0];
  if (named !== undefined) return named?.value ?? named; // OpenAPI example objects, or JSON Schema's examples array
  return holder.schema ? firstExample(holder.schema) : undefined;
};

/**
 * The calls the check makes: for every operation in `spec.paths`, one request per request-body example (or one
 * without a body), with path parameters and required query parameters filled from their examples. A body's
 * dates that Palomma judges against today (`x-palomma-example-days-from-now`) are moved to the days they name.
 */
export function exampleCalls(spec: SpecNode): ExampleCall[] {
  const calls: ExampleCall[] = [];
  for (const { path: template, method, pathItem, operation } of eachOperation(spec)) {
    const parameters: SpecNode[] = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p));
    let path = template;
    const query = new URLSearchParams();
    const missing: string[] = [];
    for (const parameter of parameters) {
      const value = firstExample(parameter);
      if (parameter.in === 'path') {
        if (value === undefined) missing.push(parameter.name);
        else path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
      } else if (parameter.in === 'query' && parameter.required) {
        if (value === undefined) missing.push(parameter.name);
        else query.set(parameter.name, String(value));
      }
    }
    const content = resolveRef(spec, operation.requestBody)?.content?.['application/json'];
    const bodies: Array<{ name: string; body: unknown }> = content
      ? Object.entries<SpecNode>(content.examples ?? {}).map(([name, example]) => ({ name, body: withCurrentDates(spec, content.schema, resolveRef(spec, example).value) }))
      : [];
    if (content && bodies.length === 0 && content.example !== undefined) {
      bodies.push({ name: 'example', body: withCurrentDates(spec, content.schema, content.example) });
    }
    const base = {
      operationId: operation.operationId ?? `${method} ${template}`,
      method: method.toUpperCase(),
      template,
      path: query.size ? `${path}?${query}` : path,
      missing,
    };
    if (bodies.length === 0) calls.push({ ...base, example: undefined, body: undefined });
    for (const { name, body } of bodies) calls.push({ ...base, example: name, body });
  }
  return calls;
}

const problemTypes = {
  violations: 'https://stoplight.io/prism/errors#VIOLATIONS',
  invalidRequest: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
};

/**
 * Prism's findings on one exchange, from its `sl-violations` header and, with `--errors`, its problem+json
 * body; the same finding in both is listed once. `error` is set when Prism could not check at all (the
 * upstream did not answer, say).
 */
export function findings(status: number, headers: Headers, text: string): Findings {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const add = (item: unknown, prefix?: string) => {
    if (!item || typeof item !== 'object') return;
    const { location: where, message, code, severity } = item as { location?: unknown; message?: unknown; code?: unknown; severity?: unknown };
    let location = Array.isArray(where) ? where.map(String) : [];
    if (prefix && location[0] !== prefix) location = [prefix, ...location];
    const key = `${location.join('.')}\u0000${String(message)}`;
    if (seen.has(key)) return;
    seen.add(key);
    violations.push({ location, message: String(message ?? ''), code, severity: typeof severity === 'string' ? severity : 'Error' });
  };
  let truncated = false;
  const header = headers.get('sl-violations');
  if (header) {
    if (header.startsWith('Too many violations!')) truncated = true;
    else {
      try {
        for (const item of JSON.parse(header)) add(item);
      } catch {
        truncated = true;
      }
    }
  }
  let error: string | undefined;
  if ((headers.get('content-type') ?? '').includes('application/problem+json')) {
    let problem: { type?: unknown; title?: unknown; validation?: unknown[] } | undefined;
    try {
      problem = JSON.parse(text);
    } catch {
      problem = undefined;
    }
    if (problem?.type === problemTypes.violations) for (const item of problem.validation ?? []) add(item);
    else if (problem?.type === problemTypes.invalidRequest) for (const item of problem.validation ?? []) add(item, 'request');
    else if (status >= 400) error = `Prism could not check this exchange: ${String(problem?.title ?? text.slice(0, 200))} (HTTP ${status})`;
  }
  return { violations, truncated, error };
}

/** Prism logs `The upstream call to /x has returned 201`; the status the proxy may replace with its own 500. */
export const upstreamStatusPattern = /The upstream call to \S+ has returned (\d{3})/g;

const describeCall = (call: ExampleCall) => `${call.method} ${call.path}${call.example ? ` (example "${call.example}")` : ''}`;

/** The human report: one line per call, then every violation with the request that triggered it, then `N violations`. */
export function formatReport({ upstream, results }: { upstream: string; results: CallResult[] }): { text: string; total: number; errors: number } {
  const lines = [`Contract check of ${upstream} through a Prism proxy of openapi.yaml: ${results.length} calls`, ''];
  for (const result of results) {
    const upstreamStatus = `upstream ${result.upstreamStatus ?? '?'}`;
    const mark = result.error ? '!' : result.violations.length ? '✖' : '✔';
    const count = result.violations.length ? `, ${result.violations.length} violation${result.violations.length === 1 ? '' : 's'}` : '';
    lines.push(`  ${mark} ${describeCall(result.call)} → ${upstreamStatus}, proxy ${result.status}${count}`);
  }
  const withViolations = results.filter((r) => r.violations.length);
  if (withViolations.length) {
    lines.push('', 'Violations:');
    let n = 0;
    for (const result of withViolations) {
      for (const v of result.violations) {
        n++;
        lines.push(`  ${n}. ${v.location.join('.') || '(exchange)'}: ${v.message} [${[v.severity, v.code].filter(Boolean).join(', ')}]`);
        const body = result.call.body === undefined ? '' : ` ${truncate(JSON.stringify(result.call.body), 160)}`;
        lines.push(`     request: ${describeCall(result.call)}${body}`);
        lines.push(`     upstream answered: ${result.upstreamStatus ?? 'not seen in Prism\'s log'}`);
      }
      if (result.truncated) lines.push(`     (Prism cut its sl-violations header short for ${describeCall(result.call)}; more may exist)`);
    }
  }
  const errors = results.filter((r) => r.error);
  if (errors.length) {
    lines.push('', 'Not checked:');
    for (const result of errors) lines.push(`  ${describeCall(result.call)}: ${result.error}`);
  }
  const total = withViolations.reduce((sum, r) => sum + r.violations.length, 0);
  lines.push('', `${total} violations`);
  return { text: lines.join('\n'), total, errors: errors.length };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
