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

/**
 * The named types: one per component schema (`PayoutTarget`), and per operation its body (`CreatePayoutTargetBody`),
 * query (`ListPayoutRequestsQuery`) and, where the success body is not a component, its response
 * (`<OperationId>Response`). Returns `{ text, typeOf }`, where `typeOf` names the types the resource layer uses.
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

  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    declare(name, `components.schemas.${name}`, [schema.title, schema.description], `components['schemas']['${name}']`);
  }

  const typeOf = new Map();
  for (const op of operations) {
    const id = upperFirst(op.operationId);
    const where = `\`${op.httpMethod} ${op.path}\` (${op.operationId})`;
    const named = {};
    if (op.body) {
      const content = `operations['${op.operationId}']['requestBody']`;
      const type = componentName(op.body.schema) ?? `${op.body.required ? content : `NonNullable<${content}>`}['content']['application/json']`;
      declare(`${id}Body`, `the body of ${op.operationId}`, [`The body of ${where}.`], type);
      named.body = `${id}Body`;
    }
    if (op.queryParameters.length) {
      const names = op.queryParameters.map((p) => `\`${p.name}\``).join(', ');
      declare(
        `${id}Query`,
        `the query of ${op.operationId}`,
        [`The query of ${where}: ${names}.`],
        `NonNullable<operations['${op.operationId}']['parameters']['query']>`,
      );
      named.query = `${id}Query`;
    }
    if (op.success) {
      const component = componentName(op.success.schema);
      if (component) named.response = component;
      else {
        declare(
          `${id}Response`,
          `the response of ${op.operationId}`,
          [`The ${op.success.status} body of ${where}.`],
          `operations['${op.operationId}']['responses'][${op.success.status}]['content']['application/json']`,
        );
        named.response = `${id}Response`;
      }
    }
    if (op.paging) {
      // The item type: the component the page's items array points at, else derived from the page type.
      const items = resolve(spec, resolve(spec, op.success.schema).properties[op.paging.items]);
      named.item = componentName(items.items) ?? `PageItem<${named.response}, '${op.paging.items}'>`;
    }
    typeOf.set(op, named);
  }

  const text = [
    "import type { components, operations } from './schema.js';",
    '',
    "export type { components, operations, paths, webhooks } from './schema.js';",
    '',
    blocks.join('\n'),
  ].join('\n');
  return { text, typeOf };
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

/** The descriptor the runtime (src/resources.ts) calls an operation from: method, path and the argument layout. */
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
export function renderResources(spec, operations = describeOperations(spec), typeOf = renderNamedTypes(spec, operations).typeOf) {
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
  const table = Object.fromEntries(
    groups.map(([resource, , list]) => [resource, Object.fromEntries(list.map((op) => [op.method, descriptor(op)]))]),
  );
  const tableText = JSON.stringify(table, null, 2).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:').replace(/"/g, "'");
  const errorNames = [...new Set(['PalommaValidationError', 'PalommaTimeoutError', 'PalommaConnectionError', ...operations.flatMap((op) => op.errors.map((e) => errorClassName(e.status)))])].sort();

  return [
    "import type { APIPromise } from '../src/client/api-promise.js';",
    "import type { CallOptions, ListOptions } from '../src/client/call-options.js';",
    // The error classes are imported only for the {@link} tags in the methods' documentation.
    `import type { ${errorNames.join(', ')} } from '../src/client/errors.js';`,
    `import type { PageList${[...typeOf.values()].some((named) => named.item?.startsWith('PageItem<')) ? ', PageItem' : ''} } from '../src/client/pagination.js';`,
    "import type { OperationTable } from '../src/client/resources.js';",
    `import type { ${[...used].sort().join(', ')} } from './types.js';`,
    '',
    interfaces.join('\n'),
    '/** One object per resource of the spec, each with a method per operation. */',
    `export interface Resources {\n${resourcesDoc.join('\n')}\n}\n`,
    '/** How each method calls its operation: read by src/resources.ts to build the resource objects. */',
    `export const operationTable = ${tableText} as const satisfies OperationTable;`,
    '',
  ].join('\n');
}

/**
 * generated/methods.test-d.ts: for every generated method, type tests that its arguments and result follow the
 * spec and that wrong calls (a wrong body, a non-string id, an unknown option, a wrongly typed option) do not compile.
 */
export function renderMethodTypeTests(spec, operations = describeOperations(spec), typeOf = renderNamedTypes(spec, operations).typeOf) {
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
  return [
    "import { describe, expectTypeOf, it } from 'vitest';",
    "import { createPalommaClient, type CallOptions, type ListOptions, type PageList } from '../src/client/index.js';",
    `import type { ${[...used].sort().join(', ')} } from './types.js';`,
    '',
    "const palomma = createPalommaClient({ token: 'type-tests' });",
    '',
    "describe('every generated method is typed from the spec', () => {",
    cases.join('\n\n'),
    '});',
    '',
  ].join('\n');
}
