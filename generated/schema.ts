// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer
         * @description Registers the person or company who will receive payouts and returns the customer with its `id`,
         *     which payout targets refer to as `customerId`.
         *
         *     Palomma documents no idempotency key for this operation, and does not say what happens when a
         *     customer with the same identity document already exists.
         */
        post: operations["createCustomer"];
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
        get?: never;
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
         *     Palomma does not document the response for an ID it does not know (a 404 and its body, or
         *     something else), so none is described here; treat any status not listed as an unexpected error.
         */
        get: operations["retrievePayoutTarget"];
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
         * @description Returns your payout requests one page at a time. To read the next page, send the `cursor` of the
         *     page you have; a page without a `cursor` is the last one.
         *
         *     Palomma does not document the order of the items, any filter besides paging, or whether `count`
         *     is the size of this page or the number of payout requests overall.
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
         *     Palomma does not document the response for an ID it does not know (a 404 and its body, or
         *     something else), so none is described here; treat any status not listed as an unexpected error.
         */
        get: operations["retrievePayoutRequest"];
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
         * @description Palomma sends this each time a payout request changes status. `event` is the payout request, the
         *     same object `GET /payoutRequests/{payoutRequestId}` returns. Palomma does not publish the full list of
         *     statuses, so handle ones you do not know (for example by logging them and reading the payout request
         *     later).
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
         * @description Palomma sends this when a payin link changes. The payin link object belongs to Palomma's payin API,
         *     which this description does not cover, so `event` is left free-form.
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
         * @description Palomma sends this when a payin source changes. The payin source object belongs to Palomma's payin
         *     API, which this description does not cover, so `event` is left free-form.
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
         * @description Palomma sends this when a payin request changes. The payin request object belongs to Palomma's
         *     payin API, which this description does not cover, so `event` is left free-form.
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
         *     neither says whether it is still sent. The payin settlement object belongs to Palomma's payin API, which
         *     this description does not cover, so `event` is left free-form.
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
         * @description What a merchant sends to create a payout target. Bank accounts are the only kind of target so far;
         *     Palomma's own description leaves room for more kinds, told apart by `type`.
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
        /** @description The Colombian bank account payouts will be sent to. */
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
         * @description Whether the account is a savings (`savings`) or a checking (`checking`) account.
         * @example savings
         * @enum {string}
         */
        BankAccountType: "savings" | "checking";
        /**
         * @description The kind of payout target. Bank accounts are the only kind Palomma documents.
         * @example bankAccount
         * @enum {string}
         */
        PayoutTargetType: "bankAccount";
        /**
         * @description Where the payout target stands: `active` once the customer has verified it and payouts can be sent,
         *     `cancelled` when it can no longer be used (see `statusMessage`). The reference lists only these two
         *     values; it does not say which status a target has before the customer completes verification.
         * @example active
         * @enum {string}
         */
        PayoutTargetStatus: "active" | "cancelled";
        /**
         * @description Why a payout target was cancelled. Present only when `status` is `cancelled`.
         * @example DECLINED_BY_BANK
         * @enum {string}
         */
        PayoutTargetStatusMessage: "AUTHENTICATION_FAILED" | "CUSTOMER_CANCELLATION" | "DECLINED_BY_BANK" | "EXPIRED" | "INVALID_ACCOUNT" | "NOT_ENOUGH_FUNDS" | "ERROR";
        /**
         * @description The kind of Colombian identity document: `cc` (cédula de ciudadanía), `ce` (cédula de extranjería)
         *     or `nit` (tax ID, for companies).
         * @example cc
         * @enum {string}
         */
        DocumentType: "cc" | "ce" | "nit";
        /** @description The customer as Palomma holds them on file. */
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
            name?: string;
            documentType?: components["schemas"]["DocumentType"];
            /**
             * @description The number of that identity document.
             * @example 1037551022
             */
            documentNumber?: string;
            /**
             * Format: email
             * @description The customer's email address.
             * @example pepito@gmail.com
             */
            email?: string;
            /**
             * @description The customer's phone number.
             * @example 3013111111
             */
            phoneNumber?: string;
        };
        /**
         * @description A bank account registered for payouts to a customer. Palomma's reference does not say which of these
         *     fields are always present, so none is marked required.
         */
        PayoutTarget: {
            /**
             * @description Palomma's unique identifier for the payout target.
             * @example 01HPR8S7YF43PV3QV16TZDC80P
             */
            id?: string;
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
            customerId?: string;
            customerDetails?: components["schemas"]["CustomerDetails"];
            status?: components["schemas"]["PayoutTargetStatus"];
            statusMessage?: components["schemas"]["PayoutTargetStatusMessage"];
            /**
             * Format: uri
             * @description Send the customer here to verify the account with their bank. Palomma does not document the URL's
             *     form or how long it stays valid.
             * @example https://auth.example.com/payout-targets/01HPR8S7YF43PV3QV16TZDC80P
             */
            authUrl?: string;
            /**
             * Format: uri
             * @description Where the customer lands after verifying, as you sent it.
             * @example https://merchant.example.com/payouts/return
             */
            redirectUrl?: string;
            type?: components["schemas"]["PayoutTargetType"];
            /**
             * Format: date-time
             * @description When the payout target was created (ISO 8601).
             * @example 2023-11-07T05:31:56Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the payout target last changed (ISO 8601).
             * @example 2023-11-07T05:31:56Z
             */
            updatedAt?: string;
        };
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
         * @description A person or company the merchant pays. Palomma's reference does not say which of these fields are
         *     always present, so none is marked required.
         */
        Customer: {
            /**
             * @description Palomma's unique identifier for the customer; payout targets refer to it as `customerId`.
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            id?: string;
            /**
             * @description The `reference` you sent when creating the customer.
             * @example customer-0042
             */
            reference?: string;
            /**
             * @description The person's first and last name, or the company's name.
             * @example Pepito Perez
             */
            name?: string;
            documentType?: components["schemas"]["DocumentType"];
            /**
             * @description The number of that identity document.
             * @example 1037551022
             */
            documentNumber?: string;
            /**
             * Format: email
             * @description The customer's email address.
             * @example pepito@gmail.com
             */
            email?: string;
            /**
             * @description The customer's phone number.
             * @example 3013111111
             */
            phoneNumber?: string;
            /**
             * Format: date-time
             * @description When the customer was created (ISO 8601).
             * @example 2023-11-07T05:12:03Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the customer last changed (ISO 8601).
             * @example 2023-11-07T05:12:03Z
             */
            updatedAt?: string;
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
             * @description The merchant account to pay from, for merchants with more than one. Palomma does not document
             *     which account is used when it is left out.
             * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
             */
            sourceMerchantAccountId?: string;
        };
        /** @description A summary of the payout target a payout request pays, as Palomma holds it. */
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
            type?: components["schemas"]["PayoutTargetType"];
        };
        /**
         * @description Money sent from the merchant to a payout target. Palomma's reference does not say which of these
         *     fields are always present, so none is marked required.
         */
        PayoutRequest: {
            /**
             * @description Palomma's unique identifier for the payout request.
             * @example 01HPRB2M4K9Q7ZT3XWJ5N8D6EV
             */
            id?: string;
            /**
             * @description The `reference` you sent when creating the payout request.
             * @example invoice-2023-0117
             */
            reference?: string;
            /**
             * @description ID of the customer being paid (the owner of the payout target).
             * @example 01HPR57X6QR5ZRKEEKBSDBW4RA
             */
            customerId?: string;
            customerDetails?: components["schemas"]["CustomerDetails"];
            /**
             * @description ID of the payout target being paid.
             * @example 01HPR8S7YF43PV3QV16TZDC80P
             */
            payoutTargetId?: string;
            payoutTargetDetails?: components["schemas"]["PayoutTargetDetails"];
            /**
             * @description Where the payout request stands, such as `processing`. Palomma's reference shows only that
             *     example and does not publish the full list, so any string may come back and none is listed
             *     here as an enum.
             * @example processing
             */
            status?: string;
            /**
             * @description More detail on the status. Palomma documents that the field exists but not its values or when
             *     it is present.
             */
            statusMessage?: string;
            /**
             * @description The amount requested, in Colombian pesos (COP).
             * @example 250000
             */
            amount?: number;
            /**
             * @description The amount sent to the payout target, in COP. Palomma does not document how it relates to
             *     `amount` and `fee`, or what it holds before the money has been sent.
             * @example 250000
             */
            amountSent?: number;
            /**
             * @description Palomma's fee for this payout, in COP. Palomma does not document how it is charged.
             * @example 0
             */
            fee?: number;
            /**
             * @description The merchant account the payout is paid from.
             * @example 01HPQZ8D5X2M7K4R9T3W6Y1BCN
             */
            sourceMerchantAccountId?: string;
            /**
             * Format: date-time
             * @description When the payout request was created (ISO 8601).
             * @example 2023-11-07T06:02:44Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the payout request last changed (ISO 8601).
             * @example 2023-11-07T06:02:44Z
             */
            updatedAt?: string;
        };
        /**
         * @description One page of payout requests. Send `cursor` back to read the next page; a page without a `cursor`
         *     is the last.
         */
        PayoutRequestList: {
            /** @description The payout requests in this page. */
            items: components["schemas"]["PayoutRequest"][];
            /**
             * @description Where the next page starts: pass it as the `cursor` query parameter. Absent on the last page.
             * @example eyJwYWdlIjoyfQ
             */
            cursor?: string;
            /**
             * @description A count of payout requests. Palomma does not document whether it counts this page's items or
             *     every payout request.
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
            /**
             * @description The payin link that changed. Its fields belong to Palomma's payin API, which this description does not
             *     cover, so they are not checked or typed here.
             */
            event: {
                [key: string]: unknown;
            };
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
            /**
             * @description The payin source that changed. Its fields belong to Palomma's payin API, which this description does not
             *     cover, so they are not checked or typed here.
             */
            event: {
                [key: string]: unknown;
            };
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
            /**
             * @description The payin request that changed. Its fields belong to Palomma's payin API, which this description does not
             *     cover, so they are not checked or typed here.
             */
            event: {
                [key: string]: unknown;
            };
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
            /**
             * @description The payin settlement that changed. Its fields belong to Palomma's payin API, which this description does not
             *     cover, so they are not checked or typed here.
             */
            event: {
                [key: string]: unknown;
            };
        };
        /** @description The body Palomma sends with an error status. */
        Error: {
            /**
             * @description A human-readable account of what went wrong.
             * @example Unauthorized
             */
            message?: string;
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
                 *       "message": "\"bankAccount.accountType\" must be one of [savings, checking]"
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
        /**
         * @description Palomma failed to handle the request. Palomma's reference lists this status without describing its
         *     body; this description assumes the same `message` object as the other errors, and a client should
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
export type $defs = Record<string, never>;
export interface operations {
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
    retrievePayoutTarget: {
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
            500: components["responses"]["ServerError"];
        };
    };
    listPayoutRequests: {
        parameters: {
            query?: {
                /**
                 * @description The most payout requests to return in this page. Palomma documents neither the default nor the
                 *     largest value it accepts.
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
    retrievePayoutRequest: {
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
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkU0TjFCN0MzRjlIMko2SzhNNVBRUyIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDdUMDY6MDI6NDVaIiwiZXZlbnRUeXBlIjoicGF5b3V0LXJlcXVlc3QudXBkYXRlIiwiZXZlbnQiOnsiaWQiOiIwMUhQUkIyTTRLOVE3WlQzWFdKNU44RDZFViIsInJlZmVyZW5jZSI6Imludm9pY2UtMjAyMy0wMTE3IiwiY3VzdG9tZXJJZCI6IjAxSFBSNTdYNlFSNVpSS0VFS0JTREJXNFJBIiwiY3VzdG9tZXJEZXRhaWxzIjp7InJlZmVyZW5jZSI6ImN1c3RvbWVyLTAwNDIiLCJuYW1lIjoiUGVwaXRvIFBlcmV6IiwiZG9jdW1lbnRUeXBlIjoiY2MiLCJkb2N1bWVudE51bWJlciI6IjEwMzc1NTEwMjIiLCJlbWFpbCI6InBlcGl0b0BnbWFpbC5jb20iLCJwaG9uZU51bWJlciI6IjMwMTMxMTExMTEifSwicGF5b3V0VGFyZ2V0SWQiOiIwMUhQUjhTN1lGNDNQVjNRVjE2VFpEQzgwUCIsInBheW91dFRhcmdldERldGFpbHMiOnsicmVmZXJlbmNlIjoic3VwcGxpZXItMDA0MiIsImRlc2NyaXB0aW9uIjoiQ3VlbnRhIGRlIGFob3Jyb3MgZGVsIHByb3ZlZWRvciBQZXBpdG8gUGVyZXoiLCJ0eXBlIjoiYmFua0FjY291bnQifSwic3RhdHVzIjoicHJvY2Vzc2luZyIsImFtb3VudCI6MjUwMDAwLCJhbW91bnRTZW50IjoyNTAwMDAsImZlZSI6MCwic291cmNlTWVyY2hhbnRBY2NvdW50SWQiOiIwMUhQUVo4RDVYMk03SzRSOVQzVzZZMUJDTiIsImNyZWF0ZWRBdCI6IjIwMjMtMTEtMDdUMDY6MDI6NDRaIiwidXBkYXRlZEF0IjoiMjAyMy0xMS0wN1QwNjowMjo0NFoifX0=
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example de64e258eee5b328c62361362e848defc1d2c8c57be69b65ccd2cb757946e198
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
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkYyQThDNEU2RzlKMUszTTVON1A5UiIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDhUMTQ6MjA6MzFaIiwiZXZlbnRUeXBlIjoicGF5aW4tbGluay51cGRhdGUiLCJldmVudCI6e319
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example f4d08623e7211ebb74d7012a89dbebae66d9575dc5696bc2f8ef6958578abff0
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
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkYzQjlENUY3SDBLMk00TjZROFMwVCIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDhUMTQ6MjI6MDVaIiwiZXZlbnRUeXBlIjoicGF5aW4tc291cmNlLnVwZGF0ZSIsImV2ZW50Ijp7fX0=
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example aee70c8ff4eafec3510d8e58b4aa65b02c2cb98bb1b44357bf1312ebbf7d9b9e
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
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkY0QzBFNkc4SjFNM041UDdSOVQxViIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDhUMTQ6MjU6NDdaIiwiZXZlbnRUeXBlIjoicGF5aW4tcmVxdWVzdC51cGRhdGUiLCJldmVudCI6e319
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example 84170c06ce12a749c1f2e6fe511a1e05bc5f08e490c4a8969e1011a075fd00b9
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
                 * @example eyJ3ZWJob29rSWQiOiIwMUhQUkY1RDFGN0g5SzJONFA2UThTMFYyVyIsInRpbWVzdGFtcCI6IjIwMjMtMTEtMDlUMDk6MDA6MTJaIiwiZXZlbnRUeXBlIjoicGF5aW4tc2V0dGxlbWVudC51cGRhdGUiLCJldmVudCI6e319
                 */
                "X-Encoded-Data": string;
                /**
                 * @description HMAC-SHA-256 of the `X-Encoded-Data` string, keyed with your merchant `integrityKey`. Palomma does
                 *     not say how the digest is encoded as text; this package assumes hexadecimal unless told otherwise.
                 * @example b3eccf986136c58a72a5eb6a5a202072eb90f0ec646220c88836a927c2c2d6cb
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
