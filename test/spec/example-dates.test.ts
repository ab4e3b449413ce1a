// The dates Palomma judges against today: found by their mark in the spec, moved to days from now, written as the
// example writes them, and nothing else in a body touched.
import { describe, expect, it } from 'vitest';
import { exampleCalls } from '../../src/node/cli/contract-check.js';
import { daysFromNow, isoLength, relativeDateFields, withCurrentDates } from '../../src/spec/example-dates.js';
import { spec } from '../helpers/spec.js';

const now = Date.parse('2026-03-31T22:15:00Z');
const linkSchema = spec.paths['/payinLinks'].post.requestBody.content['application/json'].schema;
const linkExample = spec.paths['/payinLinks'].post.requestBody.content['application/json'].examples.general.value;

describe('example dates', () => {
  it('write a date the way the example writes it', () => {
    expect(isoLength('2024-08-28')).toBe(10);
    expect(isoLength('2024-08-28T23:59:59')).toBe(19);
    expect(isoLength('2024-08-28T23:59:59.000Z')).toBe(24);
    expect(() => isoLength('28/08/2024')).toThrow(/"28\/08\/2024" is not a date this package can move/);
    expect(daysFromNow('2024-08-28T23:59:59', 1, now)).toBe('2026-04-01T22:15:00');
    expect(daysFromNow('2024-08-28', 7, now)).toBe('2026-04-07');
  });

  it("are marked in the spec on the payin link's expiration only", () => {
    const marked: string[] = [];
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const schema = operation.requestBody?.content['application/json'].schema;
        for (const field of schema ? relativeDateFields(spec, schema) : []) marked.push(`${method} ${path} ${field.path.join('.')} ${field.days}`);
      }
    }
    expect(marked).toEqual(['post /payinLinks expiration 1']);
  });

  it('move only the marked field, in a copy', () => {
    const moved = withCurrentDates(spec, linkSchema, linkExample);
    expect(moved).toEqual({ ...linkExample, expiration: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });
    expect(Date.parse(`${moved.expiration}Z`)).toBeGreaterThan(Date.now());
    expect(linkExample.expiration).toBe('2024-08-28T23:59:59');
    const minimal = { ...linkExample, expiration: undefined };
    expect(withCurrentDates(spec, linkSchema, minimal)).toEqual(minimal);
    expect(withCurrentDates(spec, linkSchema, linkExample, (current: string, days: number) => `${current}+${days}`).expiration).toBe('2024-08-28T23:59:59+1');
  });

  it('follow nested objects and every form of a oneOf', () => {
    const document = {
      components: {
        schemas: {
          Window: { type: 'object', properties: { until: { type: 'string', 'x-palomma-example-days-from-now': 3 } } },
          Body: { oneOf: [{ type: 'object', properties: { window: { $ref: '#/components/schemas/Window' } } }, { type: 'object' }] },
        },
      },
    };
    const schema = { $ref: '#/components/schemas/Body' };
    expect(relativeDateFields(document, schema)).toEqual([{ path: ['window', 'until'], days: 3 }]);
    expect(withCurrentDates(document, schema, { window: { until: '2020-01-01' } }, (_: string, days: number) => `in ${days} days`)).toEqual({
      window: { until: 'in 3 days' },
    });
  });

  it("are what the contract check sends: the link's example with an expiration from today", () => {
    const general = exampleCalls(spec).find((call: { operationId: string }) => call.operationId === 'createPayinLink')!;
    const { expiration } = general.body as { expiration: string };
    expect(expiration).not.toBe(linkExample.expiration);
    expect(Date.parse(`${expiration}Z`)).toBeGreaterThan(Date.now());
  });
});
