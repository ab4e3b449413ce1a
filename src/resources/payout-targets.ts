// `client.payoutTargets`: the bank accounts payouts are sent to.
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
  /** `GET /payoutTargets/{payoutTargetId}`: the payout target as it stands now (is it `active` yet?). */
  retrieve(payoutTargetId: string, options?: CallOptions): Promise<PayoutTarget>;
}

export function payoutTargets({ client, unwrap }: ResourceContext): PayoutTargets {
  return {
    async create(body, options) {
      return unwrap(await client.POST('/payoutTargets', { body, ...options }), 'POST', '/payoutTargets');
    },
    async retrieve(payoutTargetId, options) {
      const result = await client.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId } }, ...options });
      return unwrap(result, 'GET', '/payoutTargets/{payoutTargetId}');
    },
  };
}
