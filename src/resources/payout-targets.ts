// `client.payoutTargets`: the payout-target operations, returning the object or throwing a PalommaError.
import type { CallOptions } from '../methods.js';
import type { CreatePayoutTargetBody, PayoutTarget } from '../types.js';
import type { ResourceContext } from './context.js';

export interface PayoutTargets {
  /**
   * `POST /payoutTargets`: registers a customer's bank account; send the customer to `authUrl` next.
   * Throws PalommaValidationError (not sent), PalommaApiError subclasses, PalommaTimeoutError or
   * PalommaConnectionError.
   */
  create(body: CreatePayoutTargetBody, options?: CallOptions): Promise<PayoutTarget>;
}

export function payoutTargets({ client, unwrap }: ResourceContext): PayoutTargets {
  return {
    async create(body, options) {
      return unwrap(await client.POST('/payoutTargets', { body, ...options }), 'POST', '/payoutTargets');
    },
  };
}
