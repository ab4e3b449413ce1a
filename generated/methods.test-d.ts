// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient, type CallOptions, type ListOptions, type PageList } from '../src/index.js';
import type { CreateCustomerBody, CreatePayoutRequestBody, CreatePayoutTargetBody, Customer, ListPayoutRequestsQuery, PayoutRequest, PayoutRequestList, PayoutTarget } from './types.js';

const palomma = createPalommaClient({ token: 'type-tests' });

describe('every generated method is typed from the spec', () => {
  it('customers.create: POST /customers', () => {
    expectTypeOf(palomma.customers.create).parameters.toEqualTypeOf<[body: CreateCustomerBody, options?: CallOptions]>();
    expectTypeOf(palomma.customers.create({} as CreateCustomerBody)).resolves.toEqualTypeOf<Customer>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.customers.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.customers.create({} as CreateCustomerBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.customers.create({} as CreateCustomerBody, { timeout: 'five seconds' });
  });

  it('payoutTargets.create: POST /payoutTargets', () => {
    expectTypeOf(palomma.payoutTargets.create).parameters.toEqualTypeOf<[body: CreatePayoutTargetBody, options?: CallOptions]>();
    expectTypeOf(palomma.payoutTargets.create({} as CreatePayoutTargetBody)).resolves.toEqualTypeOf<PayoutTarget>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.payoutTargets.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.payoutTargets.create({} as CreatePayoutTargetBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutTargets.create({} as CreatePayoutTargetBody, { timeout: 'five seconds' });
  });

  it('payoutTargets.retrieve: GET /payoutTargets/{payoutTargetId}', () => {
    expectTypeOf(palomma.payoutTargets.retrieve).parameters.toEqualTypeOf<[payoutTargetId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payoutTargets.retrieve('id')).resolves.toEqualTypeOf<PayoutTarget>();
    // @ts-expect-error payoutTargetId is a string
    palomma.payoutTargets.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.payoutTargets.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutTargets.retrieve('id', { timeout: 'five seconds' });
  });

  it('payoutRequests.create: POST /payoutRequests', () => {
    expectTypeOf(palomma.payoutRequests.create).parameters.toEqualTypeOf<[body: CreatePayoutRequestBody, options?: CallOptions]>();
    expectTypeOf(palomma.payoutRequests.create({} as CreatePayoutRequestBody)).resolves.toEqualTypeOf<PayoutRequest>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.payoutRequests.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.payoutRequests.create({} as CreatePayoutRequestBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutRequests.create({} as CreatePayoutRequestBody, { timeout: 'five seconds' });
  });

  it('payoutRequests.list: GET /payoutRequests', () => {
    expectTypeOf(palomma.payoutRequests.list).parameters.toEqualTypeOf<[query?: ListPayoutRequestsQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payoutRequests.list({} as ListPayoutRequestsQuery)).toEqualTypeOf<PageList<PayoutRequest, PayoutRequestList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payoutRequests.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payoutRequests.list({} as ListPayoutRequestsQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutRequests.list({} as ListPayoutRequestsQuery, { timeout: 'five seconds' });
  });

  it('payoutRequests.retrieve: GET /payoutRequests/{payoutRequestId}', () => {
    expectTypeOf(palomma.payoutRequests.retrieve).parameters.toEqualTypeOf<[payoutRequestId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payoutRequests.retrieve('id')).resolves.toEqualTypeOf<PayoutRequest>();
    // @ts-expect-error payoutRequestId is a string
    palomma.payoutRequests.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.payoutRequests.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutRequests.retrieve('id', { timeout: 'five seconds' });
  });
});
