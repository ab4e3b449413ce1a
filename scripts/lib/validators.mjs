// Compiles the spec's request and response schemas into standalone Ajv validators (plain ESM, no runtime imports).
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { componentsDocument, toJsonSchema } from './json-schema.mjs';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Words for people, not rules for data: dropped so the generated code carries only what it checks.
const annotations = new Set(['description', 'examples', 'example', 'title', '$comment', 'deprecated']);

function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== 'object') return node;
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

/** Every operation's JSON request schema and its response schemas by status, keyed by path and method. */
export function operationSchemas(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const name = operation.operationId ?? `${method}${path.replace(/\W+/g, '_')}`;
      const request = jsonSchemaOf(operation.requestBody?.content);
      const responses = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response;
        const schema = jsonSchemaOf(resolved?.content);
        if (schema) responses[status] = schema;
      }
      operations.push({ path, method: method.toUpperCase(), name, request, responses });
    }
  }
  return operations;
}

/** The text of generated/validators.js and its declaration file. */
export function renderValidators(spec) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    logger: false, // `unicode` is marked deprecated in Ajv 8 but still honoured; the notice is noise here
    messages: false, // src/validation/issues.ts words each problem from its keyword and params
    unicode: false, // string length in UTF-16 units: keeps ucs2length, a runtime import, out of the output
    code: { source: true, esm: true, optimize: true },
    // ajv-formats' fast formats are plain regular expressions, so Ajv inlines them: no runtime dependency.
    formats: { uri: fastFormats.uri, email: fastFormats.email, 'date-time': fastFormats['date-time'].validate },
  });
  ajv.addSchema(stripAnnotations(componentsDocument(spec)));

  const exports = {};
  // A schema that is a `$ref` to a component gets one validator named after it, shared by every use.
  const exportFor = (schema, fallbackName) => {
    const component = typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/schemas/');
    const name = `validate${component ? schema.$ref.split('/').pop() : fallbackName}`;
    exports[name] ??= stripAnnotations(toJsonSchema(schema));
    return name;
  };
  const capitalised = (name) => name[0].toUpperCase() + name.slice(1);
  const index = [];
  for (const operation of operationSchemas(spec)) {
    const entry = { request: undefined, responses: {} };
    if (operation.request) entry.request = exportFor(operation.request, `${capitalised(operation.name)}Request`);
    for (const [status, schema] of Object.entries(operation.responses)) {
      entry.responses[status] = exportFor(schema, `${capitalised(operation.name)}Response${status}`);
    }
    index.push({ ...operation, ...entry });
  }
  for (const [name, schema] of Object.entries(exports)) ajv.addSchema(schema, name);
  const code = standaloneCode.default(ajv, Object.fromEntries(Object.keys(exports).map((name) => [name, name])));

  const byPath = {};
  for (const { path, method, request, responses } of index) {
    byPath[path] ??= {};
    const responseEntries = Object.entries(responses).map(([status, name]) => `${JSON.stringify(status)}: ${name}`);
    byPath[path][method] = `{ request: ${request ?? 'undefined'}, responses: { ${responseEntries.join(', ')} } }`;
  }
  const table = Object.entries(byPath)
    .map(([path, ops]) => `  ${JSON.stringify(path)}: {\n${Object.entries(ops).map(([m, v]) => `    ${m}: ${v},`).join('\n')}\n  },`)
    .join('\n');

  const js = `/* eslint-disable */\n${code.replace(/^"use strict";/, '')}\n\n/** Validators by path and method: \`request\` for the JSON body, \`responses\` by status. */\nexport const operationValidators = {\n${table}\n};\n`;
  const dts = [
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
    'export interface OperationValidators {',
    '  request: CompiledValidator | undefined;',
    '  responses: Record<string, CompiledValidator>;',
    '}',
    '',
    ...Object.keys(exports).map((name) => `export declare const ${name}: CompiledValidator;`),
    '',
    'export declare const operationValidators: Record<string, Record<string, OperationValidators>>;',
    '',
  ].join('\n');
  return { 'validators.js': js, 'validators.d.ts': dts };
}
