// Prism's own answers (its problem+json errors, its JSON parse error) in the shape Palomma answers with:
// `{ message }` under a status the spec declares. What Prism found stays in the `sl-violations` header.

/** An answer to send instead of Prism's, with the headers to keep. */
export interface PalommaAnswer {
  status: number;
  body: { message: string };
  headers: Record<string, string>;
}

interface PrismProblem {
  title?: unknown;
  detail?: unknown;
  validation?: Array<{ location?: unknown; code?: unknown; message?: unknown }>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** `Request body property bankAccount must have required property 'accountNumber'; …`: what Prism found. */
function findings(problem: PrismProblem): string {
  // Prism's own words name the field, except for a media type it does not take (code 415): name the header.
  const word = (v: { code?: unknown; message?: unknown }) => (v?.code === 415 && text(v.message) ? `content-type: ${text(v.message)}` : text(v?.message));
  const listed = (Array.isArray(problem.validation) ? problem.validation : []).map(word).filter(Boolean);
  return listed.length ? listed.join('; ') : [text(problem.title), text(problem.detail)].filter(Boolean).join(': ');
}

function parse(bodyText: string): Record<string, any> | undefined {
  try {
    const value: unknown = JSON.parse(bodyText);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prism's own answer in Palomma's shape, or undefined when the answer came from behind Prism. A refused request
 * becomes a 400 naming what Prism found (401 stays 401, 404 and 405 stay: no operation to declare anything); an
 * answer Prism found outside the spec (its 500) becomes a 500 saying so. The violations go in `sl-violations`,
 * so whoever watches for them (the tests) still sees them.
 */
export function inPalommaShape(status: number, contentType: string | null, bodyText: string): PalommaAnswer | undefined {
  const body = parse(bodyText);
  const problem = /^application\/problem\+json\b/i.test(contentType ?? '');
  // prism-http-server's answer to a body that is not JSON: { error: { code, message } }.
  const parseError = !problem && status === 400 && body?.message === undefined && typeof body?.error?.message === 'string';
  if (!problem && !parseError) return undefined;
  const said = (parseError ? `body: ${text(body?.error.message)}` : findings(body ?? {})) || `Prism answered ${status}`;
  const violations: Record<string, string> = Array.isArray(body?.validation) ? { 'sl-violations': JSON.stringify(body?.validation) } : {};
  if (status === 401) return { status, body: { message: 'Unauthorized' }, headers: violations };
  if (status === 404 || status === 405) return { status, body: { message: said }, headers: violations };
  if (status >= 500) return { status: 500, body: { message: `the answer broke the spec: ${said}` }, headers: violations };
  return { status: 400, body: { message: said }, headers: violations };
}
