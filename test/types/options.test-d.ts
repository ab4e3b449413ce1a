// Per-call options are typed on the raw methods as on the resource methods; `.withResponse()` and paging are typed.
import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient, type CreatePayoutTargetBody, type PayoutRequest, type PayoutTarget, type WithResponse } from '../../src/client/index.js';

const palomma = createPalommaClient({ token: 't' });
declare const body: CreatePayoutTargetBody;

describe('raw methods take only the documented options', () => {
  it('accepts params, body and the call options', () => {
    void palomma.POST('/payoutTargets', { body, timeout: 5000, maxRetries: 0, validateRequest: false, headers: { Prefer: 'code=400' } });
    void palomma.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: 'x' } }, signal: AbortSignal.timeout(1) });
    void palomma.GET('/payoutRequests');
  });

  it('refuses misspelt or mistyped options at compile time', () => {
    // @ts-expect-error timout is not an option
    void palomma.POST('/payoutTargets', { body, timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    void palomma.POST('/payoutTargets', { body, timeout: 'five seconds' });
    // @ts-expect-error maxRetries is a number
    void palomma.GET('/payoutRequests', { maxRetries: '2' });
    // @ts-expect-error Authorization comes from the token, never from per-call headers
    void palomma.POST('/payoutTargets', { body, headers: { Authorization: 'Bearer other' } });
    // @ts-expect-error the path parameter is required
    void palomma.GET('/payoutTargets/{payoutTargetId}', {});
  });

  it('types the data of a raw call from the spec', async () => {
    const { data } = await palomma.POST('/payoutTargets', { body });
    expectTypeOf(data).toEqualTypeOf<PayoutTarget | undefined>();
  });
});

describe('results', () => {
  it('withResponse() gives the data and the Response', () => {
    expectTypeOf(palomma.payoutTargets.create(body).withResponse()).resolves.toEqualTypeOf<WithResponse<PayoutTarget>>();
    expectTypeOf(palomma.payoutRequests.list().withResponse()).resolves.toMatchTypeOf<{ response: Response }>();
  });

  it('toArray() needs a limit and gives the items', () => {
    expectTypeOf(palomma.payoutRequests.list().toArray({ limit: 10 })).resolves.toEqualTypeOf<PayoutRequest[]>();
    // @ts-expect-error the limit is required
    void palomma.payoutRequests.list().toArray({});
  });
});
