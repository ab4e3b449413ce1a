// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateListCustomersQueryParameters: CompiledValidator;
export declare const validateCreateCustomerRequest: CompiledValidator;
export declare const validateGetCustomerByIdPathParameters: CompiledValidator;
export declare const validateListPayinLinksQueryParameters: CompiledValidator;
export declare const validateCreatePayinLinkRequest: CompiledValidator;
export declare const validateGetPayinLinkByIdPathParameters: CompiledValidator;
export declare const validateListPayinSourcesQueryParameters: CompiledValidator;
export declare const validateCreatePayinSourceRequest: CompiledValidator;
export declare const validateGetPayinSourceByIdPathParameters: CompiledValidator;
export declare const validateListPayinRequestsQueryParameters: CompiledValidator;
export declare const validateCreatePayinRequestRequest: CompiledValidator;
export declare const validateGetPayinRequestByIdPathParameters: CompiledValidator;
export declare const validateListPayoutTargetsQueryParameters: CompiledValidator;
export declare const validateCreatePayoutTargetRequest: CompiledValidator;
export declare const validateGetPayoutTargetByIdPathParameters: CompiledValidator;
export declare const validateListPayoutRequestsQueryParameters: CompiledValidator;
export declare const validateCreatePayoutRequestRequest: CompiledValidator;
export declare const validateGetPayoutRequestByIdPathParameters: CompiledValidator;
export declare const validateListMerchantAccountsQueryParameters: CompiledValidator;
export declare const validateGetMerchantAccountByIdPathParameters: CompiledValidator;
export declare const validateListPayinSettlementsPathParameters: CompiledValidator;
export declare const validateListPayinSettlementsQueryParameters: CompiledValidator;
export declare const validateGetPayinSettlementByIdPathParameters: CompiledValidator;

/** Request validators by path and method: the JSON `body`, and the `path` and `query` parameters. */
export declare const requestValidators: Record<string, Record<string, { body?: CompiledValidator; path?: CompiledValidator; query?: CompiledValidator }>>;
