// `client.payoutTargets`: the payout-target operations, returning the object or throwing a PalommaError.
import type { Client } from 'openapi-fetch';
import type { CreatePayoutTargetBody, PayoutTarget, paths } from '../types.js';
import { responseError } from '../response-error.js';

export interface RequestOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
}

export interface PayoutTargets {
  /** `POST /payoutTargets`: registers a customer's bank account; send the customer to `authUrl` next. */
  create(body: CreatePayoutTargetBody, options?: RequestOptions): Promise<PayoutTarget>;
}

export function payoutTargets(client: Client<paths>): PayoutTargets {
  return {
    async create(body, options) {
      const { data, error, response } = await client.POST('/payoutTargets', { body, ...options });
      if (!response.ok || data === undefined) {
        throw responseError(response, error, { method: 'POST', path: '/payoutTargets' });
      }
      return data;
    },
  };
}
