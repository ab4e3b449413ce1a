// `client.payoutRequests`: money sent to active payout targets, and the paged list of it.
import type { CallOptions } from '../methods.js';
import { defaultMaxPages, PageList, type PagingOptions } from '../pagination.js';
import type { CreatePayoutRequestBody, ListPayoutRequestsQuery, PayoutRequest, PayoutRequestList } from '../types.js';
import type { ResourceContext } from './context.js';

export interface PayoutRequests {
  /**
   * `POST /payoutRequests`: pays an active payout target. Palomma documents no idempotency key: after a
   * timeout, look for the first attempt (by your `reference`) before sending again.
   */
  create(body: CreatePayoutRequestBody, options?: CallOptions): Promise<PayoutRequest>;
  /** `GET /payoutRequests/{payoutRequestId}`: the payout request as it stands now. */
  retrieve(payoutRequestId: string, options?: CallOptions): Promise<PayoutRequest>;
  /**
   * `GET /payoutRequests`: `await` it for one page, or `for await` over it for every payout request across
   * pages (each page fetched as the previous one runs out).
   */
  list(query?: ListPayoutRequestsQuery, options?: CallOptions & PagingOptions): PageList<PayoutRequest, PayoutRequestList>;
}

export function payoutRequests({ client, unwrap }: ResourceContext): PayoutRequests {
  return {
    async create(body, options) {
      return unwrap(await client.POST('/payoutRequests', { body, ...options }), 'POST', '/payoutRequests');
    },
    async retrieve(payoutRequestId, options) {
      const result = await client.GET('/payoutRequests/{payoutRequestId}', { params: { path: { payoutRequestId } }, ...options });
      return unwrap(result, 'GET', '/payoutRequests/{payoutRequestId}');
    },
    list(query = {}, options = {}) {
      const { maxPages = defaultMaxPages, ...callOptions } = options;
      const fetchPage = async (cursor: string | undefined) => {
        const params = { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } };
        return unwrap(await client.GET('/payoutRequests', { params, ...callOptions }), 'GET', '/payoutRequests');
      };
      return new PageList(fetchPage, query.cursor, maxPages, 'GET /payoutRequests');
    },
  };
}
