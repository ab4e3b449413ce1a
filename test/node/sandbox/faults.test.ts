// Faults on demand: what POST /faults accepts (named refusals otherwise), the order they are used in, and the
// answers they give: Palomma's { message } shape, Retry-After, a delay.
import { describe, expect, it } from 'vitest';
import { createFaults, faultLimits } from '../../../src/node/sandbox/faults.js';

const operations = new Map([
  ['createCustomer', new Set([200, 400, 401, 500])],
  ['getCustomerById', new Set([200, 400, 401, 404, 500])],
]);

describe('createFaults', () => {
  it('answers the next calls of the operation with the fault, in the order asked, then normally', () => {
    const faults = createFaults(operations);
    faults.add({ operationId: 'createCustomer', status: 500 });
    faults.add({ operationId: 'createCustomer', status: 429, retryAfter: 2, times: 2 });
    expect(faults.take('getCustomerById')).toBeUndefined();
    const first = faults.take('createCustomer');
    expect(first).toEqual({
      delayMs: 0,
      error: { status: 500, headers: {}, body: { message: expect.stringMatching(/^the sandbox answers 500 to this createCustomer call because of a fault asked for with POST \/faults \(the last one\)$/) } },
    });
    expect(faults.list()).toEqual([{ operationId: 'createCustomer', status: 429, retryAfter: 2, times: 2, delayMs: 0 }]);
    expect(faults.take('createCustomer')?.error).toMatchObject({ status: 429, headers: { 'retry-after': '2' }, body: { message: expect.stringContaining('(1 more to come)') } });
    expect(faults.take('createCustomer')?.error?.status).toBe(429);
    expect(faults.take('createCustomer')).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('a delay alone answers normally, late; with a status, the error comes late', () => {
    const faults = createFaults(operations);
    faults.add({ operationId: 'getCustomerById', delayMs: 1_500 });
    faults.add({ operationId: 'getCustomerById', delayMs: 200, status: 404 });
    expect(faults.take('getCustomerById')).toEqual({ delayMs: 1_500 });
    expect(faults.take('getCustomerById')).toMatchObject({ delayMs: 200, error: { status: 404 } });
  });

  it('clear() forgets them; the list is a copy', () => {
    const faults = createFaults(operations);
    faults.add({ operationId: 'createCustomer', status: 503, times: 3 });
    faults.list()[0]!.times = 99;
    expect(faults.list()[0]!.times).toBe(3);
    faults.clear();
    expect(faults.take('createCustomer')).toBeUndefined();
  });

  it.each([
    [[], /^body: must be a JSON object/],
    [{ operationId: 'createCustomer', status: 500, colour: 'red' }, /^colour: is not a known field/],
    [{ operationId: 'deleteEverything', status: 500 }, /^operationId: must be one of the API's operations \(createCustomer, getCustomerById\)/],
    [{ operationId: 'createCustomer', status: 404 }, /^status: must be one that createCustomer declares or 429, 500, 503 \(allowed: 400, 401, 429, 500, 503\)/],
    [{ operationId: 'createCustomer', status: 200 }, /^status: must be one that createCustomer declares/],
    [{ operationId: 'createCustomer', status: 500.5 }, /^status: must be a whole number/],
    [{ operationId: 'createCustomer', status: 500, times: 0 }, /^times: must be a whole number from 1 to 1000/],
    [{ operationId: 'createCustomer', delayMs: 60_001 }, /^delayMs: must be a whole number from 0 to 60000/],
    [{ operationId: 'createCustomer', status: 500, retryAfter: 1 }, /^retryAfter: only a 429 or 503 fault/],
    [{ operationId: 'createCustomer', status: 429, retryAfter: -1 }, /^retryAfter: must be a whole number from 0 to 3600/],
    [{ operationId: 'createCustomer' }, /^status: give a status, a delayMs, or both/],
  ])('refuses %j naming the field', (body, message) => {
    expect(() => createFaults(operations).add(body)).toThrow(message);
    expect(() => createFaults(operations).add(body)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  it(`holds at most ${faultLimits.faults} faults per merchant`, () => {
    const faults = createFaults(operations);
    for (let i = 0; i < faultLimits.faults; i++) faults.add({ operationId: 'createCustomer', status: 500 });
    expect(() => faults.add({ operationId: 'createCustomer', status: 500 })).toThrow(/already has 100 faults waiting; DELETE \/faults clears them/);
  });
});
