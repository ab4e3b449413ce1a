// Compiles the spec's request and response schemas into standalone Ajv validators (plain ESM, no runtime imports).
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { componentsDocument, toJsonSchema } from './json-schema.mjs';
import { openEnumParts } from './open-enum.mjs';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Words for people, not rules for data: dropped so the generated code carries only what it checks.
const annotations = new Set(['description', 'examples', 'example', 'title', '$comment', 'deprecated']);

function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== 'object') return node;
  // An open enum accepts exactly what its general branch accepts: the known values are documentation.
  const openEnum = openEnumParts(node);
  if (openEnum) return stripAnnotations(openEnum.other);
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(annotations.has(key) && (key !== 'title' || typeof value === 'string')))
      .map(([key, value]) => [key, key === 'properties' ? mapValues(value, stripAnnotations) : stripAnnotations(value)]),
  );
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

const jsonSchemaOf = (content) => content?.['application/json']?.schema;

// Path and query parameters as one object schema per location, shaped like openapi-fetch's `params`.
function parameterSchemas(parameters) {
  const byLocation = {};
  for (const parameter of parameters) {
    if (!['path', 'query'].includes(parameter.in) || !parameter.schema) continue;
    const schema = (byLocation[parameter.in] ??= { type: 'object', properties: {}, required: [] });
    schema.properties[parameter.name] = parameter.schema;
    if (parameter.required) schema.required.push(parameter.name);
  }
  return byLocation;
}

/** Every operation's JSON request schema and its response schemas by status, keyed by path and method. */
export function operationSchemas(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const name = operation.operationId ?? `${method}${path.replace(/\W+/g, '_')}`;
      const request = jsonSchemaOf(operation.requestBody?.content);
      const parameters = parameterSchemas([...(item.parameters ?? []), ...(operation.parameters ?? [])]);
      const responses = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response;
        const schema = jsonSchemaOf(resolved?.content);
        if (schema) responses[status] = schema;
      }
      operations.push({ path, method: method.toUpperCase(), name, request, parameters, responses });
    }
  }
  return operations;
}

function newAjv(spec) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    logger: false, // `unicode` is marked deprecated in Ajv 8 but still honoured; the notice is noise here
    messages: false, // src/validation/issues.ts words each problem from its keyword and params
    unicode: false, // string length in UTF-16 units: keeps ucs2length, a runtime import, out of the output
    discriminator: true, // a request body's `oneOf` forms told apart by `type`: errors come from the form named
    code: { source: true, esm: true, optimize: true },
    // ajv-formats' fast formats are plain regular expressions, so Ajv inlines them: no runtime dependency.
    formats: { uri: fastFormats.uri, email: fastFormats.email, date: fastFormats.date.validate, 'date-time': fastFormats['date-time'].validate },
  });
  ajv.addSchema(stripAnnotations(componentsDocument(spec)));
  return ajv;
}

const validatorTypes = [
  '/** The part of an Ajv error the client reads (Ajv itself is not needed at run time). */',
  'export interface ErrorObject {',
  '  keyword: string;',
  '  instancePath: string;',
  '  params: Record<string, unknown>;',
  '}',
  '',
  '/** A compiled validator: true when valid; otherwise its `errors` list every problem. */',
  'export interface CompiledValidator {',
  '  (data: unknown): boolean;',
  '  errors?: ErrorObject[] | null;',
  '}',
  '',
].join('\n');

/**
 * One standalone module: a validator per distinct schema (a `$ref` to a component is named after it and
 * shared) and a table of them, nested by `keys` (path, method[, status]).
 */
function renderModule(spec, tableName, tableType, doc, items) {
  const ajv = newAjv(spec);
  const exports = {};
  const table = {};
  for (const { keys, schema, fallbackName } of items) {
    const component = typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/schemas/');
    const name = `validate${component ? schema.$ref.split('/').pop() : fallbackName}`;
    exports[name] ??= stripAnnotations(toJsonSchema(schema));
    let node = table;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys.at(-1)] = name;
  }
  for (const [name, schema] of Object.entries(exports)) ajv.addSchema(schema, name);
  const code = standaloneCode.default(ajv, Object.fromEntries(Object.keys(exports).map((name) => [name, name])));
  // The table's leaves are validator names; JSON.stringify quotes them, so unquote those leaves only.
  const tableCode = JSON.stringify(table, null, 2).replace(/: "(validate\w+)"/g, ': $1');
  const js = `/* eslint-disable */\n${code.replace(/^"use strict";/, '')}\n\n/** ${doc} */\nexport const ${tableName} = ${tableCode};\n`;
  const dts = [
    "import type { CompiledValidator } from './validator-types.js';",
    '',
    ...Object.keys(exports).map((name) => `export declare const ${name}: CompiledValidator;`),
    '',
    `/** ${doc} */`,
    `export declare const ${tableName}: ${tableType};`,
    '',
  ].join('\n');
  return { js, dts };
}

const capitalised = (name) => name[0].toUpperCase() + name.slice(1);

/**
 * The validator modules under generated/: request bodies (loaded with the client), response bodies (loaded
 * only when response validation is on) and their shared types.
 */
export function renderValidators(spec) {
  const operations = operationSchemas(spec);
  const requests = renderModule(
    spec,
    'requestValidators',
    'Record<string, Record<string, { body?: CompiledValidator; path?: CompiledValidator; query?: CompiledValidator }>>',
    'Request validators by path and method: the JSON `body`, and the `path` and `query` parameters.',
    operations.flatMap((op) => [
      ...(op.request ? [{ keys: [op.path, op.method, 'body'], schema: op.request, fallbackName: `${capitalised(op.name)}Request` }] : []),
      ...Object.entries(op.parameters).map(([location, schema]) => ({
        keys: [op.path, op.method, location],
        schema,
        fallbackName: `${capitalised(op.name)}${capitalised(location)}Parameters`,
      })),
    ]),
  );
  const responses = renderModule(
    spec,
    'responseValidators',
    'Record<string, Record<string, Record<string, CompiledValidator>>>',
    'Response-body validators by path, method and status.',
    operations.flatMap((op) =>
      Object.entries(op.responses).map(([status, schema]) => ({
        keys: [op.path, op.method, status],
        schema,
        fallbackName: `${capitalised(op.name)}Response${status}`,
      })),
    ),
  );
  const webhooks = renderModule(
    spec,
    'webhookValidators',
    'Record<string, CompiledValidator>',
    'Webhook envelope validators by event type (the key of the spec\'s `webhooks`).',
    Object.entries(spec.webhooks ?? {}).flatMap(([eventType, item]) => {
      const schema = jsonSchemaOf(item.post?.requestBody?.content);
      return schema ? [{ keys: [eventType], schema, fallbackName: `${capitalised(item.post.operationId)}Envelope` }] : [];
    }),
  );
  return {
    'validator-types.ts': validatorTypes,
    'webhook-validators.js': webhooks.js,
    'webhook-validators.d.ts': webhooks.dts,
    'request-validators.js': requests.js,
    'request-validators.d.ts': requests.dts,
    'response-validators.js': responses.js,
    'response-validators.d.ts': responses.dts,
  };
}
