// Whether the sandbox's objects still fit a newly saved spec: each object checked against the schema the new spec
// gives its resource (what its retrieve operation answers with), compiled here with Ajv, since the sandbox's own
// generated validators are those of the spec it was started on.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { componentsDocument, toJsonSchema } from '../../codegen/json-schema.mjs';
import { formatIssues } from '../../src/client/errors.js';
import { toIssues } from '../../src/client/validation/issues.js';

/**
 * `(resource, object) → problems | undefined` for the spec behind `routes` (the sandbox's route table of that
 * spec); a resource the spec no longer has an object schema for accepts nothing.
 */
export function objectChecker(spec, routes) {
  // Not strict: the spec's annotations and extensions are words for people, not rules for the check.
  const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { uri: fastFormats.uri, email: fastFormats.email, date: fastFormats.date.validate, 'date-time': fastFormats['date-time'].validate } });
  ajv.addSchema(componentsDocument(spec));
  const validators = new Map();
  for (const route of routes) {
    if (route.kind !== 'retrieve' || !route.objectSchema || validators.has(route.resource)) continue;
    validators.set(route.resource, ajv.compile(toJsonSchema(route.objectSchema)));
  }
  return (resource, object) => {
    const validate = validators.get(resource);
    if (!validate) return `the spec has no schema for ${resource} any more`;
    if (validate(object)) return undefined;
    // Worded as the client and the sandbox word a field's problem (`documentNumber must be at most 10 characters`).
    const issues = toIssues(validate.errors);
    return issues.length ? formatIssues(issues, '(object)') : 'does not match its schema';
  };
}
