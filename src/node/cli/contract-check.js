// The contract check behind `npm run contract:proxy`: one request per example in the spec, and Prism's verdicts on them.

const methods = ['get', 'put', 'post', 'delete', 'patch'];

const firstExample = (holder) => {
  if (!holder) return undefined;
  if (holder.example !== undefined) return holder.example;
  const named = Object.values(holder.examples ?? {})[0];
  if (named !== undefined) return named?.value ?? named; // OpenAPI example objects, or JSON Schema's examples array
  return holder.schema ? firstExample(holder.schema) : undefined;
};

/**
 * The calls the check makes: for every operation in `spec.paths`, one request per request-body example (or one
 * without a body), with path parameters and required query parameters filled from their examples.
 */
export function exampleCalls(spec) {
  const calls = [];
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    for (const method of methods) {
      const operation = item?.[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      let path = template;
      const query = new URLSearchParams();
      const missing = [];
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
      const content = operation.requestBody?.content?.['application/json'];
      const bodies = content
        ? Object.entries(content.examples ?? {}).map(([name, example]) => ({ name, body: example.value }))
        : [];
      if (content && bodies.length === 0 && content.example !== undefined) bodies.push({ name: 'example', body: content.example });
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
export function findings(status, headers, text) {
  const violations = [];
  const seen = new Set();
  const add = (item, prefix) => {
    if (!item || typeof item !== 'object') return;
    let location = Array.isArray(item.location) ? item.location.map(String) : [];
    if (prefix && location[0] !== prefix) location = [prefix, ...location];
    const key = `${location.join('.')}\u0000${item.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    violations.push({ location, message: String(item.message ?? ''), code: item.code, severity: item.severity ?? 'Error' });
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
  let error;
  if ((headers.get('content-type') ?? '').includes('application/problem+json')) {
    let problem;
    try {
      problem = JSON.parse(text);
    } catch {
      problem = undefined;
    }
    if (problem?.type === problemTypes.violations) for (const item of problem.validation ?? []) add(item);
    else if (problem?.type === problemTypes.invalidRequest) for (const item of problem.validation ?? []) add(item, 'request');
    else if (status >= 400) error = `Prism could not check this exchange: ${problem?.title ?? text.slice(0, 200)} (HTTP ${status})`;
  }
  return { violations, truncated, error };
}

/** Prism logs `The upstream call to /x has returned 201`; the status the proxy may replace with its own 500. */
export const upstreamStatusPattern = /The upstream call to \S+ has returned (\d{3})/g;

const describeCall = (call) => `${call.method} ${call.path}${call.example ? ` (example "${call.example}")` : ''}`;

/** The human report: one line per call, then every violation with the request that triggered it, then `N violations`. */
export function formatReport({ upstream, results }) {
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

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
