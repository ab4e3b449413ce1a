// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { describe, expectTypeOf, it } from 'vitest';
import { createPalommaClient, type CallOptions, type ListOptions, type PageList } from '../../src/client/index.js';
import type {
  CreateCustomerBody,
  CreatePayinLinkBody,
  CreatePayinRequestBody,
  CreatePayinSourceBody,
  CreatePayoutRequestBody,
  CreatePayoutTargetBody,
  Customer,
  CustomerList,
  ListCustomersQuery,
  ListMerchantAccountsQuery,
  ListPayinLinksQuery,
  ListPayinRequestsQuery,
  ListPayinSettlementsQuery,
  ListPayinSourcesQuery,
  ListPayoutRequestsQuery,
  ListPayoutTargetsQuery,
  MerchantAccount,
  MerchantAccountList,
  PayinLink,
  PayinLinkList,
  PayinRequest,
  PayinRequestList,
  PayinSettlement,
  PayinSettlementList,
  PayinSource,
  PayinSourceList,
  PayoutRequest,
  PayoutRequestList,
  PayoutTarget,
  PayoutTargetList,
} from '../../src/client/index.js';

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

  it('customers.list: GET /customers', () => {
    expectTypeOf(palomma.customers.list).parameters.toEqualTypeOf<[query?: ListCustomersQuery, options?: ListOptions]>();
    expectTypeOf(palomma.customers.list({} as ListCustomersQuery)).toEqualTypeOf<PageList<Customer, CustomerList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.customers.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.customers.list({} as ListCustomersQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.customers.list({} as ListCustomersQuery, { timeout: 'five seconds' });
  });

  it('customers.retrieve: GET /customers/{customerId}', () => {
    expectTypeOf(palomma.customers.retrieve).parameters.toEqualTypeOf<[customerId: string, options?: CallOptions]>();
    expectTypeOf(palomma.customers.retrieve('id')).resolves.toEqualTypeOf<Customer>();
    // @ts-expect-error customerId is a string
    palomma.customers.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.customers.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.customers.retrieve('id', { timeout: 'five seconds' });
  });

  it('payinLinks.create: POST /payinLinks', () => {
    expectTypeOf(palomma.payinLinks.create).parameters.toEqualTypeOf<[body: CreatePayinLinkBody, options?: CallOptions]>();
    expectTypeOf(palomma.payinLinks.create({} as CreatePayinLinkBody)).resolves.toEqualTypeOf<PayinLink>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.payinLinks.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.payinLinks.create({} as CreatePayinLinkBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinLinks.create({} as CreatePayinLinkBody, { timeout: 'five seconds' });
  });

  it('payinLinks.list: GET /payinLinks', () => {
    expectTypeOf(palomma.payinLinks.list).parameters.toEqualTypeOf<[query?: ListPayinLinksQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payinLinks.list({} as ListPayinLinksQuery)).toEqualTypeOf<PageList<PayinLink, PayinLinkList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payinLinks.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payinLinks.list({} as ListPayinLinksQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinLinks.list({} as ListPayinLinksQuery, { timeout: 'five seconds' });
  });

  it('payinLinks.retrieve: GET /payinLinks/{payinLinkId}', () => {
    expectTypeOf(palomma.payinLinks.retrieve).parameters.toEqualTypeOf<[payinLinkId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payinLinks.retrieve('id')).resolves.toEqualTypeOf<PayinLink>();
    // @ts-expect-error payinLinkId is a string
    palomma.payinLinks.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.payinLinks.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinLinks.retrieve('id', { timeout: 'five seconds' });
  });

  it('payinSources.create: POST /payinSources', () => {
    expectTypeOf(palomma.payinSources.create).parameters.toEqualTypeOf<[body: CreatePayinSourceBody, options?: CallOptions]>();
    expectTypeOf(palomma.payinSources.create({} as CreatePayinSourceBody)).resolves.toEqualTypeOf<PayinSource>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.payinSources.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.payinSources.create({} as CreatePayinSourceBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinSources.create({} as CreatePayinSourceBody, { timeout: 'five seconds' });
  });

  it('payinSources.list: GET /payinSources', () => {
    expectTypeOf(palomma.payinSources.list).parameters.toEqualTypeOf<[query?: ListPayinSourcesQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payinSources.list({} as ListPayinSourcesQuery)).toEqualTypeOf<PageList<PayinSource, PayinSourceList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payinSources.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payinSources.list({} as ListPayinSourcesQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinSources.list({} as ListPayinSourcesQuery, { timeout: 'five seconds' });
  });

  it('payinSources.retrieve: GET /payinSources/{payinSourceId}', () => {
    expectTypeOf(palomma.payinSources.retrieve).parameters.toEqualTypeOf<[payinSourceId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payinSources.retrieve('id')).resolves.toEqualTypeOf<PayinSource>();
    // @ts-expect-error payinSourceId is a string
    palomma.payinSources.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.payinSources.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinSources.retrieve('id', { timeout: 'five seconds' });
  });

  it('payinRequests.create: POST /payinRequests', () => {
    expectTypeOf(palomma.payinRequests.create).parameters.toEqualTypeOf<[body: CreatePayinRequestBody, options?: CallOptions]>();
    expectTypeOf(palomma.payinRequests.create({} as CreatePayinRequestBody)).resolves.toEqualTypeOf<PayinRequest>();
    // @ts-expect-error the body is an object of the documented shape
    palomma.payinRequests.create('not a body');
    // @ts-expect-error an unknown option does not compile
    palomma.payinRequests.create({} as CreatePayinRequestBody, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinRequests.create({} as CreatePayinRequestBody, { timeout: 'five seconds' });
  });

  it('payinRequests.list: GET /payinRequests', () => {
    expectTypeOf(palomma.payinRequests.list).parameters.toEqualTypeOf<[query?: ListPayinRequestsQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payinRequests.list({} as ListPayinRequestsQuery)).toEqualTypeOf<PageList<PayinRequest, PayinRequestList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payinRequests.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payinRequests.list({} as ListPayinRequestsQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinRequests.list({} as ListPayinRequestsQuery, { timeout: 'five seconds' });
  });

  it('payinRequests.retrieve: GET /payinRequests/{payinRequestId}', () => {
    expectTypeOf(palomma.payinRequests.retrieve).parameters.toEqualTypeOf<[payinRequestId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payinRequests.retrieve('id')).resolves.toEqualTypeOf<PayinRequest>();
    // @ts-expect-error payinRequestId is a string
    palomma.payinRequests.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.payinRequests.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinRequests.retrieve('id', { timeout: 'five seconds' });
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

  it('payoutTargets.list: GET /payoutTargets', () => {
    expectTypeOf(palomma.payoutTargets.list).parameters.toEqualTypeOf<[query?: ListPayoutTargetsQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payoutTargets.list({} as ListPayoutTargetsQuery)).toEqualTypeOf<PageList<PayoutTarget, PayoutTargetList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payoutTargets.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payoutTargets.list({} as ListPayoutTargetsQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payoutTargets.list({} as ListPayoutTargetsQuery, { timeout: 'five seconds' });
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

  it('merchantAccounts.list: GET /merchantAccounts', () => {
    expectTypeOf(palomma.merchantAccounts.list).parameters.toEqualTypeOf<[query?: ListMerchantAccountsQuery, options?: ListOptions]>();
    expectTypeOf(palomma.merchantAccounts.list({} as ListMerchantAccountsQuery)).toEqualTypeOf<PageList<MerchantAccount, MerchantAccountList>>();
    // @ts-expect-error the query is an object of the documented parameters
    palomma.merchantAccounts.list('not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.merchantAccounts.list({} as ListMerchantAccountsQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.merchantAccounts.list({} as ListMerchantAccountsQuery, { timeout: 'five seconds' });
  });

  it('merchantAccounts.retrieve: GET /merchantAccounts/{merchantAccountId}', () => {
    expectTypeOf(palomma.merchantAccounts.retrieve).parameters.toEqualTypeOf<[merchantAccountId: string, options?: CallOptions]>();
    expectTypeOf(palomma.merchantAccounts.retrieve('id')).resolves.toEqualTypeOf<MerchantAccount>();
    // @ts-expect-error merchantAccountId is a string
    palomma.merchantAccounts.retrieve(42);
    // @ts-expect-error an unknown option does not compile
    palomma.merchantAccounts.retrieve('id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.merchantAccounts.retrieve('id', { timeout: 'five seconds' });
  });

  it('payinSettlements.list: GET /merchantAccounts/{merchantAccountId}/payinSettlements', () => {
    expectTypeOf(palomma.payinSettlements.list).parameters.toEqualTypeOf<[merchantAccountId: string, query?: ListPayinSettlementsQuery, options?: ListOptions]>();
    expectTypeOf(palomma.payinSettlements.list('id', {} as ListPayinSettlementsQuery)).toEqualTypeOf<PageList<PayinSettlement, PayinSettlementList>>();
    // @ts-expect-error merchantAccountId is a string
    palomma.payinSettlements.list(42, {} as ListPayinSettlementsQuery);
    // @ts-expect-error the query is an object of the documented parameters
    palomma.payinSettlements.list('id', 'not a query');
    // @ts-expect-error an unknown option does not compile
    palomma.payinSettlements.list('id', {} as ListPayinSettlementsQuery, { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinSettlements.list('id', {} as ListPayinSettlementsQuery, { timeout: 'five seconds' });
  });

  it('payinSettlements.retrieve: GET /merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}', () => {
    expectTypeOf(palomma.payinSettlements.retrieve).parameters.toEqualTypeOf<[merchantAccountId: string, payinSettlementId: string, options?: CallOptions]>();
    expectTypeOf(palomma.payinSettlements.retrieve('id', 'id')).resolves.toEqualTypeOf<PayinSettlement>();
    // @ts-expect-error merchantAccountId is a string
    palomma.payinSettlements.retrieve(42, 'id');
    // @ts-expect-error payinSettlementId is a string
    palomma.payinSettlements.retrieve('id', 42);
    // @ts-expect-error an unknown option does not compile
    palomma.payinSettlements.retrieve('id', 'id', { timout: 5000 });
    // @ts-expect-error timeout is a number of milliseconds
    palomma.payinSettlements.retrieve('id', 'id', { timeout: 'five seconds' });
  });
});
