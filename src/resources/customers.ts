// `client.customers`: the people and companies payouts go to.
import type { CallOptions } from '../methods.js';
import type { CreateCustomerBody, Customer } from '../types.js';
import type { ResourceContext } from './context.js';

export interface Customers {
  /** `POST /customers`: registers who will receive payouts; create their payout target next. */
  create(body: CreateCustomerBody, options?: CallOptions): Promise<Customer>;
}

export function customers({ client, unwrap }: ResourceContext): Customers {
  return {
    async create(body, options) {
      return unwrap(await client.POST('/customers', { body, ...options }), 'POST', '/customers');
    },
  };
}
