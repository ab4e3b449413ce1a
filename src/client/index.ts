// The package's public face: the client factory, its errors, its options and the API's named types.
export { createPalommaClient, type PalommaClient, type PalommaClientOptions } from './client.js';
export { authMiddleware } from './auth.js';
export { servers, type Environment } from './config.js';
export { APIPromise, type WithResponse } from './api-promise.js';
export type { CallOptions, CallHeaders, ListOptions, RawClient, RawInit } from './call-options.js';
export type { Logger, LogLevel } from './logger.js';
export { PageList, type PageItem, type PagingOptions } from './pagination.js';
export type { BehaviourOptions, ResponseValidationMode } from './settings.js';
export type { FetchLike } from './transport/transport.js';
export {
  PalommaError,
  PalommaConfigError,
  PalommaValidationError,
  PalommaResponseValidationError,
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaNotFoundError,
  PalommaRateLimitError,
  PalommaServerError,
  PalommaRedirectError,
  PalommaResponseTooLargeError,
  PalommaConnectionError,
  PalommaTimeoutError,
  type ValidationIssue,
} from './errors.js';
// The API's named types, one name each, listed by the generator from the spec (generated/public-types.ts): one per
// component schema, <OperationId>Body, Query and Response, the resource interfaces, and openapi-typescript's
// `paths`, `operations`, `components` and `webhooks`. The component `Error` is `ApiErrorBody`: no global is hidden.
export type * from '../../generated/public-types.js';
