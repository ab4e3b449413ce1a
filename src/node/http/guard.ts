// The checks every local server makes before anything else: the Host it is reached by, and the page a request
// comes from.
import type { IncomingMessage } from 'node:http';
import { hostRefusal, type HostPolicy } from './host-check.js';
import { originKind, originRefusal, safeMethods, type OriginKind, type OriginPolicy } from './origin-check.js';

export interface RequestPolicy extends HostPolicy, OriginPolicy {
  /**
   * `all`: a foreign page may send nothing (an API: nothing there is for another site's page). `unsafe`: it may
   * load pages (a link to the customer's page from the merchant's site), but not post, put or delete.
   */
  foreignPages: 'all' | 'unsafe';
}

export interface Refusal {
  status: number;
  message: string;
}

/** The refusal for a request that fails the Host or Origin check, or its origin kind when it passes. */
export function checkRequest(request: IncomingMessage, policy: RequestPolicy): { refusal: Refusal } | { refusal?: undefined; origin: { kind: OriginKind; origin?: string } } {
  const host = hostRefusal(request.headers.host, policy);
  if (host) return { refusal: { status: 403, message: host } };
  const origin = originKind(request.headers, policy);
  const guarded = policy.foreignPages === 'all' || !safeMethods.has(request.method ?? 'GET');
  if (origin.kind === 'foreign' && guarded) return { refusal: { status: 403, message: originRefusal(origin.origin) } };
  return { origin };
}
