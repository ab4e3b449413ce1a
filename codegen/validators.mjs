// Compiles the spec's schemas into standalone Ajv validators (plain ESM, no runtime imports): each component schema
// once, in a module of its own, and the tables the client, the webhooks entry and the sandbox look validators up in.
import { posix } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { eachOperation, resolveRef } from '../src/spec/document.js';
import { componentName, upperFirst } from '../src/spec/operations.js';
import { layOut } from './layout.mjs';
import { splitValidators } from './validator-modules.mjs';
import { componentId, componentSchemas, toComponentSchema } from './json-schema.mjs';
import { openEnumParts } from './open-enum.mjs';

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

// The JSON schema of a request body or response, itself unresolved: a `$ref` to a component names its validator.
const jsonSchemaOf = (spec, content) => resolveRef(spec, content)?.content?.['application/json']?.schema;

// Path and query parameters as one object schema per location, shaped like openapi-fetch's `params`.
function parameterSchemas(spec, parameters) {
  const byLocation = {};
  for (const parameter of parameters.map((p) => resolveRef(spec, p))) {
    if (!['path', 'query'].includes(parameter?.in) || !parameter.schema) continue;
    const schema = (byLocation[parameter.in] ??= { type: 'object', properties: {}, required: [] });
    schema.properties[parameter.name] = parameter.schema;
    if (parameter.required) schema.required.push(parameter.name);
  }
  return byLocation;
}

/**
 * Every schema a validator is looked up for: `{ table, keys, schema, name }`, where `keys` place it in its table
 * (request: path, method, `body`/`path`/`query`; response: path, method, status; webhook: event type) and `name`
 * is what an inline schema's validator is called (a `$ref` to a component is named after the component).
 */
function validatedSchemas(spec) {
  const entries = [];
  for (const { path, method, pathItem, operation } of eachOperation(spec)) {
    const httpMethod = method.toUpperCase();
    const id = upperFirst(operation.operationId ?? `${method}${path.replace(/\W+/g, '_')}`);
    const body = jsonSchemaOf(spec, operation.requestBody);
    if (body) entries.push({ table: 'request', keys: [path, httpMethod, 'body'], schema: body, name: `${id}Body` });
    const parameters = parameterSchemas(spec, [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]);
    for (const [location, schema] of Object.entries(parameters)) {
      entries.push({ table: 'request', keys: [path, httpMethod, location], schema, name: `${id}${upperFirst(location)}Parameters` });
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const schema = jsonSchemaOf(spec, response);
      if (schema) entries.push({ table: 'response', keys: [path, httpMethod, status], schema, name: `${id}Response${status}` });
    }
  }
  for (const [eventType, item] of Object.entries(spec.webhooks ?? {})) {
    const schema = jsonSchemaOf(spec, item.post?.requestBody);
    if (schema) entries.push({ table: 'webhook', keys: [eventType], schema, name: `${upperFirst(item.post.operationId ?? eventType)}Envelope` });
  }
  return entries;
}

function newAjv(spec) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    logger: false, // `unicode` is marked deprecated in Ajv 8 but still honoured; the notice is noise here
    messages: false, // src/client/validation/issues.ts words each problem from its keyword and params
    unicode: false, // string length in UTF-16 units: keeps ucs2length, a runtime import, out of the output
    discriminator: true, // a request body's `oneOf` forms told apart by `type`: errors come from the form named
    // Each `$ref` stays a call of the component's own validator, so every component is compiled once and shared.
    inlineRefs: false,
    code: { source: true, esm: true, optimize: true },
    // ajv-formats' fast formats are plain regular expressions, so Ajv inlines them: no runtime dependency.
    formats: { uri: fastFormats.uri, email: fastFormats.email, date: fastFormats.date.validate, 'date-time': fastFormats['date-time'].validate },
  });
  // After stripping: an open enum's schema is replaced by its general branch, `$id` and all.
  for (const schema of componentSchemas(spec)) ajv.addSchema({ ...stripAnnotations(schema), $id: schema.$id });
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

/** The component schemas `schemas` point at, directly or through other components, in the spec's order. */
function componentsReached(spec, schemas) {
  const reached = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const component = componentName(node);
    if (component && !reached.has(component)) {
      reached.add(component);
      visit(resolveRef(spec, node));
    }
    Object.values(node).forEach(visit);
  };
  schemas.forEach(visit);
  return Object.keys(spec.components?.schemas ?? {}).filter((name) => reached.has(name));
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Compiles every validator the tables use, once, in one Ajv: one per component schema they reach (in
 * validators/<Component>.js) and one per inline schema (in its table's module). Sets `entry.validator` on each
 * entry and returns the split modules (see validator-modules.mjs).
 */
function compileValidators(spec, entries) {
  const ajv = newAjv(spec);
  const ids = {};
  const homes = new Map();
  const made = new Map();
  const add = (validator, where, id, home) => {
    if (!identifier.test(validator)) throw new Error(`openapi.yaml: ${where} cannot be a validator name ("${validator}")`);
    if (made.has(validator)) throw new Error(`openapi.yaml: ${where} and ${made.get(validator)} both make the validator ${validator}`);
    made.set(validator, where);
    ids[validator] = id;
    homes.set(validator, home);
  };
  const byLowerCase = new Map(); // a file name → its component, for file systems that ignore case
  for (const component of componentsReached(spec, entries.map((entry) => entry.schema))) {
    const file = `validators/${component}.js`;
    const clash = byLowerCase.get(file.toLowerCase());
    if (clash) throw new Error(`openapi.yaml: components.schemas.${component} and ${clash} differ only in case, so their validators' files would clash`);
    byLowerCase.set(file.toLowerCase(), `components.schemas.${component}`);
    add(`validate${component}`, `components.schemas.${component}`, componentId(component), file);
  }
  for (const entry of entries) {
    const component = componentName(entry.schema);
    entry.validator = `validate${component ?? entry.name}`;
    if (component) continue;
    add(entry.validator, `the ${entry.table} schema at ${entry.keys.join(' ')}`, entry.validator, `${tables[entry.table].file}.js`);
    ajv.addSchema(stripAnnotations(toComponentSchema(entry.schema)), entry.validator);
  }
  return splitValidators(standaloneCode.default(ajv, ids), (validator) => homes.get(validator));
}

const tables = {
  request: {
    file: 'request-validators',
    exportName: 'requestValidators',
    type: 'Record<string, Record<string, { body?: CompiledValidator; path?: CompiledValidator; query?: CompiledValidator }>>',
    doc: 'Request validators by path and method: the JSON `body`, and the `path` and `query` parameters.',
  },
  response: {
    file: 'response-validators',
    exportName: 'responseValidators',
    type: 'Record<string, Record<string, Record<string, CompiledValidator>>>',
    doc: 'Response-body validators by path, method and status.',
  },
  webhook: {
    file: 'webhook-validators',
    exportName: 'webhookValidators',
    type: 'Record<string, CompiledValidator>',
    doc: "Webhook envelope validators by event type (the key of the spec's `webhooks`).",
  },
};

const key = (text) => (identifier.test(text) ? text : JSON.stringify(text));

/** A nested object literal, one entry per line, whose leaves are validator names. */
function tableLiteral(node, indent = '') {
  const inner = `${indent}  `;
  const lines = Object.entries(node).map(([k, v]) => `${inner}${key(k)}: ${typeof v === 'string' ? v : tableLiteral(v, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

const specifier = (from, to) => {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
};

/** A module's text: its imports (one line per module), Ajv's statements laid out, and what others import from it. */
function moduleText(file, { imports, body }, exported, tail = []) {
  const lines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier(file, from)}';`);
  const parts = [lines.join('\n'), body.length ? layOut(body.join('\n')).trimEnd() : '', exported.length ? `export { ${exported.sort().join(', ')} };` : '', tail.join('\n')];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** A table module's own export: the validators of its entries placed by their keys, and its declaration. */
function tableOf({ exportName, type, doc }, entries) {
  const table = {};
  for (const { keys, validator } of entries) {
    let node = table;
    for (const k of keys.slice(0, -1)) node = node[k] ??= {};
    node[keys.at(-1)] = validator;
  }
  const js = [`/** ${doc} */`, `export const ${exportName} = ${tableLiteral(table)};`];
  const dts = ["import type { CompiledValidator } from './validator-types.js';", '', `/** ${doc} */`, `export declare const ${exportName}: ${type};`, ''].join('\n');
  return { js, dts };
}

/**
 * The validator modules under generated/: a module per component schema the spec's requests, responses and
 * webhooks reach (validators/<Component>.js, each compiled once and imported where it is needed), and three tables
 * that look validators up: request (loaded with the client), response (loaded only when response validation is
 * on) and webhook; plus their shared types.
 */
export function renderValidators(spec) {
  const entries = validatedSchemas(spec);
  const modules = compileValidators(spec, entries);
  const homeOf = new Map([...modules].flatMap(([file, { exports }]) => exports.map((name) => [name, file])));
  for (const { file } of Object.values(tables)) {
    const module = modules.get(`${file}.js`) ?? modules.set(`${file}.js`, { imports: new Map(), body: [], exports: [] }).get(`${file}.js`);
    // A table's leaves that live elsewhere are imported like any other call.
    for (const { validator, table } of entries) {
      const home = homeOf.get(validator);
      if (tables[table].file !== file || home === `${file}.js`) continue;
      if (!module.imports.has(home)) module.imports.set(home, new Set());
      module.imports.get(home).add(validator);
    }
  }
  const imported = new Set([...modules.values()].flatMap(({ imports }) => [...imports.values()].flatMap((names) => [...names])));
  /** @type {Record<string, string>} file (relative to generated/) → text */
  const files = { 'validator-types.ts': validatorTypes };
  for (const [table, shape] of Object.entries(tables)) {
    const file = `${shape.file}.js`;
    const module = modules.get(file);
    const { js, dts } = tableOf(shape, entries.filter((entry) => entry.table === table));
    files[file] = moduleText(file, module, module.exports.filter((name) => imported.has(name)), js);
    files[`${shape.file}.d.ts`] = dts;
  }
  for (const [file, module] of [...modules].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file.startsWith('validators/')) files[file] = moduleText(file, module, module.exports.filter((name) => imported.has(name)));
  }
  return files;
}
