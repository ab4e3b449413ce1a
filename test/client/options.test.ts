// Every option mistake is a PalommaConfigError naming the option, at creation as per call; page lists behave as
// promises (then, catch, finally); an error response's problem list reaches the message.
import { describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaConfigError, PalommaInvalidRequestError } from '../../src/client/index.js';

const token = 'sk_test_options';
const baseUrl = 'http://127.0.0.1:9';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createPalommaClient options', () => {
  it.each([
    [{ token, timout: 5 }, 'timout'],
    [{ token, retries: 3 }, 'retries'],
    [{ token, baseURL: baseUrl }, 'baseURL'],
  ])('refuses an unknown option at creation, naming it: %o', (options, name) => {
    const attempt = () => createPalommaClient(options as never);
    expect(attempt).toThrow(PalommaConfigError);
    expect(attempt).toThrow(new RegExp(`^${name}: not an option of createPalommaClient; it takes token, environment, baseUrl, fetch, timeout, maxRetries`));
  });

  it('refuses options that are not an object with a PalommaConfigError', () => {
    expect(() => createPalommaClient('sk_test' as never)).toThrow(PalommaConfigError);
    expect(() => createPalommaClient(['sk_test'] as never)).toThrow(/one options object/);
  });

  it('accepts every documented option', () => {
    const client = createPalommaClient({
      token,
      environment: 'sandbox',
      fetch: async () => json({}),
      timeout: 1_000,
      maxRetries: 0,
      validateRequests: true,
      validateResponses: 'off',
      onWarning: () => {},
      logger: console,
      logLevel: 'off',
      maxResponseBytes: 1_000,
      dangerouslyAllowBrowser: false,
    });
    expect(typeof client.customers.list).toBe('function');
  });
});

describe('page lists', () => {
  const pageOf = (items: unknown[]) => ({ items, cursor: null, count: items.length });

  it('refuse maxPages 0 with a PalommaConfigError, like every other bad option', () => {
    const palomma = createPalommaClient({ token, baseUrl, fetch: async () => json(pageOf([])) });
    expect(() => palomma.customers.list(undefined, { maxPages: 0 })).toThrow(PalommaConfigError);
    expect(() => palomma.customers.list(undefined, { maxPages: 0 })).toThrow(/^maxPages: must be a whole number, 1 or more; got 0$/);
  });

  it('have catch and finally, as a promise of the first page does', async () => {
    const failing = createPalommaClient({ token, baseUrl, maxRetries: 0, fetch: async () => json({ message: 'down' }, 500) });
    const caught = await failing.customers.list().catch((error: unknown) => error);
    expect(caught).toMatchObject({ name: 'PalommaServerError', status: 500 });

    let settled = 0;
    const working = createPalommaClient({ token, baseUrl, fetch: async () => json(pageOf([])) });
    const page = await working.customers.list().finally(() => settled++);
    expect(page).toEqual(pageOf([]));
    expect(settled).toBe(1);
    expect(Object.prototype.toString.call(working.customers.list())).toBe('[object PageList]');
  });
});

describe('error messages', () => {
  it('carry the first problem of a 422 problem list that has no message', async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      validation: [
        { location: ['body', 'bankAccount'], severity: 'Error', code: 'required', message: "must have required property 'accountNumber'" },
        { location: ['body', 'reference'], severity: 'Error', code: 'type', message: 'must be string' },
      ],
    };
    const palomma = createPalommaClient({
      token,
      baseUrl,
      validateRequests: false,
      fetch: async () => json(problem, 422, { 'content-type': 'application/problem+json' }),
    });
    const error = await palomma.customers.retrieve('cus_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaInvalidRequestError);
    expect((error as Error).message).toBe(
      "GET /customers/{customerId}: 422 — bankAccount must have required property 'accountNumber' (and 1 more in .issues)",
    );
  });
});
