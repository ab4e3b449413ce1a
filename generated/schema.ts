// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
export interface paths {
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
}
export type webhooks = Record<string, never>;
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
}
