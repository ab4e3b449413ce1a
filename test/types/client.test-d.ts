import { describe, expectTypeOf, it } from 'vitest';
import {
  createPalommaClient,
  type BankCode,
  type Customer,
  type CustomerDetails,
  type ApiErrorBody as ErrorBody,
  type MerchantAccount,
  type PayinLink,
  type PayinRequest,
  type PayinSettlement,
  type PayinSource,
  type PayoutRequest,
  type PayoutRequestList,
  type CreatePayoutTargetBody,
  type PayoutTarget,
  type PayoutTargetStatus,
  type StatusMessage,
} from '../../src/client/index.js';

/** The keys of T that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

const client = createPalommaClient({ token: 't' });
const body: CreatePayoutTargetBody = {
  customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA',
  redirectUrl: 'https://merchant.example.com/return',
  type: 'bankAccount',
  bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '123' },
};

describe('types', () => {
  it('create() takes the body and resolves to a PayoutTarget', () => {
    expectTypeOf(client.payoutTargets.create).parameter(0).toEqualTypeOf<CreatePayoutTargetBody>();
    expectTypeOf(client.payoutTargets.create(body)).resolves.toEqualTypeOf<PayoutTarget>();
  });

  it('names the enums exactly as the spec lists them', () => {
    expectTypeOf<PayoutTargetStatus>().toEqualTypeOf<'active' | 'cancelled'>();
    expectTypeOf<StatusMessage>().toEqualTypeOf<
      | 'AUTHENTICATION_FAILED'
      | 'CUSTOMER_CANCELLATION'
      | 'DECLINED_BY_BANK'
      | 'EXPIRED'
      | 'INVALID_ACCOUNT'
      | 'NOT_ENOUGH_FUNDS'
      | 'ERROR'
      | 'BANK_NOT_AVAILABLE'
      | 'DOCUMENT_ACCOUNT_MISMATCH'
    >();
    expectTypeOf<PayoutTarget['status']>().toEqualTypeOf<PayoutTargetStatus | undefined>();
  });

  it('marks required what Palomma always shows, and leaves optional what it makes conditional', () => {
    expectTypeOf<RequiredKeys<Customer>>().toEqualTypeOf<'id' | 'name' | 'documentType' | 'documentNumber' | 'email' | 'phoneNumber' | 'createdAt' | 'updatedAt'>();
    expectTypeOf<RequiredKeys<CustomerDetails>>().toEqualTypeOf<'name' | 'documentType' | 'documentNumber' | 'email' | 'phoneNumber'>();
    expectTypeOf<RequiredKeys<PayoutTarget>>().toEqualTypeOf<
      'id' | 'customerId' | 'customerDetails' | 'authUrl' | 'redirectUrl' | 'type' | 'createdAt' | 'updatedAt'
    >();
    expectTypeOf<Exclude<keyof PayoutRequest, RequiredKeys<PayoutRequest>>>().toEqualTypeOf<'reference' | 'statusMessage'>();
    expectTypeOf<Exclude<keyof PayinRequest, RequiredKeys<PayinRequest>>>().toEqualTypeOf<'reference' | 'statusMessage'>();
    expectTypeOf<Exclude<keyof PayinLink, RequiredKeys<PayinLink>>>().toEqualTypeOf<'reference' | 'description' | 'statusMessage'>();
    expectTypeOf<Exclude<keyof PayinSource, RequiredKeys<PayinSource>>>().toEqualTypeOf<'reference' | 'description' | 'statusMessage'>();
    expectTypeOf<Exclude<keyof MerchantAccount, RequiredKeys<MerchantAccount>>>().toEqualTypeOf<
      'payoutLimitBalance' | 'availableBalance' | 'payinsEnabled' | 'payoutsEnabled'
    >();
    expectTypeOf<RequiredKeys<PayinSettlement>>().toEqualTypeOf<keyof PayinSettlement>();
    expectTypeOf<ErrorBody>().toEqualTypeOf<{ message: string }>();
    expectTypeOf<PayoutRequest['id']>().toEqualTypeOf<string>();
    expectTypeOf<PayoutRequest['statusMessage']>().toEqualTypeOf<StatusMessage | undefined>();
    // @ts-expect-error an error body is not a payout request
    const _payout: PayoutRequest = { message: 'Not found' };
  });

  it('suggests known bank codes yet accepts any other string', () => {
    expectTypeOf<'santander'>().toMatchTypeOf<BankCode>();
    expectTypeOf<'a-bank-not-listed-yet'>().toMatchTypeOf<BankCode>();
    expectTypeOf<BankCode>().toMatchTypeOf<string>();
  });

  it('types the payout flow resources from the spec', () => {
    expectTypeOf(client.customers.create).returns.resolves.toEqualTypeOf<Customer>();
    expectTypeOf(client.payoutTargets.retrieve).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.payoutRequests.create).returns.resolves.toEqualTypeOf<PayoutRequest>();
    expectTypeOf(client.payoutRequests.list()).resolves.toEqualTypeOf<PayoutRequestList>();
    expectTypeOf(client.payoutRequests.list()).toMatchTypeOf<AsyncIterable<PayoutRequest>>();
    // @ts-expect-error ids are strings
    void client.payoutTargets.retrieve(123);
    // @ts-expect-error amount is required
    void client.payoutRequests.create({ payoutTargetId: '01HPR8S7YF43PV3QV16TZDC80P' });
    // @ts-expect-error limit is an integer, not a string
    void client.payoutRequests.list({ limit: '50' });
    // @ts-expect-error documentType is cc, ce or nit
    void client.customers.create({ name: 'A', documentType: 'passport', documentNumber: '1', email: 'a@b.co', phoneNumber: '1' });
  });

  it('rejects wrong calls at compile time', () => {
    // @ts-expect-error customerId is required
    void client.payoutTargets.create({ ...body, customerId: undefined });
    const { redirectUrl: _dropped, ...withoutRedirect } = body;
    // @ts-expect-error redirectUrl is required
    void client.payoutTargets.create(withoutRedirect);
    // @ts-expect-error type must be 'bankAccount'
    void client.payoutTargets.create({ ...body, type: 'card' });
    // @ts-expect-error accountType must be savings or checking
    void client.payoutTargets.create({ ...body, bankAccount: { ...body.bankAccount, accountType: 'current' } });
    // @ts-expect-error accountNumber is a string
    void client.payoutTargets.create({ ...body, bankAccount: { ...body.bankAccount, accountNumber: 123 } });
    // @ts-expect-error no such path
    void client.POST('/payoutTarget', { body });
    // @ts-expect-error DELETE is not defined on /payoutTargets
    void client.DELETE('/payoutTargets');
    // @ts-expect-error the raw POST needs its body
    void client.POST('/payoutTargets', {});
    // @ts-expect-error environment is production or sandbox
    createPalommaClient({ token: 't', environment: 'staging' });
    // @ts-expect-error token is required
    createPalommaClient({ environment: 'sandbox' });
  });
});
