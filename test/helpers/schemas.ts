// Ajv (JSON Schema 2020-12, with formats) loaded with the spec's component schemas, for checking bodies in tests.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { componentsDocument, schemaId, toJsonSchema } from '../../codegen/json-schema.mjs';
import { spec } from './spec.js';

export const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true });
addFormats.default(ajv);
ajv.addSchema(componentsDocument(spec));

// One compiled validator per schema, by its JSON: Ajv caches by object, and each call's schema is a new object
// (a compile costs milliseconds; the sandbox helpers check every control answer).
const compiled = new Map<string, ValidateFunction>();

/** Validates `value` against a schema of the spec (a `$ref` or inline); returns Ajv's errors, [] when valid. */
export function schemaErrors(schema: object, value: unknown) {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(toJsonSchema(schema))));
  return validate(value) ? [] : (validate.errors ?? []);
}

export const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export { schemaId };
