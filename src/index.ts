// The package's public face: the client factory, its errors and the API's named types.
export { createPalommaClient, type PalommaClient, type PalommaClientOptions } from './client.js';
export { authMiddleware } from './auth.js';
export { servers, type Environment } from './config.js';
export type { CallOptions } from './methods.js';
export type { Customers } from './resources/customers.js';
export type { PayoutTargets } from './resources/payout-targets.js';
export type { PayoutRequests } from './resources/payout-requests.js';
export { PageList, type CursorPage, type PagingOptions } from './pagination.js';
export type { BehaviourOptions, ResponseValidationMode } from './settings.js';
export type { FetchLike } from './transport.js';
export {
  PalommaError,
  PalommaConfigError,
  PalommaValidationError,
  PalommaResponseValidationError,
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaRateLimitError,
  PalommaServerError,
  PalommaRedirectError,
  PalommaResponseTooLargeError,
  PalommaConnectionError,
  PalommaTimeoutError,
  type ValidationIssue,
} from './errors.js';
export type * from './types.js';
