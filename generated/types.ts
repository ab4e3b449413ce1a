// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { components, operations } from './schema.js';

/**
 * Why an object was cancelled; present only when its `status` is `cancelled`. Palomma's object schemas list
 * the first seven values; its Status Messages page lists all nine, adding `BANK_NOT_AVAILABLE` and
 * `DOCUMENT_ACCOUNT_MISMATCH`, so all nine are accepted here:
 *
 * - `AUTHENTICATION_FAILED`: the payer's bank credentials were wrong.
 * - `CUSTOMER_CANCELLATION`: the payer cancelled.
 * - `DECLINED_BY_BANK`: the bank's own rules refused it.
 * - `EXPIRED`: the time limit was reached.
 * - `INVALID_ACCOUNT`: the account number does not exist.
 * - `NOT_ENOUGH_FUNDS`: the account lacked the funds.
 * - `ERROR`: anything Palomma has not mapped to another value; ask Palomma.
 * - `BANK_NOT_AVAILABLE`: the bank could not be reached.
 * - `DOCUMENT_ACCOUNT_MISMATCH`: the account does not belong to the customer's identity document.
 */
export type StatusMessage = components['schemas']['StatusMessage'];

/**
 * The kind of Colombian identity document: `cc` (cédula de ciudadanía), `ce` (cédula de extranjería)
 * or `nit` (tax ID, for companies).
 */
export type DocumentType = components['schemas']['DocumentType'];

/**
 * The customer as Palomma holds them on file, copied into the objects that belong to them.
 *
 * Palomma shows this object only in examples, each time with the customer's `reference`, `name`,
 * `documentType`, `documentNumber`, `email` and `phoneNumber`. It is read here as a copy of the customer:
 * the five fields every customer has are required, and `reference`, which a customer may lack, is
 * optional. Sources: the examples of Palomma's pages
 * [Create a payin source](https://docs.palomma.com/api-documentation/payinSources/create) and
 * [Create a payout target](https://docs.palomma.com/api-documentation/payoutTargets/create).
 */
export type CustomerDetails = components['schemas']['CustomerDetails'];

/**
 * A Colombian bank account: the one payouts are sent to (payout targets) or the one debited (payin
 * sources). Palomma shows its three fields only in examples; which are required, and the full lists of
 * banks and account types, are not documented for this API.
 */
export type BankAccount = components['schemas']['BankAccount'];

/**
 * Palomma's code for the bank holding the account, such as `santander`. The payout-target reference
 * does not list every accepted code: the known codes below come from a sibling Palomma product, and
 * any other non-empty code is passed through for the server to judge.
 */
export type BankCode = components['schemas']['BankCode'];

/**
 * Whether the account is a savings (`savings`) or a checking (`checking`) account. Palomma's examples
 * show only `savings`; `checking` comes from a sibling Palomma product.
 */
export type BankAccountType = components['schemas']['BankAccountType'];

/**
 * What a merchant sends to create a customer.
 *
 * The body of `POST /customers` (createCustomer).
 */
export type CreateCustomerBody = components['schemas']['CreateCustomerRequest'];

/**
 * A person or company who pays the merchant or is paid by them.
 *
 * Always present, and so required here: `id`, the five fields every customer is created with (`name`,
 * `documentType`, `documentNumber`, `email`, `phoneNumber`) and both timestamps. Palomma's customer pages
 * show all of them in every answer. `reference` is optional: a customer may be created without one, and
 * nothing says it comes back when none was sent. Sources: Palomma's pages
 * [Create a customer](https://docs.palomma.com/api-documentation/customers/create) and
 * [Retrieve a customer](https://docs.old.palomma.com/api-documentation/customers/get.md).
 */
export type Customer = components['schemas']['Customer'];

/**
 * A way to pay a payin link: `pse` (PSE bank transfer), `bancolombiaButton` (Bancolombia button),
 * `nequiButton` (Nequi), `card` (card) or `bancolombiaCollect` (Bancolombia collection, which takes two
 * business days to settle instead of one).
 */
export type PayinLinkPaymentMethod = components['schemas']['PayinLinkPaymentMethod'];

/**
 * How a payin link was created: `general` lets the payer pick among `availableTypes` on Palomma's page;
 * the other values name a single payment method. Once paid, a link shows the method the payer used.
 */
export type PayinLinkType = components['schemas']['PayinLinkType'];

/**
 * Where the payin link stands: `pending` once created (send the payer to `paymentUrl`), `processing` while
 * the bank answers, `approved` when paid, `cancelled` on an error or expiry (see `statusMessage`).
 */
export type PayinLinkStatus = components['schemas']['PayinLinkStatus'];

/**
 * A payin link where the payer picks the payment method on Palomma's page, among `availableTypes`: use it
 * when Palomma should collect the payment details itself. The only form of the body Palomma documents.
 */
export type PayinLinkGeneral = components['schemas']['PayinLinkGeneral'];

/**
 * A payin link paid by PSE bank transfer. Palomma's YAML lists this form of the body (`PayinLinkPSE`), but its fields are not
 * documented anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinLinkPSE = components['schemas']['PayinLinkPSE'];

/**
 * A payin link paid with the Bancolombia button. Palomma's YAML lists this form of the body (`PayinLinkBancolombiaButton`), but its fields are not
 * documented anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinLinkBancolombiaButton = components['schemas']['PayinLinkBancolombiaButton'];

/**
 * A payin link paid with Nequi. Palomma's YAML lists this form of the body (`PayinLinkNequiButton`), but its fields are not
 * documented anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinLinkNequiButton = components['schemas']['PayinLinkNequiButton'];

/**
 * A payin link paid by card. Palomma's YAML lists this form of the body (`PayinLinkCard`), but its fields are not
 * documented anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinLinkCard = components['schemas']['PayinLinkCard'];

/**
 * A payin link paid through Bancolombia collection. Palomma's YAML lists this form of the body (`PayinLinkBancolombiaCollect`), but its fields are not
 * documented anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinLinkBancolombiaCollect = components['schemas']['PayinLinkBancolombiaCollect'];

/**
 * What a merchant sends to create a payin link: one of six forms, told apart by `type`. Only `general` is
 * documented; the other five are known by name and `type` alone.
 *
 * The body of `POST /payinLinks` (createPayinLink).
 */
export type CreatePayinLinkBody = components['schemas']['CreatePayinLinkRequest'];

/**
 * A one-time payment a customer makes through a link.
 *
 * Always present, and so required here: the link's identity and state (`id`, `type`, `status`,
 * `createdAt`, `updatedAt`); what it was created with (`customerId`, `redirectUrl`, `amount`); what
 * Palomma adds to every link (`customerDetails`, `paymentUrl`, `amountCollected`, which is 0 until the
 * link is paid, and `fee`); and two inputs that have a default: `expiration` (the end of the day after
 * creation when none was sent) and `targetMerchantAccountId` (the merchant's `default` account when none
 * was named, as the object page's example shows). Optional: `reference` and `description`, which are
 * optional when creating the link and are not said to come back when none was sent, and `statusMessage`,
 * present only when the link is `cancelled`. Sources: Palomma's pages
 * [Payin link object](https://docs.palomma.com/api-documentation/payinLinks/object) and
 * [Create a payin link](https://docs.palomma.com/api-documentation/payinLinks/create).
 */
export type PayinLink = components['schemas']['PayinLink'];

/**
 * The kind of payin source: a bank account (`bankAccount`), a Bancolombia token or a Nequi token.
 */
export type PayinSourceType = components['schemas']['PayinSourceType'];

/**
 * Where the payin source stands: `pending` once created (send the payer to `authUrl`), `processing` while
 * the bank verifies the account, `active` when payin requests may debit it, `cancelled` on an error (see
 * `statusMessage`).
 */
export type PayinSourceStatus = components['schemas']['PayinSourceStatus'];

/**
 * A bank account to debit, the only form of the payin source body Palomma documents.
 */
export type PayinSourceBankAccount = components['schemas']['PayinSourceBankAccount'];

/**
 * A payin source backed by a Bancolombia token. Palomma's YAML lists this form of the body (`PayinSourceBancolombiaToken`), but its fields are
 * not visible anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinSourceBancolombiaToken = components['schemas']['PayinSourceBancolombiaToken'];

/**
 * A payin source backed by a Nequi token. Palomma's YAML lists this form of the body (`PayinSourceNequiToken`), but its fields are
 * not visible anywhere, so only its `type` is described; anything else you send goes to the server
 * unchecked.
 */
export type PayinSourceNequiToken = components['schemas']['PayinSourceNequiToken'];

/**
 * What a merchant sends to create a payin source: one of three forms, told apart by `type`. Only
 * `bankAccount` is documented; the other two are known by name and `type` alone.
 *
 * The body of `POST /payinSources` (createPayinSource).
 */
export type CreatePayinSourceBody = components['schemas']['CreatePayinSourceRequest'];

/**
 * An account a customer has authorised the merchant to debit again and again.
 *
 * Always present, and so required here: the source's identity and state (`id`, `type`, `status`,
 * `createdAt`, `updatedAt`); what it was created with (`customerId`, `redirectUrl`); what Palomma adds to
 * every source (`customerDetails`, and `authUrl`, where the payer authorises the debits); and
 * `partialPayinsEnabled`, whose absence from the request means no partial debits, so every source has a
 * value for it. Optional: `reference` and `description`, which are optional when creating the source and
 * are not said to come back when none was sent, and `statusMessage`, present only when the source is
 * `cancelled`. Sources: Palomma's pages
 * [Payin source object](https://docs.palomma.com/api-documentation/payinSources/object) and
 * [Create a payin source](https://docs.palomma.com/api-documentation/payinSources/create).
 */
export type PayinSource = components['schemas']['PayinSource'];

/**
 * A summary of the payin source a payin request debits.
 *
 * Palomma's page lists the source's `reference`, `description`, `partialPayinsEnabled` and `type` in it,
 * and nothing more about it. Required here are the two every source has (`partialPayinsEnabled` and
 * `type`); `reference` and `description` are optional, as on the source itself. Source: Palomma's page
 * [Create a payin request](https://docs.palomma.com/api-documentation/payinRequests/create).
 */
export type PayinSourceDetails = components['schemas']['PayinSourceDetails'];

/**
 * What a merchant sends to debit an active payin source.
 *
 * The body of `POST /payinRequests` (createPayinRequest).
 */
export type CreatePayinRequestBody = components['schemas']['CreatePayinRequestRequest'];

/**
 * Where the payin request stands: `processing` at the bank, `approved` when paid, `partial` when paid in
 * part for lack of funds (only for sources with `partialPayinsEnabled`), `cancelled` on an error (see
 * `statusMessage`).
 */
export type PayinRequestStatus = components['schemas']['PayinRequestStatus'];

/**
 * A debit of a payin source.
 *
 * Always present, and so required here: the request's identity and state (`id`, `status`, `createdAt`,
 * `updatedAt`); what it was created with (`payinSourceId`, `amount`); what Palomma adds to every request
 * (`customerId` and `customerDetails`, from the source's customer; `payinSourceDetails`;
 * `amountCollected`, which starts at 0; and `fee`); and `targetMerchantAccountId`, the merchant's
 * `default` account when none was named, as the payin link's does. Optional: `reference`, which is
 * optional when creating the request and is not said to come back when none was sent, and `statusMessage`,
 * present only when the request is `cancelled`. Sources: Palomma's pages
 * [Create a payin request](https://docs.palomma.com/api-documentation/payinRequests/create) and
 * [Payin request object](https://docs.palomma.com/api-documentation/payinRequests/object).
 */
export type PayinRequest = components['schemas']['PayinRequest'];

/**
 * What a merchant sends to create a payout target. Bank accounts are the only kind so far; Palomma's YAML
 * wraps this body in a `oneOf` whose single form is `PayoutTargetBankAccount`, the same fields as here.
 *
 * The body of `POST /payoutTargets` (createPayoutTarget).
 */
export type CreatePayoutTargetBody = components['schemas']['CreatePayoutTargetRequest'];

/**
 * The kind of payout target. Bank accounts are the only kind Palomma documents.
 */
export type PayoutTargetType = components['schemas']['PayoutTargetType'];

/**
 * Where the payout target stands: `active` once the customer has verified it and payouts can be sent,
 * `cancelled` when it can no longer be used (see `statusMessage`). Palomma lists only these two values,
 * although its payout flow waits for a webhook saying the target became active; which status a target has
 * before that is not documented, and Palomma has no page describing these statuses.
 */
export type PayoutTargetStatus = components['schemas']['PayoutTargetStatus'];

/**
 * A bank account registered for payouts to a customer.
 *
 * Always present, and so required here: the target's identity (`id`, `type`, `createdAt`, `updatedAt`);
 * what it was created with (`customerId`, `redirectUrl`); and what Palomma adds to every target
 * (`customerDetails`, and `authUrl`, where the customer verifies the account). Optional: `reference` and
 * `description`, which are optional when creating the target and are not said to come back when none was
 * sent; `statusMessage`, present only when the target is `cancelled`; and `status`. Palomma's pages
 * disagree on `status`: the answer to creating a target shows one (`active` in its example), but the
 * payout flow has the customer verify the target after it is created and a webhook announce when it
 * becomes active, and only `active` and `cancelled` are listed. What a target not yet verified shows is
 * not documented, so this description follows the flow and does not require `status`. Sources: Palomma's
 * pages [Create a payout target](https://docs.palomma.com/api-documentation/payoutTargets/create),
 * [Payout target object](https://docs.palomma.com/api-documentation/payoutTargets/object) and
 * [Payouts](https://docs.old.palomma.com/api-documentation/payouts.md).
 */
export type PayoutTarget = components['schemas']['PayoutTarget'];

/**
 * What a merchant sends to pay an active payout target.
 *
 * The body of `POST /payoutRequests` (createPayoutRequest).
 */
export type CreatePayoutRequestBody = components['schemas']['CreatePayoutRequestRequest'];

/**
 * A summary of the payout target a payout request pays, as Palomma holds it.
 *
 * Palomma's page lists the target's `reference`, `description` and `type` in it, and nothing more about
 * it. Required here is the one every target has (`type`); `reference` and `description` are optional, as
 * on the target itself. Source: Palomma's page
 * [Create a payout request](https://docs.palomma.com/api-documentation/payoutRequests/create).
 */
export type PayoutTargetDetails = components['schemas']['PayoutTargetDetails'];

/**
 * Where the payout request stands: `processing`, `approved` (paid) or `cancelled` (see `statusMessage`).
 * Palomma has no page describing these statuses.
 */
export type PayoutRequestStatus = components['schemas']['PayoutRequestStatus'];

/**
 * Money sent from the merchant to a payout target.
 *
 * Always present, and so required here: the request's identity and state (`id`, `status`, `createdAt`,
 * `updatedAt`); what it was created with (`payoutTargetId`, `amount`); what Palomma adds to every request
 * (`customerId` and `customerDetails`, from the target's customer; `payoutTargetDetails`; `amountSent`,
 * which starts equal to `amount`; and `fee`); and `sourceMerchantAccountId`, the account the payout is
 * paid from. Palomma does not say in so many words which account pays when none is named; its merchant
 * accounts page gives every merchant a default account whose balance is payins minus payouts, so this
 * description reads it as that one, always shown. Optional: `reference`, which is optional when creating
 * the request and is not said to come back when none was sent, and `statusMessage`, present only when the
 * request is `cancelled`. Sources: Palomma's pages
 * [Create a payout request](https://docs.palomma.com/api-documentation/payoutRequests/create),
 * [Retrieve a payout request](https://docs.palomma.com/api-documentation/payoutRequests/get) and
 * [Merchant accounts](https://docs.old.palomma.com/api-documentation/advanced.md).
 */
export type PayoutRequest = components['schemas']['PayoutRequest'];

/**
 * How a merchant account holds money: an `aggregator` keeps a balance that payouts are paid from; a
 * `gateway` has its funds withdrawn to the bank automatically whenever a payin settlement is made.
 */
export type MerchantAccountType = components['schemas']['MerchantAccountType'];

/**
 * A virtual balance inside Palomma. Every merchant has a default one (payins in, payouts out); Palomma
 * creates others on request.
 *
 * Always present, and so required here: `id`, `description`, `unsettledAmount` and `type`, which Palomma's
 * object page lists for every account. Optional, as that page makes them conditional: `payoutLimitBalance`
 * (only where Palomma caps payouts), `availableBalance` (aggregator accounts only), `payinsEnabled` and
 * `payoutsEnabled` (gateway accounts only). Source: Palomma's page
 * [Merchant account object](https://docs.palomma.com/api-documentation/merchantAccounts/object).
 */
export type MerchantAccount = components['schemas']['MerchantAccount'];

/**
 * The settlement cycle, named by the hour it runs: 11, 13, 16, 18 or 20. Palomma does not state the time
 * zone.
 */
export type PayinSettlementCycle = components['schemas']['PayinSettlementCycle'];

/**
 * The approved payins Palomma settled to a merchant account in one cycle. Approved funds settle the next
 * business day (two for `bancolombiaCollect` payin links).
 *
 * Palomma's object page lists nine fields and makes none of them conditional, and a settlement is made by
 * Palomma, not from a request, so all nine are required here. Source: Palomma's page
 * [Payin settlement object](https://docs.palomma.com/api-documentation/payinSettlements/object).
 */
export type PayinSettlement = components['schemas']['PayinSettlement'];

/**
 * One page of customers. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type CustomerList = components['schemas']['CustomerList'];

/**
 * One page of payin links. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayinLinkList = components['schemas']['PayinLinkList'];

/**
 * One page of payin sources. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayinSourceList = components['schemas']['PayinSourceList'];

/**
 * One page of payin requests. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayinRequestList = components['schemas']['PayinRequestList'];

/**
 * One page of payout targets. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayoutTargetList = components['schemas']['PayoutTargetList'];

/**
 * One page of payout requests. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayoutRequestList = components['schemas']['PayoutRequestList'];

/**
 * One page of merchant accounts. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type MerchantAccountList = components['schemas']['MerchantAccountList'];

/**
 * One page of payin settlements. Send `cursor` back to read the next page; the last page has a `null` cursor.
 *
 * Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
 * items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
 * Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
 */
export type PayinSettlementList = components['schemas']['PayinSettlementList'];

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
 * The body Palomma sends with an error status: an object with a single `message`, which is required. Its
 * YAML shows the 400, 401 and 404 bodies as exactly that; the 500 body is cut off on its pages and is
 * assumed to be the same. Source: Palomma's page
 * [Retrieve a customer](https://docs.old.palomma.com/api-documentation/customers/get.md).
 */
export type ApiErrorBody = components['schemas']['Error'];

/**
 * The query of `GET /customers` (listCustomers): `reference`, `limit`, `cursor`.
 */
export type ListCustomersQuery = NonNullable<operations['listCustomers']['parameters']['query']>;

/**
 * The query of `GET /payinLinks` (listPayinLinks): `reference`, `customerId`, `limit`, `cursor`.
 */
export type ListPayinLinksQuery = NonNullable<operations['listPayinLinks']['parameters']['query']>;

/**
 * The query of `GET /payinSources` (listPayinSources): `limit`, `cursor`.
 */
export type ListPayinSourcesQuery = NonNullable<operations['listPayinSources']['parameters']['query']>;

/**
 * The query of `GET /payinRequests` (listPayinRequests): `reference`, `customerId`, `limit`, `cursor`.
 */
export type ListPayinRequestsQuery = NonNullable<operations['listPayinRequests']['parameters']['query']>;

/**
 * The query of `GET /payoutTargets` (listPayoutTargets): `reference`, `customerId`, `limit`, `cursor`.
 */
export type ListPayoutTargetsQuery = NonNullable<operations['listPayoutTargets']['parameters']['query']>;

/**
 * The query of `GET /payoutRequests` (listPayoutRequests): `limit`, `cursor`.
 */
export type ListPayoutRequestsQuery = NonNullable<operations['listPayoutRequests']['parameters']['query']>;

/**
 * The query of `GET /merchantAccounts` (listMerchantAccounts): `limit`, `cursor`.
 */
export type ListMerchantAccountsQuery = NonNullable<operations['listMerchantAccounts']['parameters']['query']>;

/**
 * The query of `GET /merchantAccounts/{merchantAccountId}/payinSettlements` (listPayinSettlements): `limit`, `cursor`.
 */
export type ListPayinSettlementsQuery = NonNullable<operations['listPayinSettlements']['parameters']['query']>;
