// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { APIPromise } from '../src/client/api-promise.js';
import type { CallOptions, ListOptions } from '../src/client/call-options.js';
import type {
  PalommaAuthenticationError,
  PalommaConnectionError,
  PalommaInvalidRequestError,
  PalommaNotFoundError,
  PalommaServerError,
  PalommaTimeoutError,
  PalommaValidationError,
} from '../src/client/errors.js';
import type { PageList } from '../src/client/pagination.js';
import type { OperationTable } from '../src/client/resources.js';
import type {
  CreateCustomerBody,
  CreatePayinLinkBody,
  CreatePayinRequestBody,
  CreatePayinSourceBody,
  CreatePayoutRequestBody,
  CreatePayoutTargetBody,
  Customer,
  CustomerList,
  ListCustomersQuery,
  ListMerchantAccountsQuery,
  ListPayinLinksQuery,
  ListPayinRequestsQuery,
  ListPayinSettlementsQuery,
  ListPayinSourcesQuery,
  ListPayoutRequestsQuery,
  ListPayoutTargetsQuery,
  MerchantAccount,
  MerchantAccountList,
  PayinLink,
  PayinLinkList,
  PayinRequest,
  PayinRequestList,
  PayinSettlement,
  PayinSettlementList,
  PayinSource,
  PayinSourceList,
  PayoutRequest,
  PayoutRequestList,
  PayoutTarget,
  PayoutTargetList,
} from './types.js';

/**
 * `palomma.customers`: the Customers operations.
 *
 * The people and companies who pay the merchant or are paid by them. Every payin link, payin source and
 * payout target belongs to a customer, so creating the customer is the first step of every flow. Palomma
 * identifies a customer by their Colombian identity document (`documentType` and `documentNumber`).
 */
export interface Customers {
  /**
   * Create a customer.
   *
   * Registers the person or company who will pay you or be paid, and returns the customer with its `id`:
   * payin links, payin sources and payout targets all refer to it as `customerId`.
   *
   * Palomma documents no idempotency key for this operation, and does not say what happens when a
   * customer with the same identity document already exists. Its page for this operation cuts off before
   * the error responses; the ones below are those of its other create operations.
   *
   * `POST /customers` (operationId `createCustomer`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The customer was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreateCustomerBody, options?: CallOptions): APIPromise<Customer>;
  /**
   * List customers.
   *
   * Returns your customers one page at a time. To read the next page, send the `cursor` of the page you
   * have; the last page has a `null` cursor.
   *
   * Palomma does not document the order of the items.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /customers` (operationId `listCustomers`).
   *
   * @param query - `reference`, `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of customers.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListCustomersQuery, options?: ListOptions): PageList<Customer, CustomerList>;
  /**
   * Retrieve a customer.
   *
   * Returns the customer as Palomma holds them.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /customers/{customerId}` (operationId `getCustomerById`).
   *
   * @param customerId - The `id` Palomma gave the customer when it was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The customer. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(customerId: string, options?: CallOptions): APIPromise<Customer>;
}

/**
 * `palomma.payinLinks`: the Payin Links operations.
 *
 * One-time payments. A link is created for an existing customer, who pays at its `paymentUrl` by one of the
 * methods you offer; Palomma then sends them back to your `redirectUrl`, and the `payin-link.update` webhook
 * reports the outcome.
 */
export interface PayinLinks {
  /**
   * Create a payin link.
   *
   * Creates a one-time payment for an existing customer and returns it with the `paymentUrl` where the
   * payer pays. Send the payer there; when they are done Palomma sends them back to your `redirectUrl`, and
   * the `payin-link.update` webhook reports the outcome.
   *
   * The body takes one of six forms, told apart by `type` (see `CreatePayinLinkRequest`); only the
   * `general` form, where the payer picks the payment method on Palomma's page, is documented.
   *
   * Palomma documents no idempotency key for this operation, so sending the same request twice may
   * create two payin links.
   *
   * `POST /payinLinks` (operationId `createPayinLink`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin link was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayinLinkBody, options?: CallOptions): APIPromise<PayinLink>;
  /**
   * List payin links.
   *
   * Returns your payin links one page at a time; the last page has a `null` cursor.
   *
   * Palomma's page shows the `reference` and `customerId` filters and then cuts off; `limit` and `cursor`
   * are those of every other list. The order of the items is not documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /payinLinks` (operationId `listPayinLinks`).
   *
   * @param query - `reference`, `customerId`, `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payin links.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayinLinksQuery, options?: ListOptions): PageList<PayinLink, PayinLinkList>;
  /**
   * Retrieve a payin link.
   *
   * Returns the payin link as it stands now, including its latest `status`.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /payinLinks/{payinLinkId}` (operationId `getPayinLinkById`).
   *
   * @param payinLinkId - The `id` Palomma gave the payin link when it was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin link. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payinLinkId: string, options?: CallOptions): APIPromise<PayinLink>;
}

/**
 * `palomma.payinSources`: the Payin Sources operations.
 *
 * Accounts a customer authorises you to debit again and again. A source is created for an existing
 * customer, who authorises it at its `authUrl`; once it is `active` (the `payin-source.update` webhook says
 * so), payin requests debit it without the customer's involvement.
 */
export interface PayinSources {
  /**
   * Create a payin source.
   *
   * Registers an account of the customer that you will debit again and again, and returns it with the
   * `authUrl` where the payer authorises the debits. Once the `payin-source.update` webhook reports it
   * `active`, create payin requests against it.
   *
   * The body takes one of three forms, told apart by `type` (see `CreatePayinSourceRequest`); only the
   * `bankAccount` form is documented.
   *
   * Palomma documents no idempotency key for this operation, so sending the same request twice may
   * create two payin sources.
   *
   * `POST /payinSources` (operationId `createPayinSource`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin source was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayinSourceBody, options?: CallOptions): APIPromise<PayinSource>;
  /**
   * List payin sources.
   *
   * Returns your payin sources one page at a time; the last page has a `null` cursor.
   *
   * Palomma names no operationId for this list; `listPayinSources` follows its other lists. Its page shows
   * no query table, so only the paging every list shares is described; the filters and order are not
   * documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /payinSources` (operationId `listPayinSources`).
   *
   * @param query - `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payin sources.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayinSourcesQuery, options?: ListOptions): PageList<PayinSource, PayinSourceList>;
  /**
   * Retrieve a payin source.
   *
   * Returns the payin source as it stands now, for example to check that it is `active`.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /payinSources/{payinSourceId}` (operationId `getPayinSourceById`).
   *
   * @param payinSourceId - The `id` Palomma gave the payin source when it was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin source. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payinSourceId: string, options?: CallOptions): APIPromise<PayinSource>;
}

/**
 * `palomma.payinRequests`: the Payin Requests operations.
 *
 * Debits of an active payin source, in Colombian pesos (COP). A payin request is created once and then
 * moves through statuses; the `payin-request.update` webhook reports each change.
 */
export interface PayinRequests {
  /**
   * Create a payin request.
   *
   * Debits an `active` payin source. The response is the request as first recorded; the
   * `payin-request.update` webhook reports each later change of status.
   *
   * Palomma documents no idempotency key for this operation, so sending the same request twice may
   * debit the payer twice. Before retrying after a timeout, look for the first attempt with
   * `GET /payinRequests?reference=…`.
   *
   * Palomma's page for this operation cuts off before its error responses; the ones below are those of its
   * other create operations.
   *
   * `POST /payinRequests` (operationId `createPayinRequest`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin request was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayinRequestBody, options?: CallOptions): APIPromise<PayinRequest>;
  /**
   * List payin requests.
   *
   * Returns your payin requests one page at a time; the last page has a `null` cursor.
   *
   * Palomma's page shows the `reference` and `customerId` filters and then cuts off; `limit` and `cursor`
   * are those of every other list. The order of the items is not documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /payinRequests` (operationId `listPayinRequests`).
   *
   * @param query - `reference`, `customerId`, `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payin requests.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayinRequestsQuery, options?: ListOptions): PageList<PayinRequest, PayinRequestList>;
  /**
   * Retrieve a payin request.
   *
   * Returns the payin request as it stands now, including its latest `status`.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /payinRequests/{payinRequestId}` (operationId `getPayinRequestById`).
   *
   * @param payinRequestId - The `id` Palomma gave the payin request when it was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin request. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payinRequestId: string, options?: CallOptions): APIPromise<PayinRequest>;
}

/**
 * `palomma.payoutTargets`: the Payout Targets operations.
 *
 * Bank accounts a merchant can send payouts to. A target is created for an existing customer, who then
 * verifies it with their bank by following `authUrl`; after that Palomma sends them back to
 * `redirectUrl`.
 */
export interface PayoutTargets {
  /**
   * Create a payout target.
   *
   * Registers a customer's bank account as a payout target and returns it together with the `authUrl`
   * where the customer confirms the account with their bank.
   *
   * Palomma documents no idempotency key for this operation, so sending the same request twice may
   * create two payout targets.
   *
   * `POST /payoutTargets` (operationId `createPayoutTarget`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout target was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayoutTargetBody, options?: CallOptions): APIPromise<PayoutTarget>;
  /**
   * List payout targets.
   *
   * Returns your payout targets one page at a time; the last page has a `null` cursor.
   *
   * This list appears only on Palomma's older pages, which show the `reference` and `customerId` filters
   * and then cut off; `limit` and `cursor` are those of every other list. The order of the items is not
   * documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /payoutTargets` (operationId `listPayoutTargets`).
   *
   * @param query - `reference`, `customerId`, `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payout targets.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayoutTargetsQuery, options?: ListOptions): PageList<PayoutTarget, PayoutTargetList>;
  /**
   * Retrieve a payout target.
   *
   * Returns the payout target as it stands now, for example to check whether the customer has finished
   * verifying it when you have not received the `payout-target.update` webhook.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /payoutTargets/{payoutTargetId}` (operationId `getPayoutTargetById`).
   *
   * @param payoutTargetId - The `id` Palomma returned when the payout target was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout target. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payoutTargetId: string, options?: CallOptions): APIPromise<PayoutTarget>;
}

/**
 * `palomma.payoutRequests`: the Payout Requests operations.
 *
 * Money sent from the merchant to an active payout target, in Colombian pesos (COP). A payout request
 * is created once and then moves through statuses on Palomma's side; the `payout-request.update`
 * webhook reports each change, and `GET /payoutRequests/{payoutRequestId}` reads the latest state.
 */
export interface PayoutRequests {
  /**
   * Create a payout request.
   *
   * Sends money to an active payout target. The response is the payout request as first recorded;
   * its later status changes arrive through the `payout-request.update` webhook.
   *
   * Palomma documents no idempotency key for this operation, so sending the same request twice may
   * pay twice: before retrying after a timeout, look for the first attempt with
   * `GET /payoutRequests` (your `reference` helps you recognise it).
   *
   * Palomma's page for this operation cuts off before its error responses; the ones below are those of its
   * other create operations.
   *
   * `POST /payoutRequests` (operationId `createPayoutRequest`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout request was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayoutRequestBody, options?: CallOptions): APIPromise<PayoutRequest>;
  /**
   * List payout requests.
   *
   * Returns your payout requests one page at a time; the last page has a `null` cursor.
   *
   * Palomma names no operationId for this list; `listPayoutRequests` follows its other lists. Its page
   * shows no query table and its YAML was not found, so only the paging every list shares is described;
   * the filters and the order of the items are not documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /payoutRequests` (operationId `listPayoutRequests`).
   *
   * @param query - `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payout requests.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayoutRequestsQuery, options?: ListOptions): PageList<PayoutRequest, PayoutRequestList>;
  /**
   * Retrieve a payout request.
   *
   * Returns the payout request as it stands now, including its latest `status`.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /payoutRequests/{payoutRequestId}` (operationId `getPayoutRequestById`).
   *
   * @param payoutRequestId - The `id` Palomma returned when the payout request was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout request. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payoutRequestId: string, options?: CallOptions): APIPromise<PayoutRequest>;
}

/**
 * `palomma.merchantAccounts`: the Merchant Accounts operations.
 *
 * Virtual balances inside Palomma. Every merchant has a default account whose balance is payins minus
 * payouts; Palomma creates further accounts on request and can sweep them to a bank account daily. Payin
 * links and requests name the account they credit (`targetMerchantAccountId`) and payout requests the
 * account they debit (`sourceMerchantAccountId`); merchants with one account can ignore both.
 */
export interface MerchantAccounts {
  /**
   * List merchant accounts.
   *
   * Returns your merchant accounts one page at a time; the last page has a `null` cursor. Every merchant
   * has a default account; Palomma creates any others on request (no operation creates, changes or
   * deletes one).
   *
   * Palomma's page shows `limit` and a second parameter cut off after `cu`, the `cursor` of every other
   * list; its code sample calls `/v0/customers`, a copy slip. The order of the items is not documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /merchantAccounts` (operationId `listMerchantAccounts`).
   *
   * @param query - `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of merchant accounts.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListMerchantAccountsQuery, options?: ListOptions): PageList<MerchantAccount, MerchantAccountList>;
  /**
   * Retrieve a merchant account.
   *
   * Returns the merchant account with its balances as they stand now.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /merchantAccounts/{merchantAccountId}` (operationId `getMerchantAccountById`).
   *
   * @param merchantAccountId - The `id` Palomma gave the merchant account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The merchant account. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(merchantAccountId: string, options?: CallOptions): APIPromise<MerchantAccount>;
}

/**
 * `palomma.payinSettlements`: the Payin Settlements operations.
 *
 * The approved payins Palomma settles to a merchant account, once per settlement cycle (11, 13, 16, 18 and
 * 20 h). Funds are settled the business day after approval (two days for `bancolombiaCollect` payin links).
 */
export interface PayinSettlements {
  /**
   * List payin settlements.
   *
   * Returns a merchant account's payin settlements one page at a time; the last page has a `null` cursor.
   *
   * Palomma's pages disagree on the path: the newer page has `/payinSettlements/`, the older YAML
   * `/settlements/`. This description follows the newer page, which matches the resource's name everywhere
   * else (its tag, the `payin-settlement.update` webhook, the object's `payinSettlementDate` and
   * `payinSettlementCycle`); the older YAML for these two operations carries other copy slips too.
   *
   * This list appears only on Palomma's older pages, whose parameter list cuts off and whose code sample
   * calls `/v0/customers` (a copy slip); `limit` and `cursor` are those of every other list. The order of
   * the items is not documented.
   *
   * Palomma's pages for this list cut off before its error responses; the ones below are those of its other
   * operations.
   *
   * `GET /merchantAccounts/{merchantAccountId}/payinSettlements` (operationId `listPayinSettlements`).
   *
   * @param merchantAccountId - The `id` Palomma gave the merchant account.
   * @param query - `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payin settlements.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(merchantAccountId: string, query?: ListPayinSettlementsQuery, options?: ListOptions): PageList<PayinSettlement, PayinSettlementList>;
  /**
   * Retrieve a payin settlement.
   *
   * Returns one payin settlement of a merchant account: the approved payins Palomma settled to it in one
   * cycle.
   *
   * Palomma's pages disagree on the path: the newer page has `/payinSettlements/`, the older YAML
   * `/settlements/`. This description follows the newer page, which matches the resource's name everywhere
   * else (its tag, the `payin-settlement.update` webhook, the object's `payinSettlementDate` and
   * `payinSettlementCycle`); the older YAML for these two operations carries other copy slips too.
   *
   * Palomma's older YAML gives this operation the operationId `getPayoutRequestById`, which belongs to the
   * payout request getter (and would clash with it here), and a 404 that speaks of a payout request. This
   * description names it `getPayinSettlementById`, after Palomma's other getters.
   *
   * An `id` Palomma does not know gets a 404 with a `message`.
   *
   * `GET /merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}` (operationId `getPayinSettlementById`).
   *
   * @param merchantAccountId - The `id` Palomma gave the merchant account.
   * @param payinSettlementId - The `id` Palomma gave the payin settlement.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payin settlement. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaNotFoundError} 404: Palomma has nothing with that `id` (for this API key).
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are cut off; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(merchantAccountId: string, payinSettlementId: string, options?: CallOptions): APIPromise<PayinSettlement>;
}

/** One object per resource of the spec, each with a method per operation. */
export interface Resources {
  /**
   * The people and companies who pay the merchant or are paid by them. Every payin link, payin source and payout target belongs to a customer, so creating the customer is the first step of every flow. Palomma identifies a customer by their Colombian identity document (`documentType` and `documentNumber`).
   */
  readonly customers: Customers;
  /**
   * One-time payments. A link is created for an existing customer, who pays at its `paymentUrl` by one of the methods you offer; Palomma then sends them back to your `redirectUrl`, and the `payin-link.update` webhook reports the outcome.
   */
  readonly payinLinks: PayinLinks;
  /**
   * Accounts a customer authorises you to debit again and again. A source is created for an existing customer, who authorises it at its `authUrl`; once it is `active` (the `payin-source.update` webhook says so), payin requests debit it without the customer's involvement.
   */
  readonly payinSources: PayinSources;
  /**
   * Debits of an active payin source, in Colombian pesos (COP). A payin request is created once and then moves through statuses; the `payin-request.update` webhook reports each change.
   */
  readonly payinRequests: PayinRequests;
  /**
   * Bank accounts a merchant can send payouts to. A target is created for an existing customer, who then verifies it with their bank by following `authUrl`; after that Palomma sends them back to `redirectUrl`.
   */
  readonly payoutTargets: PayoutTargets;
  /**
   * Money sent from the merchant to an active payout target, in Colombian pesos (COP). A payout request is created once and then moves through statuses on Palomma's side; the `payout-request.update` webhook reports each change, and `GET /payoutRequests/{payoutRequestId}` reads the latest state.
   */
  readonly payoutRequests: PayoutRequests;
  /**
   * Virtual balances inside Palomma. Every merchant has a default account whose balance is payins minus payouts; Palomma creates further accounts on request and can sweep them to a bank account daily. Payin links and requests name the account they credit (`targetMerchantAccountId`) and payout requests the account they debit (`sourceMerchantAccountId`); merchants with one account can ignore both.
   */
  readonly merchantAccounts: MerchantAccounts;
  /**
   * The approved payins Palomma settles to a merchant account, once per settlement cycle (11, 13, 16, 18 and 20 h). Funds are settled the business day after approval (two days for `bancolombiaCollect` payin links).
   */
  readonly payinSettlements: PayinSettlements;
}

/** How each method calls its operation: read by src/client/resources.ts to build the resource objects. */
export const operationTable = {
  customers: {
    create: { method: 'POST', path: '/customers', pathParameters: [], body: true },
    list: { method: 'GET', path: '/customers', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/customers/{customerId}', pathParameters: ['customerId'] },
  },
  payinLinks: {
    create: { method: 'POST', path: '/payinLinks', pathParameters: [], body: true },
    list: { method: 'GET', path: '/payinLinks', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/payinLinks/{payinLinkId}', pathParameters: ['payinLinkId'] },
  },
  payinSources: {
    create: { method: 'POST', path: '/payinSources', pathParameters: [], body: true },
    list: { method: 'GET', path: '/payinSources', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/payinSources/{payinSourceId}', pathParameters: ['payinSourceId'] },
  },
  payinRequests: {
    create: { method: 'POST', path: '/payinRequests', pathParameters: [], body: true },
    list: { method: 'GET', path: '/payinRequests', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/payinRequests/{payinRequestId}', pathParameters: ['payinRequestId'] },
  },
  payoutTargets: {
    create: { method: 'POST', path: '/payoutTargets', pathParameters: [], body: true },
    list: { method: 'GET', path: '/payoutTargets', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/payoutTargets/{payoutTargetId}', pathParameters: ['payoutTargetId'] },
  },
  payoutRequests: {
    create: { method: 'POST', path: '/payoutRequests', pathParameters: [], body: true },
    list: { method: 'GET', path: '/payoutRequests', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/payoutRequests/{payoutRequestId}', pathParameters: ['payoutRequestId'] },
  },
  merchantAccounts: {
    list: { method: 'GET', path: '/merchantAccounts', pathParameters: [], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/merchantAccounts/{merchantAccountId}', pathParameters: ['merchantAccountId'] },
  },
  payinSettlements: {
    list: { method: 'GET', path: '/merchantAccounts/{merchantAccountId}/payinSettlements', pathParameters: ['merchantAccountId'], query: true, paging: { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' } },
    retrieve: { method: 'GET', path: '/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}', pathParameters: ['merchantAccountId', 'payinSettlementId'] },
  },
} as const satisfies OperationTable;
