import { describe, expect, it, vi } from 'vitest';
import {
  createPalommaClient,
  PalommaResponseValidationError,
  PalommaValidationError,
  type CreatePayoutTargetBody,
} from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const token = 'sk_test_canary_validation_91c2';
const asBody = (value: unknown) => value as CreatePayoutTargetBody;

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('request validation (on by default)', () => {
  it('lists every problem with its path and reason, and sends nothing', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const body = {
      redirectUrl: 'not a url',
      type: 'card',
      bankAccount: { bank: '', accountType: 'current', accountNumber: 12345 },
      reference: 7,
    };
    const error = await rejection(createPalommaClient({ token, fetch }).payoutTargets.create(asBody(body)));
    expect(error).toBeInstanceOf(PalommaValidationError);
    expect((error as PalommaValidationError).issues).toEqual(
      expect.arrayContaining([
        { path: 'customerId', message: 'is required' },
        { path: 'reference', message: 'must be a string' },
        { path: 'redirectUrl', message: expect.stringMatching(/^must be an absolute URI/) },
        { path: 'type', message: 'must be one of "bankAccount"' },
        { path: 'bankAccount.bank', message: 'must not be empty' },
        { path: 'bankAccount.accountType', message: 'must be one of "savings", "checking"' },
        { path: 'bankAccount.accountNumber', message: 'must be a string' },
      ]),
    );
    expect((error as PalommaValidationError).issues).toHaveLength(7);
    expect((error as Error).message).toMatch(/^POST \/payoutTargets: request is invalid, not sent: .*bankAccount\.accountType must be one of/);
    expect(requests).toHaveLength(0);
  });

  it('checks a body with several forms against the form its type names, and names type when it names none', async () => {
    const { fetch, requests } = fakeFetch(json(200, {}));
    const palomma = createPalommaClient({ token, fetch });
    const link = { type: 'general', customerId: 'c', redirectUrl: 'https://merchant.example.com/r', availableTypes: ['pse'] };
    const issues = async (body: unknown) =>
      ((await rejection(palomma.payinLinks.create(body as never))) as PalommaValidationError).issues;
    expect(await issues({ ...link, amount: 1_500 })).toEqual([{ path: 'amount', message: 'must be greater than 1500' }]);
    expect(await issues({ ...link, amount: 2_000, availableTypes: ['cash'] })).toEqual([
      { path: 'availableTypes[0]', message: 'must be one of "pse", "bancolombiaButton", "nequiButton", "card", "bancolombiaCollect"' },
    ]);
    expect(await issues({ ...link, amount: 2_000, type: 'cash' })).toEqual([{ path: 'type', message: '"cash" is not one of the forms this body takes' }]);
    expect(await issues({ customerId: 'c' })).toEqual([{ path: 'type', message: 'is required' }]);
    expect(await issues({ type: 7 })).toEqual([{ path: 'type', message: 'must be a string' }]);
    // A form known only by its type passes with whatever else it carries: the server judges the rest.
    await palomma.payinLinks.create({ type: 'pse', anything: true } as never);
    expect(requests).toHaveLength(1);
  });

  it('rejects a body that is not an object', async () => {
    const { fetch, requests } = fakeFetch(json(200, {}));
    const error = await rejection(createPalommaClient({ token, fetch }).payoutTargets.create(asBody('nope')));
    expect((error as PalommaValidationError).issues).toEqual([{ path: '', message: 'must be an object' }]);
    expect(requests).toHaveLength(0);
  });

  it('accepts a bank code it does not know: the server judges those', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const body = { ...exampleCreateBody(), bankAccount: { ...exampleCreateBody().bankAccount, bank: 'bancoNuevo2027' } };
    await createPalommaClient({ token, fetch }).payoutTargets.create(body);
    expect(requests).toHaveLength(1);
  });

  it('guards the raw POST too', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch });
    const error = await rejection(client.POST('/payoutTargets', { body: asBody({ ...exampleCreateBody(), customerId: '' }) }));
    expect((error as PalommaValidationError).issues).toEqual([{ path: 'customerId', message: 'must not be empty' }]);
    expect(requests).toHaveLength(0);
  });

  it('can be turned off per client, and per call', async () => {
    const broken = asBody({ ...exampleCreateBody(), type: 'card' });
    const off = fakeFetch(json(200, examplePayoutTarget()));
    await createPalommaClient({ token, fetch: off.fetch, validateRequests: false }).payoutTargets.create(broken);
    expect(off.requests).toHaveLength(1);

    const perCall = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch: perCall.fetch });
    await client.payoutTargets.create(broken, { validateRequest: false });
    expect(perCall.requests).toHaveLength(1);
    await expect(client.payoutTargets.create(broken)).rejects.toBeInstanceOf(PalommaValidationError);
    expect(perCall.requests).toHaveLength(1);
  });
});

describe('response validation (opt-in)', () => {
  const drifted = { ...examplePayoutTarget(), status: 'pending', statusMessage: 'BANK_ON_STRIKE', createdAt: 'yesterday' };

  it("is off by default: a reply the spec does not know is returned as is", async () => {
    const { fetch } = fakeFetch(json(200, drifted));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(createPalommaClient({ token, fetch }).payoutTargets.create(exampleCreateBody())).resolves.toEqual(drifted);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("'warn' reports each problem with its path, and still returns the data: new enum values never crash", async () => {
    const { fetch } = fakeFetch(json(200, drifted));
    const warnings: PalommaResponseValidationError[] = [];
    const client = createPalommaClient({ token, fetch, validateResponses: 'warn', onWarning: (w) => warnings.push(w) });
    await expect(client.payoutTargets.create(exampleCreateBody())).resolves.toEqual(drifted);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.issues.map((i) => i.path)).toEqual(['status', 'statusMessage', 'createdAt']);
    expect(warnings[0]!.status).toBe(200);
  });

  it("'warn' goes to console.warn by default, without the token", async () => {
    const { fetch } = fakeFetch(json(200, drifted));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await createPalommaClient({ token, fetch, validateResponses: 'warn' }).payoutTargets.create(exampleCreateBody());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/statusMessage must be one of/);
    expect(String(warn.mock.calls[0]![0])).not.toContain(token);
    warn.mockRestore();
  });

  it("'throw' rejects a 2xx body that breaks the spec, naming the paths", async () => {
    const { fetch } = fakeFetch(json(200, drifted));
    const client = createPalommaClient({ token, fetch, validateResponses: 'throw' });
    const error = await rejection(client.payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaResponseValidationError);
    expect((error as PalommaResponseValidationError).issues[0]).toEqual({ path: 'status', message: 'must be one of "active", "cancelled"' });
  });

  it("'throw' passes a valid reply, and only warns about an error body it cannot check", async () => {
    const valid = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch: valid.fetch, validateResponses: 'throw' });
    await expect(client.payoutTargets.create(exampleCreateBody())).resolves.toEqual(examplePayoutTarget());

    const warnings: PalommaResponseValidationError[] = [];
    const teapot = fakeFetch(json(418, { message: 'short and stout' }));
    const strict = createPalommaClient({ token, fetch: teapot.fetch, validateResponses: 'throw', onWarning: (w) => warnings.push(w) });
    await expect(strict.payoutTargets.create(exampleCreateBody())).rejects.toMatchObject({ status: 418 });
    expect(warnings[0]!.issues).toEqual([{ path: '', message: 'status 418 is not documented for POST /payoutTargets' }]);
  });
});
