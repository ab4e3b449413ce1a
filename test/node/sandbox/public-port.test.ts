// The sandbox's API port answers like Palomma: a request that breaks the spec gets 400 `{ message }` naming the
// field and the rule, in the words of the client's PalommaValidationError, never Prism's 422 problem+json; Prism
// behind the port still judges every answer, and what Prism itself refuses comes out in Palomma's shape too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaValidationError } from '../../../src/client/index.js';
import { startSandboxServer, type SandboxServer } from '../../../src/node/sandbox/index.js';
import { validatorsFit } from '../../../src/node/sandbox/validation.js';
import { bankAccount } from '../../helpers/sandbox.js';
import { spec } from '../../helpers/spec.js';

const token = 'public-port-test-token';
let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, controlPort: 0, token });
}, 60_000);
afterAll(() => server?.close());

const target = { customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA', redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() };
const { accountNumber: _dropped, ...withoutNumber } = bankAccount();

/** A raw request to the port, as any HTTP client would send it. */
async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), violations: response.headers.get('sl-violations'), body: await response.json() };
}

/** What the client's own validation says about the same call, after `request is invalid, not sent: `. */
async function clientWords(send: (palomma: ReturnType<typeof createPalommaClient>) => Promise<unknown>) {
  const error = await send(createPalommaClient({ token, baseUrl: server.url, maxRetries: 0 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PalommaValidationError);
  return (error as Error).message.replace(/^.*?: request is invalid, not sent: /, '');
}

describe("the sandbox's API port", () => {
  it.each([
    ['a body missing bankAccount.accountNumber', 'POST', '/payoutTargets', { ...target, bankAccount: withoutNumber }, 'bankAccount.accountNumber is required'],
    ['a value outside an enum and a wrong type', 'POST', '/payoutTargets', { ...target, redirectUrl: 42, bankAccount: { ...bankAccount(), accountType: 'current' } }, /^redirectUrl must be a string; bankAccount\.accountType must be one of "savings", "checking"$/],
    ['GET /customers?limit=101', 'GET', '/customers?limit=101', undefined, 'limit must be at most 100'],
    ['a limit that is not a number', 'GET', '/payoutRequests?limit=ten', undefined, 'limit must be an integer'],
    ['a path parameter that is not valid percent-encoding', 'GET', '/customers/%E0%A4%A', undefined, /^path: is not valid percent-encoding/],
    ['a body that is not JSON', 'POST', '/customers', '{"name":', 'body: is not valid JSON'],
  ])('answers %s with 400 application/json { message } naming the field, not 422 problem+json', async (_case, method, path, body, words) => {
    const answer = await call(server.url, method, path, body);
    expect(answer).toEqual({ status: 400, type: 'application/json', violations: null, body: { message: expect.any(String) } });
    if (typeof words === 'string') expect(answer.body.message).toBe(words);
    else expect(answer.body.message).toMatch(words);
  });

  it("words a broken body and query as the client's PalommaValidationError does (which names a query parameter where its options hold it)", async () => {
    const body = { ...target, redirectUrl: 42, bankAccount: withoutNumber };
    expect((await call(server.url, 'POST', '/payoutTargets', body)).body.message).toBe(await clientWords((p) => p.payoutTargets.create(body as never)));
    const query = (await call(server.url, 'GET', '/customers?limit=101')).body.message;
    expect(`params.query.${query}`).toBe(await clientWords((p) => p.customers.list({ limit: 101 })));
  });

  it("answers a missing or wrong token, an unknown path and a method the path does not take in Palomma's shape", async () => {
    expect(await call(server.url, 'GET', '/customers', undefined, {})).toMatchObject({ status: 401, type: 'application/json', body: { message: 'Unauthorized' } });
    expect(await call(server.url, 'GET', '/customers', undefined, { authorization: 'Bearer another' })).toMatchObject({ status: 401, body: { message: 'Unauthorized' } });
    expect(await call(server.url, 'GET', '/nothing-here')).toMatchObject({ status: 404, type: 'application/json', body: { message: expect.stringContaining('/nothing-here') } });
    expect(await call(server.url, 'DELETE', '/customers')).toMatchObject({ status: 405, type: 'application/json', body: { message: expect.stringContaining('DELETE') } });
  });

  it('names an unknown parent: 400 for a list under it (no 404 declared), 404 for a lookup under it', async () => {
    expect(await call(server.url, 'GET', '/merchantAccounts/no-such-account/payinSettlements')).toEqual({
      status: 400,
      type: 'application/json',
      violations: null,
      body: { message: 'merchantAccountId: no merchant account has the id "no-such-account"' },
    });
    expect(await call(server.url, 'GET', '/merchantAccounts/no-such-account/payinSettlements/SOME')).toMatchObject({
      status: 404,
      body: { message: 'merchantAccountId: no merchant account has the id "no-such-account"' },
    });
  });

  it("still has Prism judge the answers: a good request passes with no violation, and what Prism refuses is in Palomma's shape, its findings in sl-violations", async () => {
    const created = await call(server.url, 'POST', '/customers', { name: 'Pepito Perez', documentType: 'cc', documentNumber: '1037551022', email: 'pepito@gmail.com', phoneNumber: '3013111111' });
    expect(created).toMatchObject({ status: 200, type: 'application/json', violations: null, body: { id: expect.any(String) } });
    // A body the check reads as JSON, sent as text: Prism refuses the media type (415), the port says 400.
    const asText = await call(server.url, 'POST', '/customers', JSON.stringify(created.body), { authorization: `Bearer ${token}`, 'content-type': 'text/plain' });
    expect(asText).toMatchObject({ status: 400, type: 'application/json', body: { message: 'content-type: Supported content types: application/json' } });
    expect(asText.violations).toContain('415');
  });
});

describe('the check with the generated validators', () => {
  it('is made only for the spec they were compiled from: an edited spec (npm start while the maintainer types) is left to Prism', () => {
    expect(validatorsFit(spec)).toBe(true);
    const edited = structuredClone(spec);
    edited.paths['/payoutTargets'].post.summary = 'Register a payout target';
    expect(validatorsFit(edited)).toBe(false);
  });
});
