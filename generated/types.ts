// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { components, operations } from './schema.js';

export type { components, operations, paths, webhooks } from './schema.js';

/**
 * What a merchant sends to create a payout target. Bank accounts are the only kind of target so far;
 * Palomma's own description leaves room for more kinds, told apart by `type`.
 */
export type CreatePayoutTargetRequest = components['schemas']['CreatePayoutTargetRequest'];

/**
 * The Colombian bank account payouts will be sent to.
 */
export type BankAccount = components['schemas']['BankAccount'];

/**
 * Palomma's code for the bank holding the account, such as `santander`. The payout-target reference
 * does not list every accepted code: the known codes below come from a sibling Palomma product, and
 * any other non-empty code is passed through for the server to judge.
 */
export type BankCode = components['schemas']['BankCode'];

/**
 * Whether the account is a savings (`savings`) or a checking (`checking`) account.
 */
export type BankAccountType = components['schemas']['BankAccountType'];

/**
 * The kind of payout target. Bank accounts are the only kind Palomma documents.
 */
export type PayoutTargetType = components['schemas']['PayoutTargetType'];

/**
 * Where the payout target stands: `active` once the customer has verified it and payouts can be sent,
 * `cancelled` when it can no longer be used (see `statusMessage`). The reference lists only these two
 * values; it does not say which status a target has before the customer completes verification.
 */
export type PayoutTargetStatus = components['schemas']['PayoutTargetStatus'];

/**
 * Why a payout target was cancelled. Present only when `status` is `cancelled`.
 */
export type PayoutTargetStatusMessage = components['schemas']['PayoutTargetStatusMessage'];

/**
 * The kind of Colombian identity document: `cc` (cédula de ciudadanía), `ce` (cédula de extranjería)
 * or `nit` (tax ID, for companies).
 */
export type DocumentType = components['schemas']['DocumentType'];

/**
 * The customer as Palomma holds them on file.
 */
export type CustomerDetails = components['schemas']['CustomerDetails'];

/**
 * A bank account registered for payouts to a customer. Palomma's reference does not say which of these
 * fields are always present, so none is marked required.
 */
export type PayoutTarget = components['schemas']['PayoutTarget'];

/**
 * What a merchant sends to create a customer.
 */
export type CreateCustomerRequest = components['schemas']['CreateCustomerRequest'];

/**
 * A person or company the merchant pays. Palomma's reference does not say which of these fields are
 * always present, so none is marked required.
 */
export type Customer = components['schemas']['Customer'];

/**
 * What a merchant sends to pay an active payout target.
 */
export type CreatePayoutRequestRequest = components['schemas']['CreatePayoutRequestRequest'];

/**
 * A summary of the payout target a payout request pays, as Palomma holds it.
 */
export type PayoutTargetDetails = components['schemas']['PayoutTargetDetails'];

/**
 * Money sent from the merchant to a payout target. Palomma's reference does not say which of these
 * fields are always present, so none is marked required.
 */
export type PayoutRequest = components['schemas']['PayoutRequest'];

/**
 * One page of payout requests. Send `cursor` back to read the next page; a page without a `cursor`
 * is the last.
 */
export type PayoutRequestList = components['schemas']['PayoutRequestList'];

/**
 * A webhook delivery reporting a change to a payout target. This is the JSON inside `X-Encoded-Data`; the
 * envelope's four fields make up the whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayoutTargetUpdate = components['schemas']['WebhookEnvelopePayoutTargetUpdate'];

/**
 * A webhook delivery reporting a change to a payout request. This is the JSON inside `X-Encoded-Data`; the
 * envelope's four fields make up the whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayoutRequestUpdate = components['schemas']['WebhookEnvelopePayoutRequestUpdate'];

/**
 * A webhook delivery reporting a change to a payin link. This is the JSON inside `X-Encoded-Data`; the
 * envelope's four fields make up the whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayinLinkUpdate = components['schemas']['WebhookEnvelopePayinLinkUpdate'];

/**
 * A webhook delivery reporting a change to a payin source. This is the JSON inside `X-Encoded-Data`; the
 * envelope's four fields make up the whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayinSourceUpdate = components['schemas']['WebhookEnvelopePayinSourceUpdate'];

/**
 * A webhook delivery reporting a change to a payin request. This is the JSON inside `X-Encoded-Data`; the
 * envelope's four fields make up the whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayinRequestUpdate = components['schemas']['WebhookEnvelopePayinRequestUpdate'];

/**
 * A webhook delivery reporting a change to a payin settlement (an event type listed only in Palomma's
 * older documentation). This is the JSON inside `X-Encoded-Data`; the envelope's four fields make up the
 * whole body Palomma describes, so all four are required.
 */
export type WebhookEnvelopePayinSettlementUpdate = components['schemas']['WebhookEnvelopePayinSettlementUpdate'];

/**
 * The body Palomma sends with an error status.
 */
export type Error = components['schemas']['Error'];

/**
 * The body of `POST /customers` (createCustomer).
 */
export type CreateCustomerBody = CreateCustomerRequest;

/**
 * The body of `POST /payoutTargets` (createPayoutTarget).
 */
export type CreatePayoutTargetBody = CreatePayoutTargetRequest;

/**
 * The body of `POST /payoutRequests` (createPayoutRequest).
 */
export type CreatePayoutRequestBody = CreatePayoutRequestRequest;

/**
 * The query of `GET /payoutRequests` (listPayoutRequests): `limit`, `cursor`.
 */
export type ListPayoutRequestsQuery = NonNullable<operations['listPayoutRequests']['parameters']['query']>;
