// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

export declare const validateCustomer: CompiledValidator;
export declare const validateError: CompiledValidator;
export declare const validatePayoutTarget: CompiledValidator;
export declare const validatePayoutRequestList: CompiledValidator;
export declare const validatePayoutRequest: CompiledValidator;

/** Response-body validators by path, method and status. */
export declare const responseValidators: Record<string, Record<string, Record<string, CompiledValidator>>>;
