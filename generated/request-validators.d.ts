// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { CompiledValidator } from './validator-types.js';

/** Request validators by path and method: the JSON `body`, and the `path` and `query` parameters. */
export declare const requestValidators: Record<string, Record<string, { body?: CompiledValidator; path?: CompiledValidator; query?: CompiledValidator }>>;
