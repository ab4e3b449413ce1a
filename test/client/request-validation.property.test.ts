// Property-based contract tests for every operation of the spec: requests generated from the spec's own schemas
// (JSON body, path and query parameters) go through the real client to the Prism mock. Valid ones must pass both
// validators; each invalid one must be rejected by the client (never sent) and by Prism, both naming the same place.
// Nothing here is written per operation: the operations, their parts and the run counts all come from openapi.yaml.
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { toJsonSchema } from '../../codegen/json-schema.mjs';
import { createPalommaClient, PalommaValidationError, type ValidationIssue } from '../../src/client/index.js';
import { schemaArbitraries, type InvalidVariant, type Schema, type SchemaLike } from '../helpers/arbitraries.js';
import { fetchOptions, operationRequests, requestUrl, type OperationRequest, type RequestPart, type RequestValues } from '../helpers/operations.js';
import { examplePayoutTarget, spec } from '../helpers/spec.js';

const DEFAULT_SEED = 20_240_611;
const seed = parseSeed(process.env.PROPERTY_SEED);
const BATCH = 16; // requests in flight at once
const BATCHES = 46; // batches per kind (valid, invalid), shared out among the operations: about 46 × 16 = 736 requests each
const prismUrl = inject('prismUrl');
const token = 'property-test-token';

function parseSeed(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_SEED;
  if (!/^-?\d+$/.test(text)) throw new Error(`PROPERTY_SEED must be an integer, not ${JSON.stringify(text)}`);
  return Number(text);
}

console.log(`[property] seed ${seed} (${seed === DEFAULT_SEED ? 'default' : 'from PROPERTY_SEED'}; set PROPERTY_SEED=<integer> to change it)`);

const arbitraries = schemaArbitraries(spec);
const operations = operationRequests(spec).filter((op) => Object.keys(op.parts).length > 0);
const partsOf = (op: OperationRequest) => Object.keys(op.parts) as RequestPart[];

// ------------------------------------------------------------------ generated requests

// `.` and `..` fit a path parameter's schema but no URL can carry them as a value (they are steps to another
// path), so the client refuses them whatever the validation setting (src/client/validation/path-params.ts, tested
// in test/client/malformed-input.test.ts) and they are left out of the valid requests here.
const dotSegment = (values: RequestValues) => Object.values((values.path ?? {}) as Record<string, unknown>).some((v) => v === '.' || v === '..');
const validRequest = (op: OperationRequest): fc.Arbitrary<RequestValues> =>
  fc.record(Object.fromEntries(partsOf(op).map((part) => [part, arbitraries.valid(op.parts[part]!)]))).filter((values) => !dotSegment(values));

interface InvalidRequest {
  part: RequestPart;
  variant: InvalidVariant;
  values: RequestValues;
}

/** One part broken in one place (the part picked first, so small parts are not drowned out), the others valid. */
const invalidRequest = (op: OperationRequest): fc.Arbitrary<InvalidRequest> =>
  fc.constantFrom(...partsOf(op)).chain((part) =>
    fc.tuple(arbitraries.invalid(op.parts[part]!), validRequest(op)).map(([variant, values]) => ({
      part,
      variant,
      values: { ...values, [part]: variant.body },
    })),
  );

/** Where the client names a problem: body paths as in the body, parameters as in openapi-fetch's options. */
const clientPath = (part: RequestPart, path: string) =>
  part === 'body' ? path : path ? `params.${part}.${path}` : `params.${part}`;

/**
 * Whether Prism can see the fault at all. A body travels as JSON, so every fault does; a parameter travels as
 * text, so a fault survives only if its text is still invalid (`42` for a string parameter reads as the string
 * "42"), a path parameter that is missing or empty changes the route instead, and Prism reads an empty query
 * value as no value.
 */
function visibleOnTheWire(op: OperationRequest, request: InvalidRequest): boolean {
  const { part, variant } = request;
  if (part === 'body') return true;
  if (variant.segments.length !== 1) return false; // the whole params object replaced: no URL can say that
  const [name] = variant.segments as [string];
  const value = (request.values[part] as Record<string, unknown>)[name];
  if (value === undefined) return false;
  const text = String(value);
  if (text === '') return false; // an empty path segment changes the route; Prism reads `?cursor=` as no cursor
  const schema = arbitraries.resolve((op.parts[part] as Schema).properties![name]!) as Schema;
  const types = [schema.type].flat();
  const numeric = /^-?\d+(\.\d+)?$/.test(text) && (types.includes('integer') || types.includes('number'));
  return !arbitraries.accepts(schema, numeric ? Number(text) : text);
}

// ------------------------------------------------------------------ the two verdicts

interface Violation {
  location: string[];
  message: string;
  code?: string;
}
type Verdict =
  | { accepted: true; status?: number }
  | { accepted: false; status?: number; issues: { where: string; message: string }[] };

const parseViolations = (header: string | null): Violation[] => (header ? (JSON.parse(header) as Violation[]) : []);

function describeVerdict(name: string, verdict: Verdict): string {
  const status = verdict.status === undefined ? '' : ` (HTTP ${verdict.status})`;
  if (verdict.accepted) return `${name}: accepted${status}`;
  return `${name}: rejected${status}: ${verdict.issues.map((i) => `${i.where || '(request)'} ${i.message}`).join('; ')}`;
}

const clientVerdict = (issues: ValidationIssue[]): Verdict => ({
  accepted: false,
  issues: issues.map((i) => ({ where: i.path, message: i.message })),
});

/** Prism's status and violations for a request sent straight to it with fetch, bypassing the client. */
async function sendRaw(op: OperationRequest, values: RequestValues): Promise<{ status: number; violations: Violation[] }> {
  const response = await fetch(requestUrl(prismUrl, op, values), {
    method: op.method,
    headers: { authorization: `Bearer ${token}`, ...(values.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(values.body === undefined ? {} : { body: JSON.stringify(values.body) }),
  });
  await response.arrayBuffer();
  return { status: response.status, violations: parseViolations(response.headers.get('sl-violations')) };
}

/** Prism's verdict: accepted is a 2xx with no violations. */
const verdictOf = ({ status, violations }: { status: number; violations: Violation[] }): Verdict =>
  status >= 200 && status < 300 && violations.length === 0
    ? { accepted: true, status }
    : { accepted: false, status, issues: violations.map((v) => ({ where: v.location.join('.'), message: v.message })) };

const client = createPalommaClient({ token, baseUrl: prismUrl, validateResponses: 'throw', maxRetries: 0 });
type RawCall = (path: string, init: Record<string, unknown>) => Promise<{ response: Response }>;
const call = (op: OperationRequest, values: RequestValues, fetch: typeof globalThis.fetch) =>
  (client[op.method as 'GET'] as unknown as RawCall)(op.path, { ...fetchOptions(values), fetch });

// ------------------------------------------------------------------ the checks

interface Tally {
  valid: { tried: number; agreed: number };
  invalid: { tried: number; agreed: number; clientOnly: number; neverSent: number };
}
const tallies = new Map<string, Tally>(
  operations.map((op) => [op.operationId, { valid: { tried: 0, agreed: 0 }, invalid: { tried: 0, agreed: 0, clientOnly: 0, neverSent: 0 } }]),
);
const kinds = new Map<string, number>();

/** Checks one valid request; returns a message naming both verdicts when something is wrong. */
async function checkValid(op: OperationRequest, values: RequestValues): Promise<string | undefined> {
  const tally = tallies.get(op.operationId)!;
  tally.valid.tried++;
  const exchanges: { status: number; violations: Violation[] }[] = [];
  const watched = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init);
    exchanges.push({ status: response.status, violations: parseViolations(response.headers.get('sl-violations')) });
    return response;
  };
  let fromClient: Verdict = { accepted: true };
  let failure: unknown;
  try {
    await call(op, values, watched);
  } catch (error) {
    if (error instanceof PalommaValidationError) fromClient = clientVerdict(error.issues);
    else failure = error;
  }
  const exchange = exchanges[0];
  // When the client kept the request back, Prism is asked directly, so the message can name both verdicts.
  const prism = exchange ? verdictOf(exchange) : verdictOf(await sendRaw(op, values));
  if (fromClient.accepted && prism.accepted && exchange?.status === 200 && exchanges.length === 1 && failure === undefined) {
    tally.valid.agreed++;
    return undefined;
  }
  return [
    `${op.method} ${op.path}: a valid request (generated from the spec) was not accepted by both validators`,
    `  ${describeVerdict('client', fromClient)}`,
    `  ${describeVerdict('Prism ', prism)}`,
    ...(failure ? [`  the call failed: ${String(failure)}`] : []),
    `  request: ${JSON.stringify(values)}`,
  ].join('\n');
}

/**
 * Violations Prism adds for a body whose `oneOf` forms are told apart by a tag (payin links by `type`): Prism
 * does not read `discriminator`, so besides the form the tag names it reports every other form's tag as wrong
 * and the `oneOf` itself as unmatched. The client checks only the named form. When the tag itself is what is
 * broken, no form is named, and Prism reports every form's complaints; the client reports the tag alone.
 */
function discriminatorNoise(op: OperationRequest, request: InvalidRequest, violation: Violation): boolean {
  const body = op.parts.body === undefined ? undefined : (arbitraries.resolve(toJsonSchema(op.parts.body) as SchemaLike) as SchemaLike);
  const tag = typeof body === 'object' && body.oneOf ? body.discriminator?.propertyName : undefined;
  if (tag === undefined) return false;
  const [source, part, ...rest] = violation.location;
  if (source !== 'request' || part !== 'body') return false;
  if (request.part === 'body' && request.variant.segments.join('.') === tag) return true;
  if (rest.length === 0) return violation.code === 'oneOf';
  return rest.length === 1 && rest[0] === tag && ['const', 'enum'].includes(violation.code ?? '');
}

/** Does a Prism violation point at the variant's place? A missing field is reported on its parent object. */
function covers(violation: Violation, request: InvalidRequest): boolean {
  const [source, part, ...rest] = violation.location;
  if (source !== 'request' || part !== request.part) return false;
  const segments = request.variant.segments.map(String);
  if (request.variant.kind === 'missing-required') {
    const parent = segments.slice(0, -1);
    return rest.join('\u0000') === parent.join('\u0000') && violation.message.includes(`'${segments.at(-1)}'`);
  }
  return rest.join('\u0000') === segments.join('\u0000');
}

/** Checks one invalid request; returns a message naming both verdicts when something is wrong. */
async function checkInvalid(op: OperationRequest, request: InvalidRequest): Promise<string | undefined> {
  const tally = tallies.get(op.operationId)!;
  tally.invalid.tried++;
  kinds.set(request.variant.kind, (kinds.get(request.variant.kind) ?? 0) + 1);
  const where = clientPath(request.part, request.variant.path);
  let sent = 0;
  const counting = async (input: string | URL | Request, init?: RequestInit) => {
    sent++;
    return fetch(input, init);
  };
  let fromClient: Verdict = { accepted: true };
  let clientError: unknown;
  try {
    await call(op, request.values, counting);
  } catch (error) {
    if (error instanceof PalommaValidationError) fromClient = clientVerdict(error.issues);
    else clientError = error;
  }
  if (sent === 0) tally.invalid.neverSent++;

  const problems: string[] = [];
  if (fromClient.accepted) problems.push(`the client did not reject it${clientError ? ` (it threw ${String(clientError)})` : ''}`);
  else if (!fromClient.issues.some((i) => i.where === where)) problems.push(`the client named no issue at ${where || '(body)'}`);
  else if (!fromClient.issues.every((i) => i.where === where)) problems.push(`the client named other places than ${where || '(body)'}`);
  if (sent !== 0) problems.push(`the client sent it (${sent} request${sent === 1 ? '' : 's'})`);

  let prism: Verdict | undefined;
  if (visibleOnTheWire(op, request)) {
    const raw = await sendRaw(op, request.values);
    prism = verdictOf(raw);
    const violations = raw.violations.filter((v) => !discriminatorNoise(op, request, v) || covers(v, request));
    if (![400, 422].includes(raw.status)) problems.push(`Prism answered ${raw.status}, not 400 or 422`);
    if (violations.length === 0) problems.push('Prism sent no sl-violations header');
    else if (!violations.some((v) => covers(v, request))) problems.push(`no Prism violation covers ${request.part} ${request.variant.path || '(whole)'}`);
    else if (!violations.every((v) => covers(v, request))) problems.push(`Prism named other places than ${request.part} ${request.variant.path || '(whole)'}`);
  } else {
    tally.invalid.clientOnly++;
  }

  if (problems.length === 0) {
    tally.invalid.agreed++;
    return undefined;
  }
  return [
    `${op.method} ${op.path}: an invalid request (${request.part} ${request.variant.detail}) was not rejected as it should be: ${problems.join('; ')}`,
    `  ${describeVerdict('client', fromClient)}`,
    ...(prism ? [`  ${describeVerdict('Prism ', prism)}`] : ['  Prism: not asked (the fault does not survive being written into the URL)']),
    `  request: ${JSON.stringify(request.values)}`,
  ].join('\n');
}

async function checkBatch<T>(batch: T[], check: (item: T) => Promise<string | undefined>) {
  const failures = (await Promise.all(batch.map(check))).filter((m): m is string => m !== undefined);
  if (failures.length) throw new Error(failures[0]);
}

// ------------------------------------------------------------------ runs, shared out by size

/**
 * The batches each operation gets out of {@link BATCHES}: in proportion to how many single faults its requests
 * have (a payout target body has dozens, a retrieve a handful), at least one.
 */
function runsPerOperation(): Map<string, number> {
  const sizes = operations.map((op) =>
    fc
      .sample(validRequest(op), { numRuns: 8, seed })
      .flatMap((sample) => partsOf(op).map((part) => arbitraries.variants(op.parts[part]!, sample[part]).length))
      .reduce((a, b) => a + b, 0),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  return new Map(operations.map((op, i) => [op.operationId, Math.max(1, Math.round((BATCHES * sizes[i]!) / total))]));
}
const runs = runsPerOperation();

afterAll(() => {
  const rows = operations.map((op) => {
    const t = tallies.get(op.operationId)!;
    return `  ${`${op.method} ${op.path}`.padEnd(74)} valid ${String(t.valid.agreed).padStart(4)}/${String(t.valid.tried).padEnd(4)} invalid ${String(t.invalid.agreed).padStart(4)}/${String(t.invalid.tried).padEnd(4)} (${t.invalid.clientOnly} client-only, ${t.invalid.neverSent} never sent)`;
  });
  const faults = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`[property] seed ${seed}: agreed/tried per operation\n${rows.join('\n')}\n  faults: ${faults}`);
});

describe(`every operation, requests generated from the spec (seed ${seed})`, () => {
  it('walks every operation of the spec that takes a body or parameters', () => {
    const all = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap((item) => Object.values(item));
    expect(operations.map((op) => op.operationId).sort()).toEqual(all.map((op) => op.operationId).sort());
  });

  describe.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_name, op) => {
    const count = runs.get(op.operationId)! * BATCH;

    it(`accepts ${count} valid requests: the client sends each, Prism answers 200 with no sl-violations`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(validRequest(op), { minLength: BATCH, maxLength: BATCH }), (batch) =>
          checkBatch(batch, (values) => checkValid(op, values)),
        ),
        { seed, numRuns: runs.get(op.operationId)! },
      );
      expect(tallies.get(op.operationId)!.valid.agreed).toBe(count);
    });

    it(`rejects ${count} invalid requests in the client, never sent, at the same place as Prism`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(invalidRequest(op), { minLength: BATCH, maxLength: BATCH }), (batch) =>
          checkBatch(batch, (request) => checkInvalid(op, request)),
        ),
        { seed, numRuns: runs.get(op.operationId)! },
      );
      const tally = tallies.get(op.operationId)!;
      expect(tally.invalid.agreed).toBe(count);
      expect(tally.invalid.neverSent).toBe(count);
    });
  });

  // What the runs above try, drawn again from the same generators with the same seed and counts: this test needs
  // none of them to have run first, so it holds in any order.
  it('tries every kind of fault the generators make, and most of them reach Prism', () => {
    const tried = new Map<string, number>();
    let total = 0;
    let clientOnly = 0;
    for (const op of operations) {
      for (const batch of fc.sample(fc.array(invalidRequest(op), { minLength: BATCH, maxLength: BATCH }), { seed, numRuns: runs.get(op.operationId)! })) {
        for (const request of batch) {
          total++;
          tried.set(request.variant.kind, (tried.get(request.variant.kind) ?? 0) + 1);
          if (!visibleOnTheWire(op, request)) clientOnly++;
        }
      }
    }
    for (const kind of ['missing-required', 'wrong-type', 'wrong-shape', 'unknown-enum', 'empty-string', 'bad-format', 'out-of-range']) {
      expect(tried.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
    expect(total).toBeGreaterThanOrEqual(BATCHES * BATCH * 0.9);
    expect(clientOnly).toBeLessThan(total / 2);
  });

  // Outside what fc.webUrl() generates, the two disagree on `format: uri`: the client compiles ajv-formats'
  // fast check (a scheme, then no whitespace) while Prism runs the full RFC 3986 one. Reported here, not hidden:
  // the client lets these through to the server, and Prism (like a strict server) refuses them.
  it('format uri: the client is laxer than Prism on strings that are not RFC 3986 URIs, never stricter', async () => {
    const probes = [
      'https://merchant.example.com/return',
      'https://merchant.example.com/pagos/retorno?id=1#fin',
      'http://[bad',
      'https://merchant.example.com/ñandú',
      'https://merchant.example.com/%zz',
      'https://merchant.example.com/a|b',
      'https://merchant.example.com/{id}',
      'https://merchant.example.com/a\\b',
      'x:',
      'merchant.example.com/return',
      'https://merchant example.com',
    ];
    const op = operations.find((o) => o.method === 'POST' && o.path === '/payoutTargets')!;
    const base = fc.sample(validRequest(op), { numRuns: 1, seed })[0]!;
    // The client's verdict without the network: a request it lets through reaches this stub instead of Prism,
    // which answers with the spec's own example (the client checks answers too).
    const stub = async () => new Response(JSON.stringify(examplePayoutTarget()), { status: 200, headers: { 'content-type': 'application/json' } });
    const rows = await Promise.all(
      probes.map(async (redirectUrl) => {
        const values = { ...base, body: { ...(base.body as object), redirectUrl } };
        const clientOk = await call(op, values, stub).then(
          () => true,
          (error: unknown) => (error instanceof PalommaValidationError ? false : Promise.reject(error)),
        );
        const prismOk = verdictOf(await sendRaw(op, values)).accepted;
        return { redirectUrl, clientOk, prismOk };
      }),
    );
    const laxer = rows.filter((r) => r.clientOk && !r.prismOk).map((r) => r.redirectUrl);
    console.log(`[property] format uri: the client accepts, Prism rejects: ${laxer.map((u) => JSON.stringify(u)).join(', ') || 'none'}`);
    expect(rows.filter((r) => !r.clientOk && r.prismOk), 'the client must never refuse what Prism accepts').toEqual([]);
    expect(rows.slice(0, 2).every((r) => r.clientOk && r.prismOk)).toBe(true);
  });
});
