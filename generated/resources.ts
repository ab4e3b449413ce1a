// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { APIPromise } from '../src/api-promise.js';
import type { CallOptions, ListOptions } from '../src/call-options.js';
import type { PalommaAuthenticationError, PalommaConnectionError, PalommaInvalidRequestError, PalommaServerError, PalommaTimeoutError, PalommaValidationError } from '../src/errors.js';
import type { PageList } from '../src/pagination.js';
import type { OperationTable } from '../src/resources.js';
import type { CreateCustomerBody, CreatePayoutRequestBody, CreatePayoutTargetBody, Customer, ListPayoutRequestsQuery, PayoutRequest, PayoutRequestList, PayoutTarget } from './types.js';

/**
 * `palomma.customers`: the Customers operations.
 *
 * The people and companies a merchant pays. Every payout target belongs to a customer, so creating the
 * customer is the first step of the payout flow. Palomma identifies a customer by their Colombian
 * identity document (`documentType` and `documentNumber`).
 */
export interface Customers {
  /**
   * Create a customer.
   *
   * Registers the person or company who will receive payouts and returns the customer with its `id`,
   * which payout targets refer to as `customerId`.
   *
   * Palomma documents no idempotency key for this operation, and does not say what happens when a
   * customer with the same identity document already exists.
   *
   * `POST /customers` (operationId `createCustomer`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The customer was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreateCustomerBody, options?: CallOptions): APIPromise<Customer>;
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
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayoutTargetBody, options?: CallOptions): APIPromise<PayoutTarget>;
  /**
   * Retrieve a payout target.
   *
   * Returns the payout target as it stands now, for example to check whether the customer has finished
   * verifying it when you have not received the `payout-target.update` webhook.
   *
   * Palomma does not document the response for an ID it does not know (a 404 and its body, or
   * something else), so none is described here; treat any status not listed as an unexpected error.
   *
   * `GET /payoutTargets/{payoutTargetId}` (operationId `retrievePayoutTarget`).
   *
   * @param payoutTargetId - The `id` Palomma returned when the payout target was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout target. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
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
   * `POST /payoutRequests` (operationId `createPayoutRequest`).
   *
   * @param body - The request body; checked against the spec before it is sent.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout request was created. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  create(body: CreatePayoutRequestBody, options?: CallOptions): APIPromise<PayoutRequest>;
  /**
   * List payout requests.
   *
   * Returns your payout requests one page at a time. To read the next page, send the `cursor` of the
   * page you have; a page without a `cursor` is the last one.
   *
   * Palomma does not document the order of the items, any filter besides paging, or whether `count`
   * is the size of this page or the number of payout requests overall.
   *
   * `GET /payoutRequests` (operationId `listPayoutRequests`).
   *
   * @param query - `limit`, `cursor`.
   * @param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).
   * @returns A page list: `await` it for the first page, `for await` over it for every item of every page, or call `.toArray({ limit })`. One page of payout requests.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  list(query?: ListPayoutRequestsQuery, options?: ListOptions): PageList<PayoutRequest, PayoutRequestList>;
  /**
   * Retrieve a payout request.
   *
   * Returns the payout request as it stands now, including its latest `status`.
   *
   * Palomma does not document the response for an ID it does not know (a 404 and its body, or
   * something else), so none is described here; treat any status not listed as an unexpected error.
   *
   * `GET /payoutRequests/{payoutRequestId}` (operationId `retrievePayoutRequest`).
   *
   * @param payoutRequestId - The `id` Palomma returned when the payout request was created.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.
   * @returns The payout request. `.withResponse()` gives the Response too.
   * @throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.
   * @throws {@link PalommaInvalidRequestError} 400: The request was malformed or broke a rule of the API. Palomma documents the body as an object with a `message`; it does not document whether the message names the offending field.
   * @throws {@link PalommaAuthenticationError} 401: The `Authorization` header is missing, or its token is not valid.
   * @throws {@link PalommaServerError} 500: Palomma failed to handle the request. Palomma's reference lists this status without describing its body; this description assumes the same `message` object as the other errors, and a client should also cope with a body that is not JSON.
   * @throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.
   */
  retrieve(payoutRequestId: string, options?: CallOptions): APIPromise<PayoutRequest>;
}

/** One object per resource of the spec, each with a method per operation. */
export interface Resources {
  /**
   * The people and companies a merchant pays. Every payout target belongs to a customer, so creating the customer is the first step of the payout flow. Palomma identifies a customer by their Colombian identity document (`documentType` and `documentNumber`).
   */
  readonly customers: Customers;
  /**
   * Bank accounts a merchant can send payouts to. A target is created for an existing customer, who then verifies it with their bank by following `authUrl`; after that Palomma sends them back to `redirectUrl`.
   */
  readonly payoutTargets: PayoutTargets;
  /**
   * Money sent from the merchant to an active payout target, in Colombian pesos (COP). A payout request is created once and then moves through statuses on Palomma's side; the `payout-request.update` webhook reports each change, and `GET /payoutRequests/{payoutRequestId}` reads the latest state.
   */
  readonly payoutRequests: PayoutRequests;
}

/** How each method calls its operation: read by src/resources.ts to build the resource objects. */
export const operationTable = {
  customers: {
    create: {
      method: 'POST',
      path: '/customers',
      pathParameters: [],
      body: true
    }
  },
  payoutTargets: {
    create: {
      method: 'POST',
      path: '/payoutTargets',
      pathParameters: [],
      body: true
    },
    retrieve: {
      method: 'GET',
      path: '/payoutTargets/{payoutTargetId}',
      pathParameters: [
        'payoutTargetId'
      ]
    }
  },
  payoutRequests: {
    create: {
      method: 'POST',
      path: '/payoutRequests',
      pathParameters: [],
      body: true
    },
    list: {
      method: 'GET',
      path: '/payoutRequests',
      pathParameters: [],
      query: true,
      paging: {
        cursorParameter: 'cursor',
        items: 'items',
        nextCursor: 'cursor'
      }
    },
    retrieve: {
      method: 'GET',
      path: '/payoutRequests/{payoutRequestId}',
      pathParameters: [
        'payoutRequestId'
      ]
    }
  }
} as const satisfies OperationTable;
