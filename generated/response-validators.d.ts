// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateCustomerList: CompiledValidator;
export declare const validateError: CompiledValidator;
export declare const validateCustomer: CompiledValidator;
export declare const validatePayinLinkList: CompiledValidator;
export declare const validatePayinLink: CompiledValidator;
export declare const validatePayinSourceList: CompiledValidator;
export declare const validatePayinSource: CompiledValidator;
export declare const validatePayinRequestList: CompiledValidator;
export declare const validatePayinRequest: CompiledValidator;
export declare const validatePayoutTargetList: CompiledValidator;
export declare const validatePayoutTarget: CompiledValidator;
export declare const validatePayoutRequestList: CompiledValidator;
export declare const validatePayoutRequest: CompiledValidator;
export declare const validateMerchantAccountList: CompiledValidator;
export declare const validateMerchantAccount: CompiledValidator;
export declare const validatePayinSettlementList: CompiledValidator;
export declare const validatePayinSettlement: CompiledValidator;

/** Response-body validators by path, method and status. */
export declare const responseValidators: Record<string, Record<string, Record<string, CompiledValidator>>>;
