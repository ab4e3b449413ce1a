// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

/** Response-body validators by path, method and status. */
export declare const responseValidators: Record<string, Record<string, Record<string, CompiledValidator>>>;
