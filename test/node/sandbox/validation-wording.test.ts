// The in-process sandbox words a request that breaks the spec as the client's PalommaValidationError does: one
// rule (src/client/validation/issues.ts) for both, so a message seen in a test reads the same as one in production.
import { afterAll, describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaValidationError } from '../../../src/client/index.js';
import { createSandbox } from '../../../src/node/sandbox/index.js';
import { bankAccount } from '../../helpers/sandbox.js';

const sandbox = createSandbox();
afterAll(() => sandbox.close());
const palomma = createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch, maxRetries: 0 });

const target = { customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA', redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() };

describe("the sandbox's 400 for a request that breaks the spec", () => {
  it.each([
    ['a missing field', { ...target, customerId: undefined }],
    ['a value outside an enum', { ...target, bankAccount: { ...bankAccount(), accountType: 'current' } }],
    ['a wrong type and an empty string', { ...target, redirectUrl: 42, customerId: '' }],
    ['an unknown form', { ...target, type: 'card' }],
  ])('says what PalommaValidationError says, for %s', async (_case, body) => {
    const response = await sandbox.fetch('https://sandbox.api.palomma.com/v0/payoutTargets', {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    const error = await palomma.payoutTargets.create(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaValidationError);
    expect(message.length).toBeGreaterThan(0);
    expect((error as PalommaValidationError).message).toBe(`POST /payoutTargets: request is invalid, not sent: ${message}`);
  });
});
