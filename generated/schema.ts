// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Returns your customers one page at a time. To read the next page, send the `cursor` of the page you
         *     have; the last page has a `null` cursor.
         *
         *     Palomma does not document the order of the items.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Registers the person or company who will pay you or be paid, and returns the customer with its `id`:
         *     payin links, payin sources and payout targets all refer to it as `customerId`.
         *
         *     Palomma documents no idempotency key for this operation, and does not say what happens when a
         *     customer with the same identity document already exists. Its page for this operation cuts off before
         *     the error responses; the ones below are those of its other create operations.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a customer
         * @description Returns the customer as Palomma holds them.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getCustomerById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinLinks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payin links
         * @description Returns your payin links one page at a time; the last page has a `null` cursor.
         *
         *     Palomma's page shows the `reference` and `customerId` filters and then cuts off; `limit` and `cursor`
         *     are those of every other list. The order of the items is not documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayinLinks"];
        put?: never;
        /**
         * Create a payin link
         * @description Creates a one-time payment for an existing customer and returns it with the `paymentUrl` where the
         *     payer pays. Send the payer there; when they are done Palomma sends them back to your `redirectUrl`, and
         *     the `payin-link.update` webhook reports the outcome.
         *
         *     The body takes one of six forms, told apart by `type` (see `CreatePayinLinkRequest`); only the
         *     `general` form, where the payer picks the payment method on Palomma's page, is documented.
         *
         *     Palomma documents no idempotency key for this operation, so sending the same request twice may
         *     create two payin links.
         */
        post: operations["createPayinLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinLinks/{payinLinkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payin link
         * @description Returns the payin link as it stands now, including its latest `status`.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayinLinkById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinSources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payin sources
         * @description Returns your payin sources one page at a time; the last page has a `null` cursor.
         *
         *     Palomma names no operationId for this list; `listPayinSources` follows its other lists. Its page shows
         *     no query table, so only the paging every list shares is described; the filters and order are not
         *     documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayinSources"];
        put?: never;
        /**
         * Create a payin source
         * @description Registers an account of the customer that you will debit again and again, and returns it with the
         *     `authUrl` where the payer authorises the debits. Once the `payin-source.update` webhook reports it
         *     `active`, create payin requests against it.
         *
         *     The body takes one of three forms, told apart by `type` (see `CreatePayinSourceRequest`); only the
         *     `bankAccount` form is documented.
         *
         *     Palomma documents no idempotency key for this operation, so sending the same request twice may
         *     create two payin sources.
         */
        post: operations["createPayinSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinSources/{payinSourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payin source
         * @description Returns the payin source as it stands now, for example to check that it is `active`.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayinSourceById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinRequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payin requests
         * @description Returns your payin requests one page at a time; the last page has a `null` cursor.
         *
         *     Palomma's page shows the `reference` and `customerId` filters and then cuts off; `limit` and `cursor`
         *     are those of every other list. The order of the items is not documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayinRequests"];
        put?: never;
        /**
         * Create a payin request
         * @description Debits an `active` payin source. The response is the request as first recorded; the
         *     `payin-request.update` webhook reports each later change of status.
         *
         *     Palomma documents no idempotency key for this operation, so sending the same request twice may
         *     debit the payer twice. Before retrying after a timeout, look for the first attempt with
         *     `GET /payinRequests?reference=…`.
         *
         *     Palomma's page for this operation cuts off before its error responses; the ones below are those of its
         *     other create operations.
         */
        post: operations["createPayinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payinRequests/{payinRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payin request
         * @description Returns the payin request as it stands now, including its latest `status`.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayinRequestById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payout targets
         * @description Returns your payout targets one page at a time; the last page has a `null` cursor.
         *
         *     This list appears only on Palomma's older pages, which show the `reference` and `customerId` filters
         *     and then cut off; `limit` and `cursor` are those of every other list. The order of the items is not
         *     documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayoutTargets"];
        put?: never;
        /**
         * Create a payout target
         * @description Registers a customer's bank account as a payout target and returns it together with the `authUrl`
         *     where the customer confirms the account with their bank.
         *
         *     Palomma documents no idempotency key for this operation, so sending the same request twice may
         *     create two payout targets.
         */
        post: operations["createPayoutTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutTargets/{payoutTargetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payout target
         * @description Returns the payout target as it stands now, for example to check whether the customer has finished
         *     verifying it when you have not received the `payout-target.update` webhook.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayoutTargetById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutRequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payout requests
         * @description Returns your payout requests one page at a time; the last page has a `null` cursor.
         *
         *     Palomma names no operationId for this list; `listPayoutRequests` follows its other lists. Its page
         *     shows no query table and its YAML was not found, so only the paging every list shares is described;
         *     the filters and the order of the items are not documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayoutRequests"];
        put?: never;
        /**
         * Create a payout request
         * @description Sends money to an active payout target. The response is the payout request as first recorded;
         *     its later status changes arrive through the `payout-request.update` webhook.
         *
         *     Palomma documents no idempotency key for this operation, so sending the same request twice may
         *     pay twice: before retrying after a timeout, look for the first attempt with
         *     `GET /payoutRequests` (your `reference` helps you recognise it).
         *
         *     Palomma's page for this operation cuts off before its error responses; the ones below are those of its
         *     other create operations.
         */
        post: operations["createPayoutRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutRequests/{payoutRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payout request
         * @description Returns the payout request as it stands now, including its latest `status`.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayoutRequestById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchantAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merchant accounts
         * @description Returns your merchant accounts one page at a time; the last page has a `null` cursor. Every merchant
         *     has a default account; Palomma creates any others on request (no operation creates, changes or
         *     deletes one).
         *
         *     Palomma's page shows `limit` and a second parameter cut off after `cu`, the `cursor` of every other
         *     list; its code sample calls `/v0/customers`, a copy slip. The order of the items is not documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listMerchantAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchantAccounts/{merchantAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a merchant account
         * @description Returns the merchant account with its balances as they stand now.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getMerchantAccountById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchantAccounts/{merchantAccountId}/payinSettlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payin settlements
         * @description Returns a merchant account's payin settlements one page at a time; the last page has a `null` cursor.
         *
         *     Palomma's pages disagree on the path: the newer page has `/payinSettlements/`, the older YAML
         *     `/settlements/`. This description follows the newer page, which matches the resource's name everywhere
         *     else (its tag, the `payin-settlement.update` webhook, the object's `payinSettlementDate` and
         *     `payinSettlementCycle`); the older YAML for these two operations carries other copy slips too.
         *
         *     This list appears only on Palomma's older pages, whose parameter list cuts off and whose code sample
         *     calls `/v0/customers` (a copy slip); `limit` and `cursor` are those of every other list. The order of
         *     the items is not documented.
         *
         *     Palomma's pages for this list cut off before its error responses; the ones below are those of its other
         *     operations.
         */
        get: operations["listPayinSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payin settlement
         * @description Returns one payin settlement of a merchant account: the approved payins Palomma settled to it in one
         *     cycle.
         *
         *     Palomma's pages disagree on the path: the newer page has `/payinSettlements/`, the older YAML
         *     `/settlements/`. This description follows the newer page, which matches the resource's name everywhere
         *     else (its tag, the `payin-settlement.update` webhook, the object's `payinSettlementDate` and
         *     `payinSettlementCycle`); the older YAML for these two operations carries other copy slips too.
         *
         *     Palomma's older YAML gives this operation the operationId `getPayoutRequestById`, which belongs to the
         *     payout request getter (and would clash with it here), and a 404 that speaks of a payout request. This
         *     description names it `getPayinSettlementById`, after Palomma's other getters.
         *
         *     An `id` Palomma does not know gets a 404 with a `message`.
         */
        get: operations["getPayinSettlementById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "payout-target.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payout target updated
         * @description Palomma sends this when a payout target changes, most importantly when the customer has verified
         *     it with their bank and it becomes `active`, or when it is `cancelled` (see `statusMessage`). `event` is
         *     the payout target, the same object `GET /payoutTargets/{payoutTargetId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payoutTargetUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout-request.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payout request updated
         * @description Palomma sends this each time a payout request changes status: `approved` once the money reached the
         *     payout target, `cancelled` when it did not (see `statusMessage`; nothing was sent). `event` is the payout
         *     request, the same object `GET /payoutRequests/{payoutRequestId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payoutRequestUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payin-link.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payin link updated
         * @description Palomma sends this when a payin link changes status: `approved` once paid, `cancelled` when it failed or
         *     expired (see `statusMessage`). `event` is the payin link, the same object
         *     `GET /payinLinks/{payinLinkId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payinLinkUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payin-source.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payin source updated
         * @description Palomma sends this when a payin source changes status, most importantly when the payer has authorised
         *     it and it becomes `active`: from then on you can create payin requests against it. `event` is the payin
         *     source, the same object `GET /payinSources/{payinSourceId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payinSourceUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payin-request.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payin request updated
         * @description Palomma sends this each time a payin request changes status (`approved`, `partial` or `cancelled`).
         *     `event` is the payin request, the same object `GET /payinRequests/{payinRequestId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payinRequestUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payin-settlement.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payin settlement updated
         * @description Listed only in Palomma's older documentation; the current list of event types leaves it out, and
         *     neither says whether it is still sent or what change it reports. `event` is the payin settlement, the
         *     same object `GET /merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}` returns.
         *
         *     Verify `X-Signature` before trusting anything in the delivery (see the Webhooks section).
         */
        post: operations["payinSettlementUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Why an object was cancelled; present only when its `status` is `cancelled`. Palomma's object schemas list
         *     the first seven values; its Status Messages page lists all nine, adding `BANK_NOT_AVAILABLE` and
         *     `DOCUMENT_ACCOUNT_MISMATCH`, so all nine are accepted here:
         *
         *     - `AUTHENTICATION_FAILED`: the payer's bank credentials were wrong.
         *     - `CUSTOMER_CANCELLATION`: the payer cancelled.
         *     - `DECLINED_BY_BANK`: the bank's own rules refused it.
         *     - `EXPIRED`: the time limit was reached.
         *     - `INVALID_ACCOUNT`: the account number does not exist.
         *     - `NOT_ENOUGH_FUNDS`: the account lacked the funds.
         *     - `ERROR`: anything Palomma has not mapped to another value; ask Palomma.
         *     - `BANK_NOT_AVAILABLE`: the bank could not be reached.
         *     - `DOCUMENT_ACCOUNT_MISMATCH`: the account does not belong to the customer's identity document.
         * @example DECLINED_BY_BANK
         * @enum {string}
         */
        StatusMessage: "AUTHENTICATION_FAILED" | "CUSTOMER_CANCELLATION" | "DECLINED_BY_BANK" | "EXPIRED" | "INVALID_ACCOUNT" | "NOT_ENOUGH_FUNDS" | "ERROR" | "BANK_NOT_AVAILABLE" | "DOCUMENT_ACCOUNT_MISMATCH";
        /**
         * @description The kind of Colombian identity document: `cc` (cédula de ciudadanía), `ce` (cédula de extranjería)
         *     or `nit` (tax ID, for companies).
         * @example cc
         * @enum {string}
         */
        DocumentType: "cc" | "ce" | "nit";
        /**
         * @description The customer as Palomma holds them on file, copied into the objects that belong to them.
         *
         *     Palomma shows this object only in examples, each time with the customer's `reference`, `name`,
         *     `documentType`, `documentNumber`, `email` and `phoneNumber`. It is read here as a copy of the customer:
         *     the five fields every customer has are required, and `reference`, which a customer may lack, is
         *     optional. Sources: the examples of Palomma's pages
         *     [Create a payin source](https://docs.palomma.com/api-documentation/payinSources/create) and
         *     [Create a payout target](https://docs.palomma.com/api-documentation/payoutTargets/create).
         */
        CustomerDetails: {
            /**
             * @description Your own identifier for the customer, as given when the customer was created.
             * @example customer-0042
             */
            reference?: string;
            /**
             * @description The person's first and last name, or the company's name.
             * @example Pepito Perez
             */
            name: string;
            documentType: components["schemas"]["DocumentType"];
            /**
             * @description The number of that identity document.
             * @example 1037551022
             */
            documentNumber: string;
            /**
             * Format: email
             * @description The customer's email address.
             * @example pepito@gmail.com
             */
            email: string;
            /**
             * @description The customer's phone number.
             * @example 3013111111
             */
            phoneNumber: string;
        };
        /**
         * @description A Colombian bank account: the one payouts are sent to (payout targets) or the one debited (payin
         *     sources). Palomma shows its three fields only in examples; which are required, and the full lists of
         *     banks and account types, are not documented for this API.
         */
        BankAccount: {
            bank: components["schemas"]["BankCode"];
            accountType: components["schemas"]["BankAccountType"];
            /**
             * @description The account number at that bank. Palomma does not document a format (length, digits only), so
             *     none is enforced here.
             * @example 4563789012
             */
            accountNumber: string;
        };
        /**
         * @description Palomma's code for the bank holding the account, such as `santander`. The payout-target reference
         *     does not list every accepted code: the known codes below come from a sibling Palomma product, and
         *     any other non-empty code is passed through for the server to judge.
         * @example santander
         */
        BankCode: "santander" | "coofinep" | "avvillas" | "cotrafa" | "confiar" | "union" | "nequi" | "bancoagrario" | "bancoomeva" | "bancamia" | "coopcentral" | "citibank" | "bancodeoccidente" | "falabella" | "bancodebogota" | "bancocajasocial" | "serfinanza" | "cfa" | "coltefinanciera" | "pichincha" | "iris" | "ban100" | "bancopopular" | "daviplata" | "bancolombia" | "finandina" | "scotiabankcolpatria" | "gnbsudameris" | "itau" | "bbva" | "davivienda" | "mibanco" | "multibank" | "mundomujer" | "procreditcolombia" | "bancow" | "bancoldex" | "juriscoop" | "itauhelm" | "jpmorgancolombia" | (string & {});
        /**
         * @description Whether the account is a savings (`savings`) or a checking (`checking`) account. Palomma's examples
         *     show only `savings`; `checking` comes from a sibling Palomma product.
         * @example savings
         * @enum {string}
         */
        BankAccountType: "savings" | "checking";
        /** @description What a merchant sends to create a customer. */
        CreateCustomerRequest: {
            /**
             * @description Your own identifier for the customer, for matching them with your records.
             * @example customer-0042
             */
            reference?: string;
            /**
             * @description The person's first and last name, or the company's name.
             * @example Pepito Perez
             */
            name: string;
            documentType: components["schemas"]["DocumentType"];
            /**
             * @description The number of the customer's identity document. Palomma does not document a format (digits only,
             *     a NIT's check digit), so none is enforced here.
             * @example 1037551022
             */
            documentNumber: string;
            /**
             * Format: email
             * @description The customer's email address.
             * @example pepito@gmail.com
             */
            email: string;
            /**
             * @description The customer's phone number. Palomma does not document a format (with or without the `+57`
             *     country code), so none is enforced here.
             * @example 3013111111
             */
            phoneNumber: string;
        };
        /**
         * @description A person or company who pays the merchant or is paid by them.
         *
         *     Always present, and so required here: `id`, the five fields every customer is created with (`name`,
         *     `documentType`, `documentNumber`, `email`, `phoneNumber`) and both timestamps. Palomma's customer pages
         *     show all of them in every answer. `reference` is optional: a customer may be created without one, and
         *     nothing says it comes back when none was sent. Sources: Palomma's pages
         *     [Create a customer](https://docs.palomma.com/api-documentation/customers/create) and
         *     [Retrieve a customer](https://docs.old.palomma.com/api-documentation/customers/get.md).
         */
        Customer: {
            /**
             * @description Palomma's unique identifier for the customer; other objects refer to it as `customerId`.
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the customer.
             * @example customer-0042
             */
            reference?: string;
            /**
             * @description The person's first and last name, or the company's name.
             * @example Pepito Perez
             */
            name: string;
            documentType: components["schemas"]["DocumentType"];
            /**
             * @description The number of that identity document.
             * @example 1037551022
             */
            documentNumber: string;
            /**
             * Format: email
             * @description The customer's email address.
             * @example pepito@gmail.com
             */
            email: string;
            /**
             * @description The customer's phone number.
             * @example 3013111111
             */
            phoneNumber: string;
            /**
             * Format: date-time
             * @description When the customer was created (ISO 8601).
             * @example 2023-11-07T05:12:03Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the customer last changed (ISO 8601).
             * @example 2023-11-07T05:12:03Z
             */
            updatedAt: string;
        };
        /**
         * @description A way to pay a payin link: `pse` (PSE bank transfer), `bancolombiaButton` (Bancolombia button),
         *     `nequiButton` (Nequi), `card` (card) or `bancolombiaCollect` (Bancolombia collection, which takes two
         *     business days to settle instead of one).
         * @example pse
         * @enum {string}
         */
        PayinLinkPaymentMethod: "pse" | "bancolombiaButton" | "nequiButton" | "card" | "bancolombiaCollect";
        /**
         * @description How a payin link was created: `general` lets the payer pick among `availableTypes` on Palomma's page;
         *     the other values name a single payment method. Once paid, a link shows the method the payer used.
         * @example general
         * @enum {string}
         */
        PayinLinkType: "general" | "pse" | "bancolombiaButton" | "nequiButton" | "card" | "bancolombiaCollect";
        /**
         * @description Where the payin link stands: `pending` once created (send the payer to `paymentUrl`), `processing` while
         *     the bank answers, `approved` when paid, `cancelled` on an error or expiry (see `statusMessage`).
         * @example pending
         * @enum {string}
         */
        PayinLinkStatus: "pending" | "processing" | "approved" | "cancelled";
        /**
         * @description A payin link where the payer picks the payment method on Palomma's page, among `availableTypes`: use it
         *     when Palomma should collect the payment details itself. The only form of the body Palomma documents.
         */
        PayinLinkGeneral: {
            /**
             * @description Your own identifier for this payment, for matching it with your records.
             * @example rent-2024-09-apto302
             */
            reference?: string;
            /**
             * @description Free text describing the payment.
             * @example Arriendo septiembre 2024, apartamento 302
             */
            description?: string;
            /**
             * @description ID of the existing customer who pays.
             * @example 01J6BME9VDRYERTYQCWMP954NN
             */
            customerId: string;
            /**
             * Format: uri
             * @description Where Palomma sends the payer back once they finish paying.
             * @example https://merchant.example.com/payments/return
             */
            redirectUrl: string;
            /**
             * @description How much to collect, in Colombian pesos (COP); it must be more than 1.500. The most a single payin
             *     may carry is set per merchant (2.000.000 COP unless Palomma has raised it for you), so that ceiling is
             *     not enforced here.
             * @example 1850000
             */
            amount: number;
            /**
             * @description This form of the body: `general`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "general";
            /**
             * @description The payment methods the payer may choose from. Palomma does not say whether the list may be empty or
             *     repeat a method.
             * @example [
             *       "pse",
             *       "nequiButton",
             *       "card"
             *     ]
             */
            availableTypes: components["schemas"]["PayinLinkPaymentMethod"][];
            /**
             * @description When the link stops accepting payment, as `YYYY-MM-DDTHH:mm:ss`: no earlier than today and no later
             *     than the end of the seventh day; by default the end of the day after creation. The link expires shortly
             *     after that moment. Palomma's pages disagree on the form (the create page says this date and time, the
             *     object page a `YYYY-MM-DD` date); this description follows the create page, which states the rules.
             *     The time zone is not documented.
             *
             *     The example is Palomma's own and long past, so a server refuses it. What sends it for real (the docs
             *     samples, `palomma proxy`) sends the moment a day after it runs instead, as
             *     `x-palomma-example-days-from-now` says.
             * @example 2024-08-28T23:59:59
             */
            expiration?: string;
            /**
             * @description The merchant account to credit, for merchants with more than one; ignore it otherwise.
             * @example default
             */
            targetMerchantAccountId?: string;
        };
        /**
         * @description A payin link paid by PSE bank transfer. Palomma's YAML lists this form of the body (`PayinLinkPSE`), but its fields are not
         *     documented anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinLinkPSE: {
            /**
             * @description This form of the body: `pse`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "pse";
        };
        /**
         * @description A payin link paid with the Bancolombia button. Palomma's YAML lists this form of the body (`PayinLinkBancolombiaButton`), but its fields are not
         *     documented anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinLinkBancolombiaButton: {
            /**
             * @description This form of the body: `bancolombiaButton`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "bancolombiaButton";
        };
        /**
         * @description A payin link paid with Nequi. Palomma's YAML lists this form of the body (`PayinLinkNequiButton`), but its fields are not
         *     documented anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinLinkNequiButton: {
            /**
             * @description This form of the body: `nequiButton`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "nequiButton";
        };
        /**
         * @description A payin link paid by card. Palomma's YAML lists this form of the body (`PayinLinkCard`), but its fields are not
         *     documented anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinLinkCard: {
            /**
             * @description This form of the body: `card`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "card";
        };
        /**
         * @description A payin link paid through Bancolombia collection. Palomma's YAML lists this form of the body (`PayinLinkBancolombiaCollect`), but its fields are not
         *     documented anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinLinkBancolombiaCollect: {
            /**
             * @description This form of the body: `bancolombiaCollect`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "bancolombiaCollect";
        };
        /**
         * @description What a merchant sends to create a payin link: one of six forms, told apart by `type`. Only `general` is
         *     documented; the other five are known by name and `type` alone.
         */
        CreatePayinLinkRequest: components["schemas"]["PayinLinkGeneral"] | components["schemas"]["PayinLinkPSE"] | components["schemas"]["PayinLinkBancolombiaButton"] | components["schemas"]["PayinLinkNequiButton"] | components["schemas"]["PayinLinkCard"] | components["schemas"]["PayinLinkBancolombiaCollect"];
        /**
         * @description A one-time payment a customer makes through a link.
         *
         *     Always present, and so required here: the link's identity and state (`id`, `type`, `status`,
         *     `createdAt`, `updatedAt`); what it was created with (`customerId`, `redirectUrl`, `amount`); what
         *     Palomma adds to every link (`customerDetails`, `paymentUrl`, `amountCollected`, which is 0 until the
         *     link is paid, and `fee`); and two inputs that have a default: `expiration` (the end of the day after
         *     creation when none was sent) and `targetMerchantAccountId` (the merchant's `default` account when none
         *     was named, as the object page's example shows). Optional: `reference` and `description`, which are
         *     optional when creating the link and are not said to come back when none was sent, and `statusMessage`,
         *     present only when the link is `cancelled`. Sources: Palomma's pages
         *     [Payin link object](https://docs.palomma.com/api-documentation/payinLinks/object) and
         *     [Create a payin link](https://docs.palomma.com/api-documentation/payinLinks/create).
         */
        PayinLink: {
            /**
             * @description Palomma's unique identifier for the payin link.
             * @example 01J6BW5A3JQYQP4YP78YX9W9G6
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the payin link.
             * @example rent-2024-09-apto302
             */
            reference?: string;
            /**
             * @description The `description` you sent when creating the payin link.
             * @example Arriendo septiembre 2024, apartamento 302
             */
            description?: string;
            /**
             * @description ID of the customer who pays.
             * @example 01J6BME9VDRYERTYQCWMP954NN
             */
            customerId: string;
            customerDetails: components["schemas"]["CustomerDetails"];
            status: components["schemas"]["PayinLinkStatus"];
            statusMessage?: components["schemas"]["StatusMessage"];
            /**
             * Format: uri
             * @description Send the payer here to pay.
             * @example https://checkout.example.com/payin-links/01J6BW5A3JQYQP4YP78YX9W9G6
             */
            paymentUrl: string;
            /**
             * Format: uri
             * @description Where the payer lands after paying, as you sent it.
             * @example https://merchant.example.com/payments/return
             */
            redirectUrl: string;
            /**
             * @description The amount to collect, in COP.
             * @example 1850000
             */
            amount: number;
            /**
             * @description The amount collected, in COP: 0 until the link is paid.
             * @example 1850000
             */
            amountCollected: number;
            /**
             * @description Palomma's fee, in COP, taken out of `amountCollected` at settlement.
             * @example 9250
             */
            fee: number;
            type: components["schemas"]["PayinLinkType"];
            /**
             * @description When the link stops accepting payment. Palomma's object page calls it a `YYYY-MM-DD` date and its create
             *     page a `YYYY-MM-DDTHH:mm:ss` date and time, so no form is enforced on what comes back.
             * @example 2024-08-28T23:59:59
             */
            expiration: string;
            /**
             * @description The merchant account credited; `default` unless you named another.
             * @example default
             */
            targetMerchantAccountId: string;
            /**
             * Format: date-time
             * @description When the payin link was created (ISO 8601).
             * @example 2024-08-26T14:05:40Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payin link last changed (ISO 8601).
             * @example 2024-08-26T14:19:02Z
             */
            updatedAt: string;
        };
        /**
         * @description The kind of payin source: a bank account (`bankAccount`), a Bancolombia token or a Nequi token.
         * @example bankAccount
         * @enum {string}
         */
        PayinSourceType: "bankAccount" | "bancolombiaToken" | "nequiToken";
        /**
         * @description Where the payin source stands: `pending` once created (send the payer to `authUrl`), `processing` while
         *     the bank verifies the account, `active` when payin requests may debit it, `cancelled` on an error (see
         *     `statusMessage`).
         * @example active
         * @enum {string}
         */
        PayinSourceStatus: "pending" | "processing" | "active" | "cancelled";
        /** @description A bank account to debit, the only form of the payin source body Palomma documents. */
        PayinSourceBankAccount: {
            /**
             * @description Your own identifier for this payin source, for matching it with your records.
             * @example mandate-0107
             */
            reference?: string;
            /**
             * @description Free text describing the payin source.
             * @example Débito mensual del arriendo, apartamento 302
             */
            description?: string;
            /**
             * @description ID of the existing customer who owns the account.
             * @example 01J6BME9VDRYERTYQCWMP954NN
             */
            customerId: string;
            /**
             * Format: uri
             * @description Where Palomma sends the payer back once they have authorised the debits.
             * @example https://merchant.example.com/debits/return
             */
            redirectUrl: string;
            /**
             * @description This form of the body: `bankAccount`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "bankAccount";
            bankAccount: components["schemas"]["BankAccount"];
            /**
             * @description Bancolombia accounts only: when the account lacks the funds for a payin request, debit what there is
             *     (the request ends `partial`). Without it, no partial debit is taken.
             * @example false
             */
            partialPayinsEnabled?: boolean;
        };
        /**
         * @description A payin source backed by a Bancolombia token. Palomma's YAML lists this form of the body (`PayinSourceBancolombiaToken`), but its fields are
         *     not visible anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinSourceBancolombiaToken: {
            /**
             * @description This form of the body: `bancolombiaToken`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "bancolombiaToken";
        };
        /**
         * @description A payin source backed by a Nequi token. Palomma's YAML lists this form of the body (`PayinSourceNequiToken`), but its fields are
         *     not visible anywhere, so only its `type` is described; anything else you send goes to the server
         *     unchecked.
         */
        PayinSourceNequiToken: {
            /**
             * @description This form of the body: `nequiToken`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "nequiToken";
        };
        /**
         * @description What a merchant sends to create a payin source: one of three forms, told apart by `type`. Only
         *     `bankAccount` is documented; the other two are known by name and `type` alone.
         */
        CreatePayinSourceRequest: components["schemas"]["PayinSourceBankAccount"] | components["schemas"]["PayinSourceBancolombiaToken"] | components["schemas"]["PayinSourceNequiToken"];
        /**
         * @description An account a customer has authorised the merchant to debit again and again.
         *
         *     Always present, and so required here: the source's identity and state (`id`, `type`, `status`,
         *     `createdAt`, `updatedAt`); what it was created with (`customerId`, `redirectUrl`); what Palomma adds to
         *     every source (`customerDetails`, and `authUrl`, where the payer authorises the debits); and
         *     `partialPayinsEnabled`, whose absence from the request means no partial debits, so every source has a
         *     value for it. Optional: `reference` and `description`, which are optional when creating the source and
         *     are not said to come back when none was sent, and `statusMessage`, present only when the source is
         *     `cancelled`. Sources: Palomma's pages
         *     [Payin source object](https://docs.palomma.com/api-documentation/payinSources/object) and
         *     [Create a payin source](https://docs.palomma.com/api-documentation/payinSources/create).
         */
        PayinSource: {
            /**
             * @description Palomma's unique identifier for the payin source.
             * @example 01J6B3YFABQYXWSQJEBFAWW945
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the payin source.
             * @example mandate-0107
             */
            reference?: string;
            /**
             * @description The `description` you sent when creating the payin source.
             * @example Débito mensual del arriendo, apartamento 302
             */
            description?: string;
            /**
             * @description ID of the customer who owns the account.
             * @example 01J6BME9VDRYERTYQCWMP954NN
             */
            customerId: string;
            customerDetails: components["schemas"]["CustomerDetails"];
            status: components["schemas"]["PayinSourceStatus"];
            statusMessage?: components["schemas"]["StatusMessage"];
            /**
             * Format: uri
             * @description Send the payer here to authenticate and authorise the debits. Palomma does not document how long it
             *     stays valid.
             * @example https://auth.example.com/payin-sources/01J6B3YFABQYXWSQJEBFAWW945
             */
            authUrl: string;
            /**
             * Format: uri
             * @description Where the payer lands after authorising, as you sent it.
             * @example https://merchant.example.com/debits/return
             */
            redirectUrl: string;
            /**
             * @description Bancolombia accounts only: when the account lacks the funds for a payin request, debit what there is
             *     (the request ends `partial`). Without it, no partial debit is taken.
             * @example false
             */
            partialPayinsEnabled: boolean;
            type: components["schemas"]["PayinSourceType"];
            /**
             * Format: date-time
             * @description When the payin source was created (ISO 8601).
             * @example 2024-08-26T14:10:12Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payin source last changed (ISO 8601).
             * @example 2024-08-26T14:16:48Z
             */
            updatedAt: string;
        };
        /**
         * @description A summary of the payin source a payin request debits.
         *
         *     Palomma's page lists the source's `reference`, `description`, `partialPayinsEnabled` and `type` in it,
         *     and nothing more about it. Required here are the two every source has (`partialPayinsEnabled` and
         *     `type`); `reference` and `description` are optional, as on the source itself. Source: Palomma's page
         *     [Create a payin request](https://docs.palomma.com/api-documentation/payinRequests/create).
         */
        PayinSourceDetails: {
            /**
             * @description The `reference` you gave the payin source.
             * @example mandate-0107
             */
            reference?: string;
            /**
             * @description The `description` you gave the payin source.
             * @example Débito mensual del arriendo, apartamento 302
             */
            description?: string;
            /**
             * @description Bancolombia accounts only: when the account lacks the funds for a payin request, debit what there is
             *     (the request ends `partial`). Without it, no partial debit is taken.
             * @example false
             */
            partialPayinsEnabled: boolean;
            type: components["schemas"]["PayinSourceType"];
        };
        /** @description What a merchant sends to debit an active payin source. */
        CreatePayinRequestRequest: {
            /**
             * @description ID of the payin source to debit. It must be `active`.
             * @example 01J6B3YFABQYXWSQJEBFAWW945
             */
            payinSourceId: string;
            /**
             * @description How much to debit, in Colombian pesos (COP); it must be more than 1.000. Palomma types it as a number
             *     but its object page says it must be a whole number, so send whole pesos. The most a single payin may
             *     carry is set per merchant (2.000.000 COP unless Palomma has raised it), so that ceiling is not enforced
             *     here.
             * @example 1850000
             */
            amount: number;
            /**
             * @description Your own identifier for this debit, for matching it with your records.
             * @example rent-2024-10-apto302
             */
            reference?: string;
            /**
             * @description The merchant account to credit, for merchants with more than one; ignore it otherwise.
             * @example default
             */
            targetMerchantAccountId?: string;
        };
        /**
         * @description Where the payin request stands: `processing` at the bank, `approved` when paid, `partial` when paid in
         *     part for lack of funds (only for sources with `partialPayinsEnabled`), `cancelled` on an error (see
         *     `statusMessage`).
         * @example approved
         * @enum {string}
         */
        PayinRequestStatus: "processing" | "approved" | "partial" | "cancelled";
        /**
         * @description A debit of a payin source.
         *
         *     Always present, and so required here: the request's identity and state (`id`, `status`, `createdAt`,
         *     `updatedAt`); what it was created with (`payinSourceId`, `amount`); what Palomma adds to every request
         *     (`customerId` and `customerDetails`, from the source's customer; `payinSourceDetails`;
         *     `amountCollected`, which starts at 0; and `fee`); and `targetMerchantAccountId`, the merchant's
         *     `default` account when none was named, as the payin link's does. Optional: `reference`, which is
         *     optional when creating the request and is not said to come back when none was sent, and `statusMessage`,
         *     present only when the request is `cancelled`. Sources: Palomma's pages
         *     [Create a payin request](https://docs.palomma.com/api-documentation/payinRequests/create) and
         *     [Payin request object](https://docs.palomma.com/api-documentation/payinRequests/object).
         */
        PayinRequest: {
            /**
             * @description Palomma's unique identifier for the payin request.
             * @example 01J6DQT35948RYDH4GPJCMSYCE
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the payin request.
             * @example rent-2024-10-apto302
             */
            reference?: string;
            /**
             * @description ID of the customer who pays (the owner of the payin source).
             * @example 01J6BME9VDRYERTYQCWMP954NN
             */
            customerId: string;
            customerDetails: components["schemas"]["CustomerDetails"];
            /**
             * @description ID of the payin source debited.
             * @example 01J6B3YFABQYXWSQJEBFAWW945
             */
            payinSourceId: string;
            payinSourceDetails: components["schemas"]["PayinSourceDetails"];
            status: components["schemas"]["PayinRequestStatus"];
            statusMessage?: components["schemas"]["StatusMessage"];
            /**
             * @description The amount requested, in COP.
             * @example 1850000
             */
            amount: number;
            /**
             * @description The amount collected, in COP: 0 until the request is `approved` or `partial`.
             * @example 1850000
             */
            amountCollected: number;
            /**
             * @description Palomma's fee, in COP, taken out of `amountCollected` at settlement.
             * @example 9250
             */
            fee: number;
            /**
             * @description The merchant account credited; `default` unless you named another.
             * @example default
             */
            targetMerchantAccountId: string;
            /**
             * Format: date-time
             * @description When the payin request was created (ISO 8601).
             * @example 2024-10-01T13:00:07Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payin request last changed (ISO 8601).
             * @example 2024-10-01T15:42:30Z
             */
            updatedAt: string;
        };
        /**
         * @description What a merchant sends to create a payout target. Bank accounts are the only kind so far; Palomma's YAML
         *     wraps this body in a `oneOf` whose single form is `PayoutTargetBankAccount`, the same fields as here.
         */
        CreatePayoutTargetRequest: {
            /**
             * @description Your own identifier for this payout target, for matching it with your records.
             * @example supplier-0042
             */
            reference?: string;
            /**
             * @description Free text describing the payout target, for your own records.
             * @example Cuenta de ahorros del proveedor Pepito Perez
             */
            description?: string;
            /**
             * @description ID of the existing customer who owns the account.
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            customerId: string;
            /**
             * Format: uri
             * @description Where Palomma sends the customer back once they finish verifying the account with their bank.
             * @example https://merchant.example.com/payouts/return
             */
            redirectUrl: string;
            type: components["schemas"]["PayoutTargetType"];
            bankAccount: components["schemas"]["BankAccount"];
        };
        /**
         * @description The kind of payout target. Bank accounts are the only kind Palomma documents.
         * @example bankAccount
         * @enum {string}
         */
        PayoutTargetType: "bankAccount";
        /**
         * @description Where the payout target stands: `active` once the customer has verified it and payouts can be sent,
         *     `cancelled` when it can no longer be used (see `statusMessage`). Palomma lists only these two values,
         *     although its payout flow waits for a webhook saying the target became active; which status a target has
         *     before that is not documented, and Palomma has no page describing these statuses.
         * @example active
         * @enum {string}
         */
        PayoutTargetStatus: "active" | "cancelled";
        /**
         * @description A bank account registered for payouts to a customer.
         *
         *     Always present, and so required here: the target's identity (`id`, `type`, `createdAt`, `updatedAt`);
         *     what it was created with (`customerId`, `redirectUrl`); and what Palomma adds to every target
         *     (`customerDetails`, and `authUrl`, where the customer verifies the account). Optional: `reference` and
         *     `description`, which are optional when creating the target and are not said to come back when none was
         *     sent; `statusMessage`, present only when the target is `cancelled`; and `status`. Palomma's pages
         *     disagree on `status`: the answer to creating a target shows one (`active` in its example), but the
         *     payout flow has the customer verify the target after it is created and a webhook announce when it
         *     becomes active, and only `active` and `cancelled` are listed. What a target not yet verified shows is
         *     not documented, so this description follows the flow and does not require `status`. Sources: Palomma's
         *     pages [Create a payout target](https://docs.palomma.com/api-documentation/payoutTargets/create),
         *     [Payout target object](https://docs.palomma.com/api-documentation/payoutTargets/object) and
         *     [Payouts](https://docs.old.palomma.com/api-documentation/payouts.md).
         */
        PayoutTarget: {
            /**
             * @description Palomma's unique identifier for the payout target.
             * @example 01HPR8S7YF43PV3QV16TZDC80P
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the payout target.
             * @example supplier-0042
             */
            reference?: string;
            /**
             * @description The `description` you sent when creating the payout target.
             * @example Cuenta de ahorros del proveedor Pepito Perez
             */
            description?: string;
            /**
             * @description ID of the customer who owns the payout target.
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            customerId: string;
            customerDetails: components["schemas"]["CustomerDetails"];
            status?: components["schemas"]["PayoutTargetStatus"];
            statusMessage?: components["schemas"]["StatusMessage"];
            /**
             * Format: uri
             * @description Send the customer here to verify the account with their bank. Palomma does not document the URL's
             *     form or how long it stays valid.
             * @example https://auth.example.com/payout-targets/01HPR8S7YF43PV3QV16TZDC80P
             */
            authUrl: string;
            /**
             * Format: uri
             * @description Where the customer lands after verifying, as you sent it.
             * @example https://merchant.example.com/payouts/return
             */
            redirectUrl: string;
            type: components["schemas"]["PayoutTargetType"];
            /**
             * Format: date-time
             * @description When the payout target was created (ISO 8601).
             * @example 2023-11-07T05:31:56Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payout target last changed (ISO 8601).
             * @example 2023-11-07T05:31:56Z
             */
            updatedAt: string;
        };
        /** @description What a merchant sends to pay an active payout target. */
        CreatePayoutRequestRequest: {
            /**
             * @description ID of the payout target to pay. It must be `active`.
             * @example 01HPR8S7YF43PV3QV16TZDC80P
             */
            payoutTargetId: string;
            /**
             * @description How much to pay, in Colombian pesos (COP); it must be more than 1.000. The most a single payout
             *     may carry is set per merchant (5.000.000 COP unless Palomma has raised it for you), so that
             *     ceiling is not enforced here. Palomma does not document whether fractions of a peso are accepted.
             * @example 250000
             */
            amount: number;
            /**
             * @description Your own identifier for this payout, for matching it with your records.
             * @example invoice-2023-0117
             */
            reference?: string;
            /**
             * @description The merchant account to pay from, for merchants with more than one. Palomma does not say in so many
             *     words which account pays when it is left out; this description reads it as the default account,
             *     whose balance Palomma describes as payins minus payouts.
             * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
             */
            sourceMerchantAccountId?: string;
        };
        /**
         * @description A summary of the payout target a payout request pays, as Palomma holds it.
         *
         *     Palomma's page lists the target's `reference`, `description` and `type` in it, and nothing more about
         *     it. Required here is the one every target has (`type`); `reference` and `description` are optional, as
         *     on the target itself. Source: Palomma's page
         *     [Create a payout request](https://docs.palomma.com/api-documentation/payoutRequests/create).
         */
        PayoutTargetDetails: {
            /**
             * @description The `reference` you gave the payout target.
             * @example supplier-0042
             */
            reference?: string;
            /**
             * @description The `description` you gave the payout target.
             * @example Cuenta de ahorros del proveedor Pepito Perez
             */
            description?: string;
            type: components["schemas"]["PayoutTargetType"];
        };
        /**
         * @description Where the payout request stands: `processing`, `approved` (paid) or `cancelled` (see `statusMessage`).
         *     Palomma has no page describing these statuses.
         * @example processing
         * @enum {string}
         */
        PayoutRequestStatus: "processing" | "approved" | "cancelled";
        /**
         * @description Money sent from the merchant to a payout target.
         *
         *     Always present, and so required here: the request's identity and state (`id`, `status`, `createdAt`,
         *     `updatedAt`); what it was created with (`payoutTargetId`, `amount`); what Palomma adds to every request
         *     (`customerId` and `customerDetails`, from the target's customer; `payoutTargetDetails`; `amountSent`,
         *     which starts equal to `amount`; and `fee`); and `sourceMerchantAccountId`, the account the payout is
         *     paid from. Palomma does not say in so many words which account pays when none is named; its merchant
         *     accounts page gives every merchant a default account whose balance is payins minus payouts, so this
         *     description reads it as that one, always shown. Optional: `reference`, which is optional when creating
         *     the request and is not said to come back when none was sent, and `statusMessage`, present only when the
         *     request is `cancelled`. Sources: Palomma's pages
         *     [Create a payout request](https://docs.palomma.com/api-documentation/payoutRequests/create),
         *     [Retrieve a payout request](https://docs.palomma.com/api-documentation/payoutRequests/get) and
         *     [Merchant accounts](https://docs.old.palomma.com/api-documentation/advanced.md).
         */
        PayoutRequest: {
            /**
             * @description Palomma's unique identifier for the payout request.
             * @example 01HPRB2M4K9Q7ZT3XWJ5N8D6EV
             */
            id: string;
            /**
             * @description The `reference` you sent when creating the payout request.
             * @example invoice-2023-0117
             */
            reference?: string;
            /**
             * @description ID of the customer being paid (the owner of the payout target).
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            customerId: string;
            customerDetails: components["schemas"]["CustomerDetails"];
            /**
             * @description ID of the payout target being paid.
             * @example 01HPR8S7YF43PV3QV16TZDC80P
             */
            payoutTargetId: string;
            payoutTargetDetails: components["schemas"]["PayoutTargetDetails"];
            status: components["schemas"]["PayoutRequestStatus"];
            statusMessage?: components["schemas"]["StatusMessage"];
            /**
             * @description The amount requested, in Colombian pesos (COP).
             * @example 250000
             */
            amount: number;
            /**
             * @description The amount sent to the payout target, in COP: equal to `amount`, and 0 if the request is
             *     cancelled.
             * @example 250000
             */
            amountSent: number;
            /**
             * @description Palomma's fee for this payout, in COP. Palomma's description of it mentions `amountCollected`, a field
             *     payout requests do not have, so how it is charged is not clear.
             * @example 0
             */
            fee: number;
            /**
             * @description The merchant account the payout is paid from; the default one unless you named another.
             * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
             */
            sourceMerchantAccountId: string;
            /**
             * Format: date-time
             * @description When the payout request was created (ISO 8601).
             * @example 2023-11-07T06:02:44Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payout request last changed (ISO 8601).
             * @example 2023-11-07T06:02:44Z
             */
            updatedAt: string;
        };
        /**
         * @description How a merchant account holds money: an `aggregator` keeps a balance that payouts are paid from; a
         *     `gateway` has its funds withdrawn to the bank automatically whenever a payin settlement is made.
         * @example aggregator
         * @enum {string}
         */
        MerchantAccountType: "aggregator" | "gateway";
        /**
         * @description A virtual balance inside Palomma. Every merchant has a default one (payins in, payouts out); Palomma
         *     creates others on request.
         *
         *     Always present, and so required here: `id`, `description`, `unsettledAmount` and `type`, which Palomma's
         *     object page lists for every account. Optional, as that page makes them conditional: `payoutLimitBalance`
         *     (only where Palomma caps payouts), `availableBalance` (aggregator accounts only), `payinsEnabled` and
         *     `payoutsEnabled` (gateway accounts only). Source: Palomma's page
         *     [Merchant account object](https://docs.palomma.com/api-documentation/merchantAccounts/object).
         */
        MerchantAccount: {
            /**
             * @description Palomma's unique identifier for the merchant account.
             * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
             */
            id: string;
            /**
             * @description What the account is for.
             * @example Cuenta principal
             */
            description: string;
            /**
             * @description Payins approved but not yet settled, in COP.
             * @example 1850000
             */
            unsettledAmount: number;
            /**
             * @description Optional: how much may still be paid out, in COP, when Palomma caps payouts; topped up through Palomma.
             * @example 20000000
             */
            payoutLimitBalance?: number;
            type: components["schemas"]["MerchantAccountType"];
            /**
             * @description Aggregator accounts only: the settled money available for payouts, in COP.
             * @example 12480000
             */
            availableBalance?: number;
            /**
             * @description Gateway accounts only: whether the account may receive payins.
             * @example true
             */
            payinsEnabled?: boolean;
            /**
             * @description Gateway accounts only: whether the account may send payouts.
             * @example false
             */
            payoutsEnabled?: boolean;
        };
        /**
         * @description The settlement cycle, named by the hour it runs: 11, 13, 16, 18 or 20. Palomma does not state the time
         *     zone.
         * @example 11
         * @enum {number}
         */
        PayinSettlementCycle: 11 | 13 | 16 | 18 | 20;
        /**
         * @description The approved payins Palomma settled to a merchant account in one cycle. Approved funds settle the next
         *     business day (two for `bancolombiaCollect` payin links).
         *
         *     Palomma's object page lists nine fields and makes none of them conditional, and a settlement is made by
         *     Palomma, not from a request, so all nine are required here. Source: Palomma's page
         *     [Payin settlement object](https://docs.palomma.com/api-documentation/payinSettlements/object).
         */
        PayinSettlement: {
            /**
             * @description Palomma's unique identifier for the payin settlement.
             * @example 01J6D7W3TJEXFB3DRZ40FHJ7B8
             */
            id: string;
            /**
             * @description ID of the merchant account settled to.
             * @example 01HPQZE5E8Y0N6G8GYNKR0VQSS
             */
            merchantAccountId: string;
            /**
             * @description The payins settled, in COP, before fees.
             * @example 3700000
             */
            totalAmountCollected: number;
            /**
             * @description Palomma's fees on those payins, in COP.
             * @example 18500
             */
            totalFees: number;
            /**
             * Format: int32
             * @description How many payins were settled.
             * @example 2
             */
            numberOfPayins: number;
            /**
             * Format: date
             * @description The day of the settlement.
             * @example 2024-08-28
             */
            payinSettlementDate: string;
            payinSettlementCycle: components["schemas"]["PayinSettlementCycle"];
            /**
             * Format: date-time
             * @description When the payin settlement was created (ISO 8601).
             * @example 2024-08-28T16:00:05Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the payin settlement last changed (ISO 8601).
             * @example 2024-08-28T16:00:05Z
             */
            updatedAt: string;
        };
        /**
         * @description One page of customers. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        CustomerList: {
            /** @description The customers in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["Customer"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many customers this page holds, from 0 to 100. Palomma's v0 page calls it the total number of
             *     items returned, which could also be read as the count overall; its newer API counts the page, as
             *     read here.
             * @example 2
             */
            count: number;
        };
        /**
         * @description One page of payin links. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayinLinkList: {
            /** @description The payin links in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayinLink"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payin links this page holds, from 0 to 100. Palomma's v0 page calls it the total number
             *     of items returned, which could also be read as the count overall; its newer API counts the page,
             *     as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of payin sources. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayinSourceList: {
            /** @description The payin sources in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayinSource"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payin sources this page holds, from 0 to 100. Palomma's v0 page calls it the total number
             *     of items returned, which could also be read as the count overall; its newer API counts the page,
             *     as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of payin requests. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayinRequestList: {
            /** @description The payin requests in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayinRequest"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payin requests this page holds, from 0 to 100. Palomma's v0 page calls it the total
             *     number of items returned, which could also be read as the count overall; its newer API counts the
             *     page, as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of payout targets. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayoutTargetList: {
            /** @description The payout targets in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayoutTarget"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payout targets this page holds, from 0 to 100. Palomma's v0 page calls it the total
             *     number of items returned, which could also be read as the count overall; its newer API counts the
             *     page, as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of payout requests. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayoutRequestList: {
            /** @description The payout requests in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayoutRequest"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payout requests this page holds, from 0 to 100. Palomma's v0 page calls it the total
             *     number of items returned, which could also be read as the count overall; its newer API counts the
             *     page, as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of merchant accounts. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        MerchantAccountList: {
            /** @description The merchant accounts in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["MerchantAccount"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many merchant accounts this page holds, from 0 to 100. Palomma's v0 page calls it the total
             *     number of items returned, which could also be read as the count overall; its newer API counts the
             *     page, as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description One page of payin settlements. Send `cursor` back to read the next page; the last page has a `null` cursor.
         *
         *     Palomma's list pages show `items`, `cursor` and `count` on every page, and `limit` allows at most 100
         *     items: `items` and `count` are required here, and a page without a `cursor` is read as the last one.
         *     Source: Palomma's page [List customers](https://docs.palomma.com/api-documentation/customers/list).
         */
        PayinSettlementList: {
            /** @description The payin settlements in this page (at most 100, the most `limit` allows). */
            items: components["schemas"]["PayinSettlement"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. `null` on the last page (a
             *     missing cursor means the same).
             * @example eyJwYWdlIjoyfQ
             * @example null
             */
            cursor?: string | null;
            /**
             * Format: int32
             * @description How many payin settlements this page holds, from 0 to 100. Palomma's v0 page calls it the total
             *     number of items returned, which could also be read as the count overall; its newer API counts the
             *     page, as read here.
             * @example 1
             */
            count: number;
        };
        /**
         * @description A webhook delivery reporting a change to a payout target. This is the JSON inside `X-Encoded-Data`; the
         *     envelope's four fields make up the whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayoutTargetUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payout-target.update
             * @constant
             */
            eventType: "payout-target.update";
            event: components["schemas"]["PayoutTarget"];
        };
        /**
         * @description A webhook delivery reporting a change to a payout request. This is the JSON inside `X-Encoded-Data`; the
         *     envelope's four fields make up the whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayoutRequestUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payout-request.update
             * @constant
             */
            eventType: "payout-request.update";
            event: components["schemas"]["PayoutRequest"];
        };
        /**
         * @description A webhook delivery reporting a change to a payin link. This is the JSON inside `X-Encoded-Data`; the
         *     envelope's four fields make up the whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayinLinkUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payin-link.update
             * @constant
             */
            eventType: "payin-link.update";
            event: components["schemas"]["PayinLink"];
        };
        /**
         * @description A webhook delivery reporting a change to a payin source. This is the JSON inside `X-Encoded-Data`; the
         *     envelope's four fields make up the whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayinSourceUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payin-source.update
             * @constant
             */
            eventType: "payin-source.update";
            event: components["schemas"]["PayinSource"];
        };
        /**
         * @description A webhook delivery reporting a change to a payin request. This is the JSON inside `X-Encoded-Data`; the
         *     envelope's four fields make up the whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayinRequestUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payin-request.update
             * @constant
             */
            eventType: "payin-request.update";
            event: components["schemas"]["PayinRequest"];
        };
        /**
         * @description A webhook delivery reporting a change to a payin settlement (an event type listed only in Palomma's
         *     older documentation). This is the JSON inside `X-Encoded-Data`; the envelope's four fields make up the
         *     whole body Palomma describes, so all four are required.
         */
        WebhookEnvelopePayinSettlementUpdate: {
            /**
             * @description Palomma's identifier for this delivery. A redelivery of the same event keeps it, so use it to
             *     recognise repeats.
             * @example 01HPRD0E6W9V3R5T8Y2K4M7QXZ
             */
            webhookId: string;
            /**
             * Format: date-time
             * @description A date and time for the event (ISO 8601). Palomma does not say exactly which moment it marks; a
             *     redelivery keeps the same value, so it is not the time of the attempt.
             * @example 2023-11-07T05:40:10Z
             */
            timestamp: string;
            /**
             * @description What changed, and so what `event` holds.
             * @example payin-settlement.update
             * @constant
             */
            eventType: "payin-settlement.update";
            event: components["schemas"]["PayinSettlement"];
        };
        /**
         * @description The body Palomma sends with an error status: an object with a single `message`, which is required. Its
         *     YAML shows the 400, 401 and 404 bodies as exactly that; the 500 body is cut off on its pages and is
         *     assumed to be the same. Source: Palomma's page
         *     [Retrieve a customer](https://docs.old.palomma.com/api-documentation/customers/get.md).
         */
        Error: {
            /**
             * @description A human-readable account of what went wrong.
             * @example Unauthorized
             */
            message: string;
        };
    };
    responses: {
        /**
         * @description The request was malformed or broke a rule of the API. Palomma documents the body as an object with
         *     a `message`; it does not document whether the message names the offending field.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "\"amount\" must be greater than 1000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Authorization` header is missing, or its token is not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Palomma has nothing with that `id` (for this API key). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Palomma failed to handle the request. Palomma's YAML shows this body as an object whose properties are
         *     cut off; this description assumes the same `message` object as the other errors, and a client should
         *     also cope with a body that is not JSON.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Only the customers created with this `reference`.
                 * @example customer-0042
                 */
                reference?: string;
                /**
                 * @description The most customers to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description The customer was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getCustomerById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the customer when it was created.
                 * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayinLinks: {
        parameters: {
            query?: {
                /**
                 * @description Only the payin links created with this `reference`.
                 * @example rent-2024-09-apto302
                 */
                reference?: string;
                /**
                 * @description Only the payin links of this customer.
                 * @example 01J6BME9VDRYERTYQCWMP954NN
                 */
                customerId?: string;
                /**
                 * @description The most payin links to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payin links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinLinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createPayinLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayinLinkRequest"];
            };
        };
        responses: {
            /** @description The payin link was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayinLinkById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the payin link when it was created.
                 * @example 01J6BW5A3JQYQP4YP78YX9W9G6
                 */
                payinLinkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payin link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayinSources: {
        parameters: {
            query?: {
                /**
                 * @description The most payin sources to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payin sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinSourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createPayinSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayinSourceRequest"];
            };
        };
        responses: {
            /** @description The payin source was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinSource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayinSourceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the payin source when it was created.
                 * @example 01J6B3YFABQYXWSQJEBFAWW945
                 */
                payinSourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payin source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinSource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayinRequests: {
        parameters: {
            query?: {
                /**
                 * @description Only the payin requests created with this `reference`.
                 * @example rent-2024-10-apto302
                 */
                reference?: string;
                /**
                 * @description Only the payin requests of this customer.
                 * @example 01J6BME9VDRYERTYQCWMP954NN
                 */
                customerId?: string;
                /**
                 * @description The most payin requests to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payin requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createPayinRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayinRequestRequest"];
            };
        };
        responses: {
            /** @description The payin request was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayinRequestById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the payin request when it was created.
                 * @example 01J6DQT35948RYDH4GPJCMSYCE
                 */
                payinRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payin request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayoutTargets: {
        parameters: {
            query?: {
                /**
                 * @description Only the payout targets created with this `reference`.
                 * @example supplier-0042
                 */
                reference?: string;
                /**
                 * @description Only the payout targets of this customer.
                 * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
                 */
                customerId?: string;
                /**
                 * @description The most payout targets to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payout targets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutTargetList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createPayoutTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayoutTargetRequest"];
            };
        };
        responses: {
            /** @description The payout target was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutTarget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayoutTargetById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma returned when the payout target was created.
                 * @example 01HPR8S7YF43PV3QV16TZDC80P
                 */
                payoutTargetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout target. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutTarget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayoutRequests: {
        parameters: {
            query?: {
                /**
                 * @description The most payout requests to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payout requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createPayoutRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayoutRequestRequest"];
            };
        };
        responses: {
            /** @description The payout request was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayoutRequestById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma returned when the payout request was created.
                 * @example 01HPRB2M4K9Q7ZT3XWJ5N8D6EV
                 */
                payoutRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listMerchantAccounts: {
        parameters: {
            query?: {
                /**
                 * @description The most merchant accounts to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of merchant accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getMerchantAccountById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the merchant account.
                 * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
                 */
                merchantAccountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listPayinSettlements: {
        parameters: {
            query?: {
                /**
                 * @description The most payin settlements to return in this page: 1 to 100, 20 when left out.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `cursor` of the previous page, passed back unchanged, to read the page after it. Leave it
                 *     out for the first page.
                 * @example eyJwYWdlIjoyfQ
                 */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the merchant account.
                 * @example 01HPQZE5E8Y0N6G8GYNKR0VQSS
                 */
                merchantAccountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payin settlements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinSettlementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayinSettlementById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `id` Palomma gave the merchant account.
                 * @example 01HPQZE5E8Y0N6G8GYNKR0VQSS
                 */
                merchantAccountId: string;
                /**
                 * @description The `id` Palomma gave the payin settlement.
                 * @example 01J6D7W3TJEXFB3DRZ40FHJ7B8
                 */
                payinSettlementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payin settlement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayinSettlement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    payoutTargetUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkQwRTZXOVYzUjVUOFkySzRNN1FYWiIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDdUMDU6NDA6MTBaIiwiZXZlbnRUeXBlIjoicGF5b3V0LXRhcmdldC51cGRhdGUiLCJldmVudCI6eyJpZCI6IjAxSFBSOFM3WUY0M1BWM1FWMTZUWkRDODBQIiwicmVmZXJlbmNlIjoic3VwcGxpZXItMDA0MiIsImRlc2NyaXB0aW9uIjoiQ3VlbnRhIGRlIGFob3Jyb3MgZGVsIHByb3ZlZWRvciBQZXBpdG8gUGVyZXoiLCJjdXN0b21lcklkIjoiMDFIUFI1N1g2UVI1WlJLRUVLQlNEQlc0UkEiLCJjdXN0b21lckRldGFpbHMiOnsicmVmZXJlbmNlIjoiY3VzdG9tZXItMDA0MiIsIm5hbWUiOiJQZXBpdG8gUGVyZXoiLCJkb2N1bWVudFR5cGUiOiJjYyIsImRvY3VtZW50TnVtYmVyIjoiMTAzNzU1MTAyMiIsImVtYWlsIjoicGVwaXRvQGdtYWlsLmNvbSIsInBob25lTnVtYmVyIjoiMzAxMzExMTExMSJ9LCJzdGF0dXMiOiJhY3RpdmUiLCJhdXRoVXJsIjoiaHR0cHM6Ly9hdXRoLmV4YW1wbGUuY29tL3BheW91dC10YXJnZXRzLzAxSFBSOFM3WUY0M1BWM1FWMTZUWkRDODBQIiwicmVkaXJlY3RVcmwiOiJodHRwczovL21lcmNoYW50LmV4YW1wbGUuY29tL3BheW91dHMvcmV0dXJuIiwidHlwZSI6ImJhbmtBY2NvdW50IiwiY3JlYXRlZEF0IjoiMjAyMy0xMS0wN1QwNTozMTo1NloiLCJ1cGRhdGVkQXQiOiIyMDIzLTExLTA3VDA1OjQwOjA5WiJ9fQ==
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 602b26f832a689298f1cc144fe7ab3dddac285fcb6df2c7eef765d54ec947b00
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayoutTargetUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    payoutRequestUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkU0TjFCN0MzRjlIMko2SzhNNVBRUyIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDdUMDY6MTU6MTJaIiwiZXZlbnRUeXBlIjoicGF5b3V0LXJlcXVlc3QudXBkYXRlIiwiZXZlbnQiOnsiaWQiOiIwMUhQUkIyTTRLOVE3WlQzWFdKNU44RDZFViIsInJlZmVyZW5jZSI6Imludm9pY2UtMjAyMy0wMTE3IiwiY3VzdG9tZXJJZCI6IjAxSFBSNTdYNlFSNVpSS0VFS0JTREJXNFJBIiwiY3VzdG9tZXJEZXRhaWxzIjp7InJlZmVyZW5jZSI6ImN1c3RvbWVyLTAwNDIiLCJuYW1lIjoiUGVwaXRvIFBlcmV6IiwiZG9jdW1lbnRUeXBlIjoiY2MiLCJkb2N1bWVudE51bWJlciI6IjEwMzc1NTEwMjIiLCJlbWFpbCI6InBlcGl0b0BnbWFpbC5jb20iLCJwaG9uZU51bWJlciI6IjMwMTMxMTExMTEifSwicGF5b3V0VGFyZ2V0SWQiOiIwMUhQUjhTN1lGNDNQVjNRVjE2VFpEQzgwUCIsInBheW91dFRhcmdldERldGFpbHMiOnsicmVmZXJlbmNlIjoic3VwcGxpZXItMDA0MiIsImRlc2NyaXB0aW9uIjoiQ3VlbnRhIGRlIGFob3Jyb3MgZGVsIHByb3ZlZWRvciBQZXBpdG8gUGVyZXoiLCJ0eXBlIjoiYmFua0FjY291bnQifSwic3RhdHVzIjoiYXBwcm92ZWQiLCJhbW91bnQiOjI1MDAwMCwiYW1vdW50U2VudCI6MjUwMDAwLCJmZWUiOjAsInNvdXJjZU1lcmNoYW50QWNjb3VudElkIjoiMDFIUFFaOEQ1WDJNN0s0UjlUM1c2WTFCQ04iLCJjcmVhdGVkQXQiOiIyMDIzLTExLTA3VDA2OjAyOjQ0WiIsInVwZGF0ZWRBdCI6IjIwMjMtMTEtMDdUMDY6MTU6MTFaIn19
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example adfd386fd72879b3856729463afb97e8bcce41e87dc81eb48e09b2dedc31fb2d
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayoutRequestUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    payinLinkUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUo2Qk1BV05WWDFFVkpNVDdKNktBQ1pDTSIsInRpbWVzdGFtcCI6IjIwMjQtMDgtMjZUMTQ6MTk6MDNaIiwiZXZlbnRUeXBlIjoicGF5aW4tbGluay51cGRhdGUiLCJldmVudCI6eyJpZCI6IjAxSjZCVzVBM0pRWVFQNFlQNzhZWDlXOUc2IiwicmVmZXJlbmNlIjoicmVudC0yMDI0LTA5LWFwdG8zMDIiLCJkZXNjcmlwdGlvbiI6IkFycmllbmRvIHNlcHRpZW1icmUgMjAyNCwgYXBhcnRhbWVudG8gMzAyIiwiY3VzdG9tZXJJZCI6IjAxSjZCTUU5VkRSWUVSVFlRQ1dNUDk1NE5OIiwiY3VzdG9tZXJEZXRhaWxzIjp7InJlZmVyZW5jZSI6InRlbmFudC0wMTA3IiwibmFtZSI6Ik1hcsOtYSBGZXJuYW5kYSBHw7NtZXoiLCJkb2N1bWVudFR5cGUiOiJjYyIsImRvY3VtZW50TnVtYmVyIjoiNTI4NzQxMzYiLCJlbWFpbCI6Im1hZmUuZ29tZXpAZ21haWwuY29tIiwicGhvbmVOdW1iZXIiOiIzMTA0NTY3ODkwIn0sInN0YXR1cyI6ImFwcHJvdmVkIiwicGF5bWVudFVybCI6Imh0dHBzOi8vY2hlY2tvdXQuZXhhbXBsZS5jb20vcGF5aW4tbGlua3MvMDFKNkJXNUEzSlFZUVA0WVA3OFlYOVc5RzYiLCJyZWRpcmVjdFVybCI6Imh0dHBzOi8vbWVyY2hhbnQuZXhhbXBsZS5jb20vcGF5bWVudHMvcmV0dXJuIiwiYW1vdW50IjoxODUwMDAwLCJhbW91bnRDb2xsZWN0ZWQiOjE4NTAwMDAsImZlZSI6OTI1MCwidHlwZSI6InBzZSIsImV4cGlyYXRpb24iOiIyMDI0LTA4LTI4VDIzOjU5OjU5IiwidGFyZ2V0TWVyY2hhbnRBY2NvdW50SWQiOiJkZWZhdWx0IiwiY3JlYXRlZEF0IjoiMjAyNC0wOC0yNlQxNDowNTo0MFoiLCJ1cGRhdGVkQXQiOiIyMDI0LTA4LTI2VDE0OjE5OjAyWiJ9fQ==
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 6f8c5b4cafdc1238ccf8062cc8c14b91260c88692519753711b05464f94967ef
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayinLinkUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    payinSourceUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUo2QlNHSllRSjVIUllIMzFLTVg0TUhCSiIsInRpbWVzdGFtcCI6IjIwMjQtMDgtMjZUMTQ6MTY6NDlaIiwiZXZlbnRUeXBlIjoicGF5aW4tc291cmNlLnVwZGF0ZSIsImV2ZW50Ijp7ImlkIjoiMDFKNkIzWUZBQlFZWFdTUUpFQkZBV1c5NDUiLCJyZWZlcmVuY2UiOiJtYW5kYXRlLTAxMDciLCJkZXNjcmlwdGlvbiI6IkTDqWJpdG8gbWVuc3VhbCBkZWwgYXJyaWVuZG8sIGFwYXJ0YW1lbnRvIDMwMiIsImN1c3RvbWVySWQiOiIwMUo2Qk1FOVZEUllFUlRZUUNXTVA5NTROTiIsImN1c3RvbWVyRGV0YWlscyI6eyJyZWZlcmVuY2UiOiJ0ZW5hbnQtMDEwNyIsIm5hbWUiOiJNYXLDrWEgRmVybmFuZGEgR8OzbWV6IiwiZG9jdW1lbnRUeXBlIjoiY2MiLCJkb2N1bWVudE51bWJlciI6IjUyODc0MTM2IiwiZW1haWwiOiJtYWZlLmdvbWV6QGdtYWlsLmNvbSIsInBob25lTnVtYmVyIjoiMzEwNDU2Nzg5MCJ9LCJzdGF0dXMiOiJhY3RpdmUiLCJhdXRoVXJsIjoiaHR0cHM6Ly9hdXRoLmV4YW1wbGUuY29tL3BheWluLXNvdXJjZXMvMDFKNkIzWUZBQlFZWFdTUUpFQkZBV1c5NDUiLCJyZWRpcmVjdFVybCI6Imh0dHBzOi8vbWVyY2hhbnQuZXhhbXBsZS5jb20vZGViaXRzL3JldHVybiIsInBhcnRpYWxQYXlpbnNFbmFibGVkIjpmYWxzZSwidHlwZSI6ImJhbmtBY2NvdW50IiwiY3JlYXRlZEF0IjoiMjAyNC0wOC0yNlQxNDoxMDoxMloiLCJ1cGRhdGVkQXQiOiIyMDI0LTA4LTI2VDE0OjE2OjQ4WiJ9fQ==
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 141de9dd107b17b6df470837f242f60d9d91861bda3b866829e7b03113dba457
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayinSourceUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    payinRequestUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUo2RDNFWk1EUFhZSlYyMDc3R01KNFI3WCIsInRpbWVzdGFtcCI6IjIwMjQtMTAtMDFUMTU6NDI6MzFaIiwiZXZlbnRUeXBlIjoicGF5aW4tcmVxdWVzdC51cGRhdGUiLCJldmVudCI6eyJpZCI6IjAxSjZEUVQzNTk0OFJZREg0R1BKQ01TWUNFIiwicmVmZXJlbmNlIjoicmVudC0yMDI0LTEwLWFwdG8zMDIiLCJjdXN0b21lcklkIjoiMDFKNkJNRTlWRFJZRVJUWVFDV01QOTU0Tk4iLCJjdXN0b21lckRldGFpbHMiOnsicmVmZXJlbmNlIjoidGVuYW50LTAxMDciLCJuYW1lIjoiTWFyw61hIEZlcm5hbmRhIEfDs21leiIsImRvY3VtZW50VHlwZSI6ImNjIiwiZG9jdW1lbnROdW1iZXIiOiI1Mjg3NDEzNiIsImVtYWlsIjoibWFmZS5nb21lekBnbWFpbC5jb20iLCJwaG9uZU51bWJlciI6IjMxMDQ1Njc4OTAifSwicGF5aW5Tb3VyY2VJZCI6IjAxSjZCM1lGQUJRWVhXU1FKRUJGQVdXOTQ1IiwicGF5aW5Tb3VyY2VEZXRhaWxzIjp7InJlZmVyZW5jZSI6Im1hbmRhdGUtMDEwNyIsImRlc2NyaXB0aW9uIjoiRMOpYml0byBtZW5zdWFsIGRlbCBhcnJpZW5kbywgYXBhcnRhbWVudG8gMzAyIiwicGFydGlhbFBheWluc0VuYWJsZWQiOmZhbHNlLCJ0eXBlIjoiYmFua0FjY291bnQifSwic3RhdHVzIjoiYXBwcm92ZWQiLCJhbW91bnQiOjE4NTAwMDAsImFtb3VudENvbGxlY3RlZCI6MTg1MDAwMCwiZmVlIjo5MjUwLCJ0YXJnZXRNZXJjaGFudEFjY291bnRJZCI6ImRlZmF1bHQiLCJjcmVhdGVkQXQiOiIyMDI0LTEwLTAxVDEzOjAwOjA3WiIsInVwZGF0ZWRBdCI6IjIwMjQtMTAtMDFUMTU6NDI6MzBaIn19
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 98024f22940665cefcb9211c878fbfddfb19778d62c717cd2c4bf9fd4630ea29
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayinRequestUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    payinSettlementUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event envelope as JSON, Base64-encoded: the exact string `X-Signature` covers. Decode this
                 *     header, after checking the signature, rather than reading the request body.
                 * @example eyJ3ZWJob29rSWQiOiIwMUo2RFA3WloxUVIwVzhLNFhWN1RGUjYwNCIsInRpbWVzdGFtcCI6IjIwMjQtMDgtMjhUMTY6MDA6MDZaIiwiZXZlbnRUeXBlIjoicGF5aW4tc2V0dGxlbWVudC51cGRhdGUiLCJldmVudCI6eyJpZCI6IjAxSjZEN1czVEpFWEZCM0RSWjQwRkhKN0I4IiwibWVyY2hhbnRBY2NvdW50SWQiOiIwMUhQUVpFNUU4WTBONkc4R1lOS1IwVlFTUyIsInRvdGFsQW1vdW50Q29sbGVjdGVkIjozNzAwMDAwLCJ0b3RhbEZlZXMiOjE4NTAwLCJudW1iZXJPZlBheWlucyI6MiwicGF5aW5TZXR0bGVtZW50RGF0ZSI6IjIwMjQtMDgtMjgiLCJwYXlpblNldHRsZW1lbnRDeWNsZSI6MTEsImNyZWF0ZWRBdCI6IjIwMjQtMDgtMjhUMTY6MDA6MDVaIiwidXBkYXRlZEF0IjoiMjAyNC0wOC0yOFQxNjowMDowNVoifX0=
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 8c6b400d79100e160a899ea591f6186ab7f728378c342115e20b60b3bff8c29b
                 */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The same envelope as `X-Encoded-Data`, as plain JSON. The signature does not cover it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelopePayinSettlementUpdate"];
            };
        };
        responses: {
            /**
             * @description You received the event. Palomma retries a delivery that fails, with the same `webhookId` and
             *     `timestamp`; it does not document what else it does with other statuses.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
