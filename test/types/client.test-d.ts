import { describe, expectTypeOf, it } from 'vitest';
import {
  createPalommaClient,
  type BankCode,
  type Customer,
  type PayoutRequest,
  type PayoutRequestList,
  type CreatePayoutTargetBody,
  type PayoutTarget,
  type PayoutTargetStatus,
  type StatusMessage,
} from '../../src/client/index.js';

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
