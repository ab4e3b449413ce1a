// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateCreateCustomerRequest: CompiledValidator;
export declare const validateCreatePayoutTargetRequest: CompiledValidator;
export declare const validateCreatePayoutRequestRequest: CompiledValidator;

/** Request-body validators by path and method. */
export declare const requestValidators: Record<string, Record<string, CompiledValidator>>;
