// Wrong values for the limits and opt-ins do not compile: the client's cap and browser opt-in, the webhook replay window.
import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient, PalommaApiError, PalommaRedirectError, PalommaResponseTooLargeError } from '../../src/client/index.js';
import { verifyWebhook } from '../../src/webhooks/index.js';

describe('limits and opt-ins', () => {
  it('maxResponseBytes is a number, dangerouslyAllowBrowser a boolean', () => {
    createPalommaClient({ token: 't', maxResponseBytes: 1_048_576, dangerouslyAllowBrowser: true });
    // @ts-expect-error a string is not a byte count
    createPalommaClient({ token: 't', maxResponseBytes: '1MB' });
    // @ts-expect-error the opt-in is a boolean, not a truthy string
    createPalommaClient({ token: 't', dangerouslyAllowBrowser: 'yes' });
  });

  it('maxAge is a number of seconds; validateEvent one of the three modes', () => {
    void verifyWebhook({ headers: {}, integrityKey: 'k', maxAge: 300 });
    // @ts-expect-error maxAge takes seconds as a number
    void verifyWebhook({ headers: {}, integrityKey: 'k', maxAge: '5m' });
    // @ts-expect-error the modes are lower case
    void verifyWebhook({ headers: {}, integrityKey: 'k', validateEvent: 'Throw' });
  });

  it('the new errors are PalommaApiErrors with their own fields', () => {
    expectTypeOf<PalommaRedirectError>().toMatchTypeOf<PalommaApiError>();
    expectTypeOf<PalommaRedirectError['targetOrigin']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PalommaResponseTooLargeError['maxResponseBytes']>().toEqualTypeOf<number>();
  });
});
