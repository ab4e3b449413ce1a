// The generator's rules on small scratch specs: resource and method names, overrides, clashes, argument order, paging.
import { describe, expect, it } from 'vitest';
import { describeOperations, lowerCamel, methodName } from '../../src/spec/operations.js';
import { renderNamedTypes, renderPublicTypes, renderResources } from '../../codegen/client-surface.mjs';

const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } };
const page = {
  '200': {
    description: 'A page',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingList' } } },
  },
};
const schemas = {
  Thing: { type: 'object', properties: { id: { type: 'string' } } },
  ThingList: {
    type: 'object',
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } }, cursor: { type: ['string', 'null'] } },
  },
};
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });

function specWith(paths: Record<string, unknown>) {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { schemas } };
}

const surface = (paths: Record<string, unknown>) =>
  describeOperations(specWith(paths)).map((op: any) => [op.resource, op.method, op.pathParameters.map((p: any) => p.name)]);

describe('names', () => {
  it('takes the resource from the first tag in lower camel case', () => {
    expect(['Payout Targets', 'payin-settlements', 'Customers', 'merchantAccounts', 'API Keys'].map(lowerCamel)).toEqual([
      'payoutTargets',
      'payinSettlements',
      'customers',
      'merchantAccounts',
      'apiKeys',
    ]);
  });

  it('takes the method from the leading verb of the operationId, else the id in camel case', () => {
    expect(
      ['createPayoutTarget', 'listCustomers', 'getCustomerById', 'getMerchantAccount', 'retrievePayoutRequest', 'cancelPayinLink', 'Refund_Payin'].map((id) =>
        methodName(id),
      ),
    ).toEqual(['create', 'list', 'retrieve', 'retrieve', 'retrieve', 'cancelPayinLink', 'refundPayin']);
    // A verb must be a whole word: `creature…` or `getaway…` are not create/get.
    expect(['creatureFeature', 'listingSummary', 'getaway'].map((id) => methodName(id))).toEqual(['creatureFeature', 'listingSummary', 'getaway']);
  });

  it('names any other verb followed by exactly its resource in the singular by the verb alone', () => {
    const cases: [operationId: string, resource: string, method: string][] = [
      ['cancelPayoutTarget', 'payoutTargets', 'cancel'],
      ['settleMerchantAccount', 'merchantAccounts', 'settle'],
      ['refundPayinRequest', 'payinRequests', 'refund'],
      ['approveCompany', 'companies', 'approve'],
      // Anything more or less than `<verb><Resource>` keeps the operationId.
      ['cancelPayinLink', 'payoutTargets', 'cancelPayinLink'],
      ['cancelPayoutTargetNow', 'payoutTargets', 'cancelPayoutTargetNow'],
      ['bulkCancelPayoutTarget', 'payoutTargets', 'bulkCancelPayoutTarget'],
      ['PayoutTarget', 'payoutTargets', 'payoutTarget'],
      // create, list and retrieve are as before.
      ['createPayoutTarget', 'payoutTargets', 'create'],
      ['getPayoutTargetById', 'payoutTargets', 'retrieve'],
    ];
    expect(cases.map(([id, resource]) => methodName(id, resource))).toEqual(cases.map(([, , method]) => method));
    const paths = {
      '/things/{thingId}/cancel': { post: { operationId: 'cancelThing', tags: ['Things'], parameters: [idParam('thingId')], responses: ok } },
    };
    expect(surface(paths)).toEqual([['things', 'cancel', ['thingId']]]);
  });

  it('lets x-palomma-method override the derived name', () => {
    const paths = {
      '/things/{thingId}': {
        get: { operationId: 'getThingById', tags: ['Things'], parameters: [idParam('thingId')], responses: ok },
        post: { operationId: 'updateThing', 'x-palomma-method': 'update', tags: ['Things'], parameters: [idParam('thingId')], responses: ok },
      },
    };
    expect(surface(paths)).toEqual([
      ['things', 'retrieve', ['thingId']],
      ['things', 'update', ['thingId']],
    ]);
  });

  it('fails when two operations land on the same resource.method, naming both', () => {
    const paths = {
      '/things/{thingId}': { get: { operationId: 'getThingById', tags: ['Things'], parameters: [idParam('thingId')], responses: ok } },
      '/things/current': { get: { operationId: 'getCurrentThing', tags: ['Things'], responses: ok } },
    };
    expect(() => surface(paths)).toThrow(
      /getThingById \(GET \/things\/\{thingId\}\) and getCurrentThing \(GET \/things\/current\) both become palomma\.things\.retrieve\(\)/,
    );
  });

  it('fails on an operation without a tag or an operationId, and on reserved names', () => {
    expect(() => surface({ '/a': { get: { operationId: 'getA', responses: ok } } })).toThrow(/GET \/a: \(getA\) needs a tag/);
    expect(() => surface({ '/a': { get: { tags: ['A'], responses: ok } } })).toThrow(/GET \/a: needs an operationId/);
    expect(() => surface({ '/a': { get: { operationId: 'then', tags: ['A'], responses: ok } } })).toThrow(/"then" is reserved/);
    expect(() => surface({ '/a': { get: { operationId: 'getA', tags: ['use'], responses: ok } } })).toThrow(/the resource name "use" is reserved/);
  });
});

describe('arguments', () => {
  it('puts path parameters first, in path order, whatever order they are declared in', () => {
    const paths = {
      '/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}': {
        get: {
          operationId: 'getPayinSettlementById',
          tags: ['Payin Settlements'],
          parameters: [idParam('payinSettlementId'), idParam('merchantAccountId')],
          responses: ok,
        },
      },
    };
    expect(surface(paths)).toEqual([['payinSettlements', 'retrieve', ['merchantAccountId', 'payinSettlementId']]]);
    const text = renderResources(specWith(paths));
    expect(text).toContain('retrieve(merchantAccountId: string, payinSettlementId: string, options?: CallOptions): APIPromise<Thing>;');
  });

  it('fails when a path template names a parameter the operation does not declare', () => {
    const paths = { '/things/{thingId}': { get: { operationId: 'getThingById', tags: ['Things'], responses: ok } } };
    expect(() => surface(paths)).toThrow(/path parameter \{thingId\} is not declared/);
  });

  it('then the body, or a query object, then the options', () => {
    const paths = {
      '/things': {
        post: {
          operationId: 'createThing',
          tags: ['Things'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          responses: ok,
        },
        get: { operationId: 'searchThings', tags: ['Things'], parameters: [query('name')], responses: ok },
      },
    };
    const text = renderResources(specWith(paths));
    expect(text).toContain('create(body: CreateThingBody, options?: CallOptions): APIPromise<Thing>;');
    expect(text).toContain('searchThings(query?: SearchThingsQuery, options?: CallOptions): APIPromise<Thing>;');
    expect(renderNamedTypes(specWith(paths)).text).toContain("export type CreateThingBody = Thing;");
  });
});

describe('paging', () => {
  const list = (paging: unknown, parameters = [query('cursor'), query('limit')]) => ({
    '/things': { get: { operationId: 'listThings', tags: ['Things'], parameters, responses: page, 'x-palomma-paging': paging } },
  });

  it('makes list() return a PageList of the items type', () => {
    const text = renderResources(specWith(list({ cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' })));
    expect(text).toContain('list(query?: ListThingsQuery, options?: ListOptions): PageList<Thing, ThingList>;');
    expect(text).toMatch(/paging: \{\s*cursorParameter: 'cursor',\s*items: 'items',\s*nextCursor: 'cursor'\s*\}/);
  });

  it('fails when the extension names fields the response schema lacks, or a cursor parameter the operation lacks', () => {
    expect(() => surface(list({ cursorParameter: 'cursor', items: 'data', nextCursor: 'cursor' }))).toThrow(
      /listThings\): x-palomma-paging names items "data", which the 200 response schema does not have/,
    );
    expect(() => surface(list({ cursorParameter: 'cursor', items: 'items', nextCursor: 'next' }))).toThrow(
      /names nextCursor "next", which the 200 response schema does not have/,
    );
    expect(() => surface(list({ cursorParameter: 'after', items: 'items', nextCursor: 'cursor' }))).toThrow(
      /names cursorParameter "after", which is not a query parameter/,
    );
    expect(() => surface(list({ cursorParameter: 'cursor', items: 'cursor', nextCursor: 'cursor' }))).toThrow(/is not an array/);
    expect(() => surface(list('cursor'))).toThrow(/must be an object/);
  });
});

describe('type names', () => {
  const withSchemas = (extra: Record<string, unknown>, paths: Record<string, unknown>) => ({ ...specWith(paths), components: { schemas: { ...schemas, ...extra } } });
  const create = (schema: string, responses: unknown = ok) => ({
    '/things': {
      post: {
        operationId: 'createThing',
        tags: ['Things'],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } },
        responses,
      },
    },
  });
  const failed = { '400': { description: 'Bad', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } };

  it("gives a component that is only an operation's body that body's name, and nothing else", () => {
    const spec = withSchemas({ NewThing: { type: 'object', description: 'A thing to make.' } }, create('NewThing'));
    const { text, names } = renderNamedTypes(spec);
    expect(text).toMatch(/\* A thing to make\.\n \*\n \* The body of `POST \/things` \(createThing\)\.\n \*\/\nexport type CreateThingBody = components\['schemas'\]\['NewThing'\];/);
    expect(names).not.toContain('NewThing');
    expect(renderResources(spec)).toContain('create(body: CreateThingBody, options?: CallOptions): APIPromise<Thing>;');
  });

  it('names a component after a JavaScript global Api<Name>Body, so importing it hides no global', () => {
    const spec = withSchemas({ Error: { type: 'object', properties: { message: { type: 'string' } } } }, create('Thing', { ...ok, ...failed }));
    const { text, names } = renderNamedTypes(spec);
    expect(text).toContain("export type ApiErrorBody = components['schemas']['Error'];");
    expect(names).toContain('ApiErrorBody');
    expect(names).not.toContain('Error');
  });

  it('fails, naming both, when a renamed component lands on a name already taken', () => {
    const spec = withSchemas({ NewThing: { type: 'object' }, CreateThingBody: { type: 'string' } }, create('NewThing'));
    expect(() => renderNamedTypes(spec)).toThrow(
      /components\.schemas\.CreateThingBody and components\.schemas\.NewThing \(named for the body of createThing\) both make the type CreateThingBody/,
    );
  });

  it('lists every public type by name: the named types, the resource interfaces, no runtime table', () => {
    const spec = withSchemas({ NewThing: { type: 'object' }, Error: { type: 'object' } }, create('NewThing', { ...ok, ...failed }));
    const text = renderPublicTypes(spec);
    expect(text).toContain("export type { components, operations, paths, webhooks } from './schema.js';");
    expect(text).toContain("export type { ApiErrorBody, CreateThingBody, Thing, ThingList } from './types.js';");
    expect(text).toContain("export type { Resources, Things } from './resources.js';");
    expect(text).not.toMatch(/\bError\b|NewThing|operationTable/);
  });

  it('prints the runtime table one operation per line', () => {
    const paths = { ...create('Thing'), '/things/{thingId}': { get: { operationId: 'getThingById', tags: ['Things'], parameters: [idParam('thingId')], responses: ok } } };
    const table = /export const operationTable = \{\n([\s\S]*?)\n\} as const/.exec(renderResources(specWith(paths)))![1]!;
    expect(table.split('\n')).toEqual([
      '  things: {',
      "    create: { method: 'POST', path: '/things', pathParameters: [], body: true },",
      "    retrieve: { method: 'GET', path: '/things/{thingId}', pathParameters: ['thingId'] },",
      '  },',
    ]);
  });
});
