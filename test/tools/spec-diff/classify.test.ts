// The spec-diff classifier on fixture pairs (fixtures/: one base document, one small change per case): each pair
// changes one thing and must be classified as the README says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffSpecs, isMajorBump, summarize } from '../../../tools/spec-diff/classify.mjs';
import { cases as fixtures, fixture } from './fixtures/cases.js';

type Kind = 'breaking' | 'risk' | 'non-breaking' | 'docs';
type Expected = [kind: Kind, where: string, what: RegExp];

const post = 'POST /payoutTargets';
const list = 'GET /payoutTargets';
const body = `${post} request body`;
const ok = `${post} response 200 body`;

// Every fixture, with every change it must produce: no more, no fewer.
const cases: Record<string, Expected[]> = {
  // Breaking
  'path-removed': [['breaking', '/health', /path removed/]],
  'operation-removed': [['breaking', list, /operation removed/]],
  'request-field-removed': [['breaking', `${body} reference`, /request field removed/]],
  'response-field-removed': [['breaking', `${ok} createdAt`, /response field removed/]],
  'request-enum-value-removed': [['breaking', `${body} bankAccount.bank`, /enum values removed: 'nequi'/]],
  'response-enum-value-removed': [['breaking', `${ok} status`, /enum values removed: 'cancelled'/]],
  // Methods are named from operationIds and grouped by tags: renaming or removing either removes a method.
  'operation-id-renamed': [
    ['breaking', post, /operationId renamed from createPayoutTarget to registerPayoutTarget/],
    ['breaking', list, /operationId listPayoutTargets removed/],
  ],
  'tag-renamed': [
    ['breaking', post, /tag renamed from payoutTargets to targets/],
    ['breaking', list, /tag listing removed/],
    ['non-breaking', 'GET /health', /tag health added/],
  ],
  'request-field-added-required': [['breaking', `${body} description`, /new required request field/]],
  'request-field-became-required': [['breaking', `${body} reference`, /optional request field became required/]],
  'type-changed': [['breaking', `${body} bankAccount.accountNumber`, /type changed from string to integer/]],
  'constraints-tightened': [
    ['breaking', `${body} customerId`, /minLength tightened from 1 to 26/],
    ['breaking', `${body} reference`, /pattern .* added: tightened/],
    ['breaking', `${body} notifyEmail`, /format email added: tightened/],
    ['breaking', `${body} bankAccount.accountNumber`, /maxLength tightened from 20 to 10/],
    ['breaking', `${list} query parameter limit`, /maximum tightened from 100 to 50/],
  ],
  'additional-properties-off': [['breaking', `${body} bankAccount`, /additionalProperties turned off/]],
  'security-scheme-changed': [['breaking', 'components.securitySchemes.bearerAuth', /type changed from http to apiKey/]],
  'security-requirement-changed': [
    ['breaking', `${post} security`, /from bearerAuth to bearerAuth \+ signature/],
    ['non-breaking', 'components.securitySchemes.signature', /security scheme added/],
  ],
  'response-status-removed': [['breaking', `${post} response 400`, /response status removed/]],
  'server-removed': [['breaking', 'servers https://sandbox.example.com/v0', /server removed/]],
  parameters: [
    ['breaking', `${list} query parameter limit`, /optional parameter became required/],
    ['breaking', `${list} header parameter X-Request-Id`, /new required parameter/],
    ['non-breaking', `${list} query parameter cursor`, /new optional parameter/],
  ],
  // Risk: fine for the types, but code that switches over the field meets a value it does not know.
  'response-enum-value-added': [['risk', `${ok} status`, /enum values added: 'pending'.*switches over it/]],
  // Non-breaking
  'operation-added': [
    ['non-breaking', '/customers', /path added/],
    ['non-breaking', 'HEAD /health', /operation added/],
  ],
  'request-field-added-optional': [['non-breaking', `${body} description`, /new optional request field/]],
  'response-field-added': [['non-breaking', `${ok} updatedAt`, /new response field/]],
  'request-enum-value-added': [['non-breaking', `${body} bankAccount.bank`, /enum values added: 'davivienda'/]],
  'constraints-loosened': [
    ['non-breaking', `${body} customerId`, /minLength removed: loosened/],
    ['non-breaking', `${body} redirectUrl`, /format removed: loosened/],
    ['non-breaking', `${body} bankAccount.accountNumber`, /maxLength loosened from 20 to 34/],
    ['non-breaking', `${list} query parameter limit`, /maximum loosened from 100 to 500/],
  ],
  // Docs
  'docs-only': [
    ['docs', 'info.description', /description changed/],
    ['docs', post, /summary changed from Create a payout target to Register a payout target/],
    ['docs', post, /description changed/],
    ['docs', body, /example changed/],
    ['docs', `${body} customerId`, /description changed/],
    ['docs', `${post} response 200`, /description changed/],
    ['docs', `${ok} id`, /examples added/],
    ['docs', 'components.securitySchemes.bearerAuth', /description changed/],
  ],
  // Not a change: the same schemas under other names, inlined, or behind components/responses.
  'ref-moved': [],
  // A schema that refers to itself, renamed as well: compared once, without looping.
  'ref-cycle': [
    ['breaking', 'POST /trees request body label', /new required request field/],
    ['non-breaking', 'POST /trees response 200 body label', /new response field/],
  ],
};

describe('diffSpecs on the fixture pairs', () => {
  it('has an expectation for every fixture, and every fixture changes its document', () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(cases).sort());
    for (const name of Object.keys(fixtures)) expect(fixture(name).head, name).not.toEqual(fixture(name).base);
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: ${expected.length ? expected.map(([kind]) => kind).join(', ') : 'no change'}`, () => {
      const { base, head } = fixture(name);
      const { changes } = diffSpecs(base, head);
      for (const [kind, where, what] of expected) {
        expect(changes).toContainEqual({ kind, where, what: expect.stringMatching(what) });
      }
      expect(changes, JSON.stringify(changes, null, 2)).toHaveLength(expected.length);
    });
  }

  it('finds nothing when a spec is compared with itself', () => {
    const spec = parse(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8'));
    expect(diffSpecs(spec, structuredClone(spec)).changes).toEqual([]);
  });
});

describe('diffSpecs on the generated client (x-palomma-* extensions)', () => {
  const spec = parse(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8'));

  it('judges x-palomma-method and x-palomma-paging by what they do to client methods, other project extensions by theirs', () => {
    const head = structuredClone(spec);
    head.paths['/customers/{customerId}'].get['x-palomma-method'] = 'fetch'; // renames retrieve()
    head.paths['/payinLinks/{payinLinkId}'].get['x-palomma-method'] = 'retrieve'; // the name it has anyway
    delete head.paths['/customers'].get['x-palomma-paging'];
    head.paths['/payinLinks'].get['x-palomma-paging'].note = 'read by nobody'; // the generator reads three keys
    head.paths['/payoutTargets'].get['x-palomma-paging'].cursorParameter = 'limit'; // a query parameter, but not the cursor
    head.paths['/payinSources'].get['x-palomma-retries'] = 3; // unknown to the generator
    const dated = Object.values<any>(head.components.schemas).flatMap((schema) =>
      Object.values<any>(schema.properties ?? {}).filter((property) => 'x-palomma-example-days-from-now' in property),
    );
    expect(dated.length).toBeGreaterThan(0);
    dated[0]['x-palomma-example-days-from-now'] = 2;
    head.paths['/payinRequests'].get['x-codeSamples'] = []; // another vendor's extension

    const { changes } = diffSpecs(spec, head);
    const expected: Expected[] = [
      ['breaking', 'GET /customers/{customerId}', /client method renamed from palomma\.customers\.retrieve\(\) to palomma\.customers\.fetch\(\) \(x-palomma-method "fetch" added\)/],
      ['non-breaking', 'GET /payinLinks/{payinLinkId}', /x-palomma-method "retrieve" added; the client method stays palomma\.payinLinks\.retrieve\(\)/],
      ['breaking', 'GET /customers', /palomma\.customers\.list\(\) no longer pages/],
      ['non-breaking', 'GET /payinLinks', /x-palomma-paging changed; the paging of palomma\.payinLinks\.list\(\) stays the same/],
      ['breaking', 'GET /payoutTargets', /pages differently: cursor in cursor, .* before, cursor in limit, .* now/],
      ['breaking', 'GET /payinSources', /x-palomma-retries added \(an extension of this project not classified in detail, so treated as breaking\)/],
      ['docs', expect.any(String) as unknown as string, /x-palomma-example-days-from-now changed from 1 to 2/],
      ['non-breaking', 'GET /payinRequests', /x-codeSamples added/],
    ];
    for (const [kind, where, what] of expected) expect(changes).toContainEqual({ kind, where, what: expect.stringMatching(what) });
    expect(changes, JSON.stringify(changes, null, 2)).toHaveLength(expected.length);
  });

  // Small specs the generator can read: one list with paging, and a head it cannot read.
  const small = (paths: Record<string, unknown>) => ({ openapi: '3.1.0', info: { title: 'Small', version: '1.0.0' }, paths });
  const page = { type: 'object', properties: { items: { type: 'array', items: { type: 'string' } }, cursor: { type: ['string', 'null'] } } };
  const list = (extra: Record<string, unknown> = {}) => ({
    operationId: 'listThings',
    tags: ['Things'],
    parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
    responses: { 200: { description: 'A page.', content: { 'application/json': { schema: page } } } },
    ...extra,
  });

  it('calls paging added breaking: the list method returns a page list instead of a page', () => {
    const paging = { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' };
    const { changes } = diffSpecs(small({ '/things': { get: list() } }), small({ '/things': { get: list({ 'x-palomma-paging': paging }) } }));
    expect(changes).toEqual([{ kind: 'breaking', where: 'GET /things', what: expect.stringMatching(/^palomma\.things\.list\(\) now pages/) }]);
  });

  it('refuses to judge a new spec the generator cannot read (two operations become one method)', () => {
    const head = small({ '/things': { get: list() }, '/stuff': { get: list({ operationId: 'listStuff' }) } });
    expect(() => diffSpecs(small({ '/things': { get: list() } }), head)).toThrow(/no client can be generated from the new spec: .*both become palomma\.things\.list\(\)/);
  });

  it('compares no client methods when the old spec is not one the generator reads (as the fixtures)', () => {
    const { changes } = diffSpecs(small({ '/things': { get: list({ tags: [] }) } }), small({ '/things': { get: list({ tags: [], 'x-palomma-method': 'all' }) } }));
    expect(changes).toEqual([]);
  });
});

describe('diffSpecs directions in webhooks', () => {
  // In a webhook Palomma sends the request and the client reads it: the request body follows response rules.
  const spec = (status: string[], extra = false) => ({
    openapi: '3.1.0',
    info: { title: 'Webhooks', version: '1.0.0' },
    webhooks: {
      'target.update': {
        post: {
          operationId: 'targetUpdate',
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { status: { type: 'string', enum: status }, ...(extra ? { note: { type: 'string' } } : {}) },
                },
              },
            },
          },
          responses: { 200: { description: 'Received.' } },
        },
      },
    },
  });

  it('treats a new enum value in a webhook body as a risk and a new field as non-breaking', () => {
    const { changes } = diffSpecs(spec(['active']), spec(['active', 'pending'], true));
    expect(changes).toEqual([
      { kind: 'risk', where: 'POST webhook target.update request body status', what: expect.stringContaining("'pending'") },
      { kind: 'non-breaking', where: 'POST webhook target.update request body note', what: 'new webhook field (optional)' },
    ]);
  });
});

describe('summarize and isMajorBump', () => {
  it('counts each kind', () => {
    const { changes } = diffSpecs(fixture('constraints-tightened').base, fixture('docs-only').head);
    const counts = summarize(changes);
    expect(counts.breaking + counts.risk + counts.nonBreaking + counts.docs).toBe(changes.length);
  });

  it.each([
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '0.1.1', false],
    ['0.1.0', '1.0.0', true],
    ['1.4.2', '2.0.0', true],
    ['1.4.2', '1.5.0', false],
    ['2.0.0', '1.9.0', false],
    ['0.1.0', '0.1.0', false],
    [undefined, '1.0.0', false],
    ['0.1.0', 'next', false],
  ])('%s → %s is a major bump: %s', (from, to, expected) => {
    expect(isMajorBump(from, to)).toBe(expected);
  });
});
