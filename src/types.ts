// Named types for the API's objects, all taken from the types generated from openapi.yaml.
import type { components, operations, paths } from '../generated/schema.js';

type Schemas = components['schemas'];

export type { paths, operations, components };

/** The body of `POST /payoutTargets`. */
export type CreatePayoutTargetBody = Schemas['CreatePayoutTargetRequest'];
/** A customer's bank account registered for payouts. */
export type PayoutTarget = Schemas['PayoutTarget'];
export type PayoutTargetStatus = Schemas['PayoutTargetStatus'];
/** Why an object was cancelled (present only when its `status` is `cancelled`). */
export type StatusMessage = Schemas['StatusMessage'];
export type PayoutTargetStatusMessage = StatusMessage;
export type PayoutTargetType = Schemas['PayoutTargetType'];
export type BankAccount = Schemas['BankAccount'];
export type BankAccountType = Schemas['BankAccountType'];
/** A bank code: the known ones autocomplete, any other non-empty string is accepted. */
export type BankCode = Schemas['BankCode'];
export type CustomerDetails = Schemas['CustomerDetails'];
export type DocumentType = Schemas['DocumentType'];
/** The body Palomma sends with an error status. */
export type ApiErrorBody = Schemas['Error'];

/** The body of `POST /customers`. */
export type CreateCustomerBody = Schemas['CreateCustomerRequest'];
/** A person or company that receives payouts. */
export type Customer = Schemas['Customer'];
/** The body of `POST /payoutRequests`. */
export type CreatePayoutRequestBody = Schemas['CreatePayoutRequestRequest'];
/** Money sent (or being sent) to an active payout target. */
export type PayoutRequest = Schemas['PayoutRequest'];
/** One page of `GET /payoutRequests`: a page without `cursor` is the last. */
export type PayoutRequestList = Schemas['PayoutRequestList'];
export type PayoutTargetDetails = Schemas['PayoutTargetDetails'];
/** The query of `GET /payoutRequests` (`limit`, `cursor`). */
export type ListPayoutRequestsQuery = NonNullable<operations['listPayoutRequests']['parameters']['query']>;
