// Renders the client's surface from the spec: named types (generated/types.ts) and the resource layer (generated/resources.ts).
import { errorClassName } from '../src/spec/error-classes.js';
import { componentName, describeOperations, resolve, resourcesOf, upperFirst } from '../src/spec/operations.js';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A JSDoc block at `indent`, from paragraphs of text (blank ones dropped); `*\/` in the text cannot end it early. */
export function jsdoc(lines, indent = '') {
  const text = lines
    .filter((line) => line !== undefined && line !== null)
    .join('\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return '';
  const body = text.split('\n').map((line) => `${indent} *${line ? ` ${line}` : ''}`.replace(/\s+$/, ''));
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

const firstParagraph = (text) => String(text ?? '').trim().split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');

// JavaScript's own global names: a type exported under one of these would shadow the global wherever it is imported
// (`Error` above all), so such a component is exported as `Api<Name>Body`, the API's body it describes.
const globalNames = new Set([
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView',
  'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int8Array', 'Int16Array',
  'Int32Array', 'Intl', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError',
  'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint8Array',
  'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'WeakMap', 'WeakRef', 'WeakSet',
]);

/** How many times the spec points at each component schema (`$ref: '#/components/schemas/X'`), anywhere in it. */
function referenceCounts(spec) {
  const counts = new Map();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const component = componentName(node);
    if (component) counts.set(component, (counts.get(component) ?? 0) + 1);
    Object.values(node).forEach(visit);
  };
  visit(spec);
  return counts;
}

/**
 * The type name of each component schema: its own name, with two exceptions so that a type has one name. A
 * component that is one operation's request body and nothing else takes the body's name, `<OperationId>Body`
 * (`CreatePayoutTargetRequest` is `CreatePayoutTargetBody`); one used elsewhere too keeps its name, and the
 * operation's `<OperationId>Body` is an alias of it. A name of JavaScript's globals becomes `Api<Name>Body` (`Error`
 * is `ApiErrorBody`, as in 0.1.0), since importing it would hide the global.
 */
export function componentTypeNames(spec, operations = describeOperations(spec)) {
  const names = new Map(Object.keys(spec.components?.schemas ?? {}).map((name) => [name, globalNames.has(name) ? `Api${name}Body` : name]));
  const references = referenceCounts(spec);
  const bodyOf = new Map();
  for (const op of operations) {
    const component = op.body && componentName(op.body.schema);
    if (component && names.has(component)) bodyOf.set(component, bodyOf.has(component) ? undefined : op);
  }
  for (const [component, op] of bodyOf) {
    if (op && references.get(component) === 1) names.set(component, `${upperFirst(op.operationId)}Body`);
  }
  return names;
}

/**
 * The named types: one per component schema (`PayoutTarget`), and per operation its body (`CreatePayoutTargetBody`),
 * query (`ListPayoutRequestsQuery`) and, where the success body is not a component, its response
 * (`<OperationId>Response`). Returns `{ text, typeOf, names }`: `typeOf` names the types each operation uses,
 * `names` every type declared, in order.
 */
export function renderNamedTypes(spec, operations = describeOperations(spec)) {
  const declared = new Map();
  const blocks = [];
  const declare = (name, what, doc, type) => {
    if (!identifier.test(name)) throw new Error(`openapi.yaml: ${what} cannot be a TypeScript type name ("${name}")`);
    if (declared.has(name)) throw new Error(`openapi.yaml: ${what} and ${declared.get(name)} both make the type ${name}`);
    declared.set(name, what);
    blocks.push(`${jsdoc(doc)}export type ${name} = ${type};\n`);
  };
  const typeNames = componentTypeNames(spec, operations);
  const typeOfSchema = (schema) => typeNames.get(componentName(schema));
  const where = (op) => `\`${op.httpMethod} ${op.path}\` (${op.operationId})`;
  const bodyOf = new Map(operations.filter((op) => op.body).map((op) => [`${upperFirst(op.operationId)}Body`, op]));

  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const typeName = typeNames.get(name);
    const body = bodyOf.get(typeName);
    const isBody = body && componentName(body.body.schema) === name;
    const doc = [schema.title, schema.description, '', isBody ? `The body of ${where(body)}.` : undefined];
    const what = `components.schemas.${name}${isBody ? ` (named for the body of ${body.operationId})` : ''}`;
    declare(typeName, what, doc, `components['schemas']['${name}']`);
  }

  const typeOf = new Map();
  for (const op of operations) {
    const id = upperFirst(op.operationId);
    const named = {};
    if (op.body) {
      const content = `operations['${op.operationId}']['requestBody']`;
      const component = typeOfSchema(op.body.schema);
      if (component !== `${id}Body`) {
        const type = component ?? `${op.body.required ? content : `NonNullable<${content}>`}['content']['application/json']`;
        declare(`${id}Body`, `the body of ${op.operationId}`, [`The body of ${where(op)}.`], type);
      }
      named.body = `${id}Body`;
    }
    if (op.queryParameters.length) {
      const names = op.queryParameters.map((p) => `\`${p.name}\``).join(', ');
      declare(
        `${id}Query`,
        `the query of ${op.operationId}`,
        [`The query of ${where(op)}: ${names}.`],
        `NonNullable<operations['${op.operationId}']['parameters']['query']>`,
      );
      named.query = `${id}Query`;
    }
    if (op.success) {
      const component = typeOfSchema(op.success.schema);
      if (component) named.response = component;
      else {
        declare(
          `${id}Response`,
          `the response of ${op.operationId}`,
          [`The ${op.success.status} body of ${where(op)}.`],
          `operations['${op.operationId}']['responses'][${op.success.status}]['content']['application/json']`,
        );
        named.response = `${id}Response`;
      }
    }
    if (op.paging) {
      // The item type: the component the page's items array points at, else derived from the page type.
      const items = resolve(spec, resolve(spec, op.success.schema).properties[op.paging.items]);
      named.item = typeOfSchema(items.items) ?? `PageItem<${named.response}, '${op.paging.items}'>`;
    }
    typeOf.set(op, named);
  }

  const text = [
    "import type { components, operations } from './schema.js';",
    '',
    blocks.join('\n'),
  ].join('\n');
  return { text, typeOf, names: [...declared.keys()] };
}

/** An import or export of `names`, one per line when they do not fit on one. */
export function namedList(keyword, names, from) {
  const line = `${keyword} { ${names.join(', ')} } from '${from}';`;
  return line.length <= 120 ? line : `${keyword} {\n${names.map((name) => `  ${name},`).join('\n')}\n} from '${from}';`;
}

/**
 * generated/public-types.ts: every type the package exports from the spec, by name (src/client/index.ts re-exports
 * this module): openapi-typescript's four, the named types and the resource interfaces; not the runtime table.
 */
export function renderPublicTypes(spec, operations = describeOperations(spec), named = renderNamedTypes(spec, operations)) {
  const resources = resourcesOf(operations).map(([resource]) => interfaceName(resource));
  return [
    namedList('export type', ['components', 'operations', 'paths', 'webhooks'], './schema.js'),
    namedList('export type', [...named.names].sort(), './types.js'),
    namedList('export type', [...resources, 'Resources'].sort(), './resources.js'),
    '',
  ].join('\n');
}

function methodDoc(op, spec) {
  const params = [
    ...op.pathParameters.map((p) => `@param ${p.name} - ${firstParagraph(p.description) || 'Path parameter.'}`),
    ...(op.body ? [`@param body - The request body; checked against the spec before it is sent.`] : []),
    ...(op.queryParameters.length
      ? [`@param query - ${op.queryParameters.map((p) => `\`${p.name}\`${p.required ? ' (required)' : ''}`).join(', ')}.`]
      : []),
    op.paging
      ? '@param options - Per-call options, plus `maxPages` (the most pages a walk may fetch).'
      : '@param options - Per-call options: `signal`, `timeout`, `maxRetries`, `validateRequest`, `fetch`, `headers`.',
  ];
  const returns = op.paging
    ? `@returns A page list: \`await\` it for the first page, \`for await\` over it for every item of every page, or call \`.toArray({ limit })\`. ${firstParagraph(op.success?.description)}`
    : `@returns ${firstParagraph(op.success?.description) || 'The response body.'} \`.withResponse()\` gives the Response too.`;
  const throws = [
    '@throws {@link PalommaValidationError} when the arguments break the spec; nothing is sent.',
    ...op.errors.map((e) => `@throws {@link ${errorClassName(e.status)}} ${e.status}: ${firstParagraph(e.description)}`),
    '@throws {@link PalommaTimeoutError} or {@link PalommaConnectionError} when no complete response arrives.',
  ];
  return [
    op.summary ? `${op.summary.replace(/\.?$/, '.')}` : undefined,
    '',
    op.description,
    '',
    `\`${op.httpMethod} ${op.path}\` (operationId \`${op.operationId}\`).`,
    op.deprecated ? '@deprecated The spec marks this operation deprecated.' : undefined,
    '',
    ...params,
    returns,
    ...throws,
  ];
}

function signature(spec, op, named) {
  const args = op.pathParameters.map((p) => `${p.name}: string`);
  const optionalQuery = !op.queryParameters.some((p) => p.required);
  if (op.body) args.push(`body${op.body.required ? '' : '?'}: ${named.body}`);
  if (op.queryParameters.length) args.push(`query${optionalQuery ? '?' : ''}: ${named.query}`);
  const response = named.response ?? 'void';
  if (op.paging) {
    args.push('options?: ListOptions');
    return `${op.method}(${args.join(', ')}): PageList<${named.item}, ${response}>;`;
  }
  args.push('options?: CallOptions');
  return `${op.method}(${args.join(', ')}): APIPromise<${response}>;`;
}

/** A value as a TypeScript literal on one line: `{ method: 'GET', pathParameters: ['id'] }`. */
function literal(value) {
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, '\\$&')}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${identifier.test(k) ? k : literal(k)}: ${literal(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return String(value);
}

/** The descriptor the runtime (src/client/resources.ts) calls an operation from: method, path and the argument layout. */
function descriptor(op) {
  return {
    method: op.httpMethod,
    path: op.path,
    pathParameters: op.pathParameters.map((p) => p.name),
    ...(op.body ? { body: true } : {}),
    ...(op.queryParameters.length ? { query: true } : {}),
    ...(op.paging ? { paging: op.paging } : {}),
  };
}

const interfaceName = (resource) => upperFirst(resource);

/** generated/resources.ts: an interface per resource (JSDoc from the spec), the `Resources` map and the runtime table. */
export function renderResources(spec, operations = describeOperations(spec), { typeOf } = renderNamedTypes(spec, operations)) {
  const tags = new Map((spec.tags ?? []).map((tag) => [tag.name, tag]));
  const groups = resourcesOf(operations);
  const used = new Set();
  for (const named of typeOf.values()) for (const name of Object.values(named)) if (identifier.test(name)) used.add(name);

  const interfaces = groups.map(([resource, tag, list]) => {
    const methods = list.map((op) => `${jsdoc(methodDoc(op, spec), '  ')}  ${signature(spec, op, typeOf.get(op))}`);
    const doc = jsdoc([`\`palomma.${resource}\`: the ${tag} operations.`, '', tags.get(tag)?.description]);
    return `${doc}export interface ${interfaceName(resource)} {\n${methods.join('\n')}\n}\n`;
  });
  const resourcesDoc = groups.map(
    ([resource, tag]) => `${jsdoc([firstParagraph(tags.get(tag)?.description) || `The ${tag} operations.`], '  ')}  readonly ${resource}: ${interfaceName(resource)};`,
  );
  const table = groups.map(([resource, , list]) => {
    const lines = list.map((op) => `    ${op.method}: ${literal(descriptor(op))},`);
    return `  ${resource}: {\n${lines.join('\n')}\n  },`;
  });
  const errorNames = [...new Set(['PalommaValidationError', 'PalommaTimeoutError', 'PalommaConnectionError', ...operations.flatMap((op) => op.errors.map((e) => errorClassName(e.status)))])].sort();

  return [
    "import type { APIPromise } from '../src/client/api-promise.js';",
    "import type { CallOptions, ListOptions } from '../src/client/call-options.js';",
    // The error classes are imported only for the {@link} tags in the methods' documentation.
    namedList('import type', errorNames, '../src/client/errors.js'),
    `import type { PageList${[...typeOf.values()].some((named) => named.item?.startsWith('PageItem<')) ? ', PageItem' : ''} } from '../src/client/pagination.js';`,
    "import type { OperationTable } from '../src/client/resources.js';",
    namedList('import type', [...used].sort(), './types.js'),
    '',
    interfaces.join('\n'),
    '/** One object per resource of the spec, each with a method per operation. */',
    `export interface Resources {\n${resourcesDoc.join('\n')}\n}\n`,
    '/** How each method calls its operation: read by src/client/resources.ts to build the resource objects. */',
    `export const operationTable = {\n${table.join('\n')}\n} as const satisfies OperationTable;`,
    '',
  ].join('\n');
}

/**
 * test/types/methods.generated.test-d.ts: for every generated method, type tests that its arguments and result
 * follow the spec and that wrong calls (a wrong body, a non-string id, an unknown option, a wrongly typed option) do
 * not compile. The named types come from the package's entry, so each one a signature uses is proved public.
 */
export function renderMethodTypeTests(spec, operations = describeOperations(spec), { typeOf } = renderNamedTypes(spec, operations)) {
  const used = new Set();
  const cases = operations.map((op) => {
    const named = typeOf.get(op);
    for (const name of Object.values(named)) if (identifier.test(name)) used.add(name);
    const call = `palomma.${op.resource}.${op.method}`;
    const ids = op.pathParameters.map(() => "'id'");
    const value = (type) => `{} as ${type}`;
    const before = [...ids, ...(op.body ? [value(named.body)] : []), ...(op.queryParameters.length ? [value(named.query)] : [])];
    const args = (...rest) => [...before, ...rest].join(', ');
    const options = op.paging ? 'ListOptions' : 'CallOptions';
    const parameters = [
      ...op.pathParameters.map((p) => `${p.name}: string`),
      ...(op.body ? [`body${op.body.required ? '' : '?'}: ${named.body}`] : []),
      ...(op.queryParameters.length ? [`query${op.queryParameters.some((p) => p.required) ? '' : '?'}: ${named.query}`] : []),
      `options?: ${options}`,
    ];
    const result = op.paging
      ? `expectTypeOf(${call}(${args()})).toEqualTypeOf<PageList<${named.item}, ${named.response}>>();`
      : `expectTypeOf(${call}(${args()})).resolves.toEqualTypeOf<${named.response ?? 'void'}>();`;
    const lines = [
      `expectTypeOf(${call}).parameters.toEqualTypeOf<[${parameters.join(', ')}]>();`,
      result,
      ...op.pathParameters.map((p, i) => {
        const wrong = before.map((arg, j) => (j === i ? '42' : arg));
        return `// @ts-expect-error ${p.name} is a string\n${call}(${wrong.join(', ')});`;
      }),
      ...(op.body ? [`// @ts-expect-error the body is an object of the documented shape\n${call}(${[...ids, "'not a body'"].join(', ')});`] : []),
      ...(op.queryParameters.length
        ? [`// @ts-expect-error the query is an object of the documented parameters\n${call}(${[...ids, ...(op.body ? [value(named.body)] : []), "'not a query'"].join(', ')});`]
        : []),
      `// @ts-expect-error an unknown option does not compile\n${call}(${args('{ timout: 5000 }')});`,
      `// @ts-expect-error timeout is a number of milliseconds\n${call}(${args("{ timeout: 'five seconds' }")});`,
    ];
    return `  it('${op.resource}.${op.method}: ${op.httpMethod} ${op.path}', () => {\n${lines.map((l) => l.replace(/^/gm, '    ')).join('\n')}\n  });`;
  });
  const pageItem = [...typeOf.values()].some((named) => named.item?.startsWith('PageItem<'));
  return [
    "import { describe, expectTypeOf, it } from 'vitest';",
    "import { createPalommaClient, type CallOptions, type ListOptions, type PageList } from '../../src/client/index.js';",
    namedList('import type', [...used, ...(pageItem ? ['PageItem'] : [])].sort(), '../../src/client/index.js'),
    '',
    "const palomma = createPalommaClient({ token: 'type-tests' });",
    '',
    "describe('every generated method is typed from the spec', () => {",
    cases.join('\n\n'),
    '});',
    '',
  ].join('\n');
}
