// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
/** The part of an Ajv error the client reads (Ajv itself is not needed at run time). */
export interface ErrorObject {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** A compiled validator: true when valid; otherwise its `errors` list every problem. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
