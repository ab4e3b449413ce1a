// The response schemas say what is always there: every success body and every webhook payload refuses an empty
// object and an error body, and every error body needs its `message`. Without that, Prism's validating proxy
// and any contract test built on the spec cannot notice a server that drops fields.
import { describe, expect, it } from 'vitest';
import { spec } from '../helpers/spec.js';
import { schemaErrors } from '../helpers/schemas.js';

interface Body {
  where: string;
  schema: object;
  /** The response's first example (success responses only). */
  example?: any;
  /** Whether the operation is a paged list (`x-palomma-paging`). */
  paged?: boolean;
}

const resolveResponse = (response: any) => (response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response);

/** The application/json schema of every response of every operation, split into 2xx and the rest. */
function responseBodies() {
  const success: Body[] = [];
  const failure: Body[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        const media = resolveResponse(response).content?.['application/json'];
        if (!media?.schema) continue;
        const { schema } = media;
        const where = `${method.toUpperCase()} ${path} ${status}`;
        const example = Object.values<any>(media.examples ?? {})[0]?.value;
        if (/^2\d\d$/.test(status)) success.push({ where, schema, example, paged: operation['x-palomma-paging'] !== undefined });
        else failure.push({ where, schema });
      }
    }
  }
  return { success, failure };
}

/** The JSON body schema of every webhook Palomma sends. */
function webhookPayloads(): Body[] {
  return Object.entries<any>(spec.webhooks ?? {}).map(([name, item]) => ({
    where: `webhook ${name}`,
    schema: item.post.requestBody.content['application/json'].schema,
  }));
}

const { success, failure } = responseBodies();
const webhooks = webhookPayloads();
const errorBody = { message: 'Not found' };
const answer = (where: string) => success.find((b) => b.where === where)!;

describe('response and webhook schemas', () => {
  it('cover every success response and every webhook of the spec', () => {
    // 22 operations, each with one 200 answer; six webhooks.
    expect(success).toHaveLength(22);
    expect(webhooks).toHaveLength(6);
  });

  it.each([...success, ...webhooks].map((b) => [b.where, b] as const))('%s refuses {} and an error body', (_where, body) => {
    expect(schemaErrors(body.schema, {}), 'an empty object').not.toEqual([]);
    expect(schemaErrors(body.schema, errorBody), 'an error body').not.toEqual([]);
  });

  it.each(success.filter((b) => b.paged).map((b) => [b.where, b] as const))('%s refuses a page holding {} or an error body', (_where, body) => {
    for (const item of [{}, errorBody]) expect(schemaErrors(body.schema, { items: [item], cursor: null, count: 1 })).not.toEqual([]);
    expect(schemaErrors(body.schema, { items: [], cursor: null, count: 0 })).toEqual([]);
  });

  it.each(webhooks.map((b) => [b.where, b] as const))('%s refuses an envelope whose event is {} or an error body', (where, body) => {
    const envelope = { webhookId: '01HPRD0E6W9V3R5T8Y2K4M7QXZ', timestamp: '2023-11-07T05:40:10Z', eventType: where.replace('webhook ', '') };
    for (const event of [{}, errorBody]) expect(schemaErrors(body.schema, { ...envelope, event })).not.toEqual([]);
  });

  it.each(failure.map((b) => [b.where, b] as const))('%s needs a string message', (_where, body) => {
    expect(schemaErrors(body.schema, {})).not.toEqual([]);
    expect(schemaErrors(body.schema, { message: 42 })).not.toEqual([]);
    expect(schemaErrors(body.schema, errorBody)).toEqual([]);
  });

  it('refuses an object of another kind: a payin link is not a payout request', () => {
    const payout = answer('GET /payoutRequests/{payoutRequestId} 200');
    expect(schemaErrors(payout.schema, answer('GET /payinLinks/{payinLinkId} 200').example)).not.toEqual([]);
    expect(schemaErrors(payout.schema, payout.example)).toEqual([]);
  });

  it('bounds every list page: at most 100 items, and a count from 0 to 100', () => {
    const lists = success.filter((b) => b.paged);
    expect(lists).toHaveLength(8);
    for (const body of lists) {
      const page = body.example;
      expect(schemaErrors(body.schema, page), body.where).toEqual([]);
      expect(schemaErrors(body.schema, { ...page, items: Array(101).fill(page.items[0]) }), `${body.where}: 101 items`).not.toEqual([]);
      expect(schemaErrors(body.schema, { ...page, count: 101 }), `${body.where}: count 101`).not.toEqual([]);
      expect(schemaErrors(body.schema, { ...page, count: 1.5 }), `${body.where}: count 1.5`).not.toEqual([]);
      expect(schemaErrors(body.schema, { cursor: null }), `${body.where}: no items, no count`).not.toEqual([]);
    }
  });
});
