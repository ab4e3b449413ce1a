// Prism's own answers (problem+json, its JSON parse error) become Palomma's `{ message }` under a declared status,
// the violations kept in sl-violations; answers from behind Prism pass untouched.
import { describe, expect, it } from 'vitest';
import { inPalommaShape } from '../../../src/node/prism/palomma-shape.js';

const problem = 'application/problem+json';
const validation = [
  { location: ['body', 'bankAccount'], severity: 'Error', code: 'required', message: "Request body property bankAccount must have required property 'accountNumber'" },
  { location: ['query', 'limit'], severity: 'Error', code: 'maximum', message: 'Request query parameter limit must be <= 100' },
];
const prism = (status: number, extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'https://stoplight.io/prism/errors#X', title: 'Invalid request', status, ...extra });

describe('inPalommaShape', () => {
  it("turns Prism's 422 for a request into a 400 naming each field and rule, the findings in sl-violations", () => {
    expect(inPalommaShape(422, problem, prism(422, { validation }))).toEqual({
      status: 400,
      body: { message: "Request body property bankAccount must have required property 'accountNumber'; Request query parameter limit must be <= 100" },
      headers: { 'sl-violations': JSON.stringify(validation) },
    });
  });

  it('names the header for a media type Prism does not take', () => {
    const unsupported = [{ severity: 'Error', code: 415, message: 'Supported content types: application/json' }];
    expect(inPalommaShape(415, problem, prism(415, { validation: unsupported }))?.body).toEqual({ message: 'content-type: Supported content types: application/json' });
  });

  it("turns an answer Prism found outside the spec into a 500 saying so, and its 401, 404 and 405 into Palomma's body", () => {
    const outside = inPalommaShape(500, problem, prism(500, { title: 'Request/Response not valid', validation }));
    expect(outside).toMatchObject({ status: 500, body: { message: expect.stringMatching(/^the answer broke the spec: Request body property bankAccount/) } });
    expect(outside?.headers['sl-violations']).toBe(JSON.stringify(validation));
    expect(inPalommaShape(401, problem, prism(401, { title: 'Invalid security scheme used' }))).toEqual({ status: 401, body: { message: 'Unauthorized' }, headers: {} });
    expect(inPalommaShape(404, problem, prism(404, { title: 'Route not resolved', detail: 'no path matched' }))?.body).toEqual({ message: 'Route not resolved: no path matched' });
  });

  it("turns Prism's JSON parse error into a 400 naming the body", () => {
    expect(inPalommaShape(400, 'application/json; charset=utf-8', '{"error":{"code":"invalid_json","message":"Invalid JSON"}}')).toEqual({
      status: 400,
      body: { message: 'body: Invalid JSON' },
      headers: {},
    });
  });

  it("leaves answers from behind Prism alone, errors in Palomma's shape and bodies that are not JSON included", () => {
    expect(inPalommaShape(400, 'application/json', '{"message":"customerId: no customer has the id \\"X\\""}')).toBeUndefined();
    expect(inPalommaShape(200, 'application/json', '{"items":[],"cursor":null}')).toBeUndefined();
    expect(inPalommaShape(502, 'text/html', '<h1>Bad gateway</h1>')).toBeUndefined();
    // A problem answer is Prism's even when its body is not JSON.
    expect(inPalommaShape(500, problem, 'not json')).toEqual({ status: 500, body: { message: 'the answer broke the spec: Prism answered 500' }, headers: {} });
  });
});
