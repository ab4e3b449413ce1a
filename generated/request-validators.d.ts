// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateCreateCustomerRequest: CompiledValidator;
export declare const validateCreatePayoutTargetRequest: CompiledValidator;
export declare const validateRetrievePayoutTargetPathParameters: CompiledValidator;
export declare const validateListPayoutRequestsQueryParameters: CompiledValidator;
export declare const validateCreatePayoutRequestRequest: CompiledValidator;
export declare const validateRetrievePayoutRequestPathParameters: CompiledValidator;

/** Request validators by path and method: the JSON `body`, and the `path` and `query` parameters. */
export declare const requestValidators: Record<string, Record<string, { body?: CompiledValidator; path?: CompiledValidator; query?: CompiledValidator }>>;
