// The spec's operations as the client surface sees them: resource, method name, arguments and paging, by fixed rules.
// Pure: the generator, the sandbox's routes and the tools all read the spec through these rules.

import { eachOperation, resolveRef, type SpecNode } from './document.js';

export type { SpecNode };

export interface Operation {
  resource: string;
  method: string;
  httpMethod: string;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  deprecated: boolean;
  pathParameters: { name: string; description: string; schema: SpecNode }[];
  queryParameters: { name: string; required: boolean; description: string }[];
  body: { schema: SpecNode; required: boolean } | undefined;
  success: { status: string; schema: SpecNode; description: string } | undefined;
  errors: { status: string; description: string }[];
  paging: Paging | undefined;
}
export interface Paging {
  cursorParameter: string;
  items: string;
  nextCursor: string;
}


/** The operation extension that overrides the derived method name. */
export const methodExtension = 'x-palomma-method';
/** The list-operation extension that says where the cursor goes and where the items and next cursor are. */
export const pagingExtension = 'x-palomma-paging';

// Names that would clash with the client's own members, or make a resource object look like a promise.
const reserved = new Set(['then', 'catch', 'finally', 'constructor', 'prototype', '__proto__', 'toString', 'valueOf', 'toJSON']);
const clientMembers = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request', 'use', 'eject']);
const identifier = /^[A-Za-z_$][\w$]*$/;

/** Words of a name, split at spaces, punctuation and lower-to-upper case changes: `Payout Targets` → [payout, targets]. */
function words(name: string): string[] {
  return String(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** `Payout Targets` → `payoutTargets`. */
export function lowerCamel(name: string): string {
  return words(name)
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

export const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** `payoutTargets` → `payoutTarget`, `companies` → `company`: one object of a resource. */
export function singularOf(resource: string): string {
  return resource.replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * The method a resource gets for an operationId: `create…` → `create`, `list…` → `list`, `get…`/`retrieve…` →
 * `retrieve`; any other verb followed by exactly the resource's singular (`cancelPayoutTarget` on `payoutTargets`)
 * → the verb alone (`cancel`); anything else, the operationId itself.
 */
export function methodName(operationId: string, resource = ''): string {
  if (/^create[A-Z]/.test(operationId)) return 'create';
  if (/^list[A-Z]/.test(operationId)) return 'list';
  if (/^(get|retrieve)[A-Z]/.test(operationId)) return 'retrieve';
  const singular = upperFirst(singularOf(resource));
  const verb = singular && /^[a-z]+/.exec(operationId)?.[0];
  if (verb && operationId === `${verb}${singular}`) return verb;
  return lowerCamel(operationId);
}

/** Resolves a local `$ref` (`#/components/...`) against the spec; a reference into another file is an error. */
export function resolve(spec: SpecNode, node: SpecNode): SpecNode {
  try {
    return resolveRef(spec, node, { external: 'throw' });
  } catch (error) {
    throw new Error(`openapi.yaml: ${(error as Error).message}`);
  }
}

/** The component name a schema points at (`PayoutTarget` for `$ref: '#/components/schemas/PayoutTarget'`), if any. */
export function componentName(schema: SpecNode): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.split('/').pop() : undefined;
}

const jsonContent = (content: SpecNode): SpecNode => content?.['application/json'];

/** The lowest 2xx response with a JSON body: `{ status, schema, description }`, or undefined. */
function successResponse(spec: SpecNode, operation: SpecNode): Operation['success'] {
  const statuses = Object.keys(operation.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort();
  for (const status of statuses) {
    const response = resolve(spec, operation.responses[status]);
    const schema = jsonContent(response?.content)?.schema;
    if (schema) return { status, schema, description: response.description };
  }
  return undefined;
}

/** Error statuses the operation documents, with their descriptions, in status order. */
function errorResponses(spec: SpecNode, operation: SpecNode): Operation['errors'] {
  return Object.keys(operation.responses ?? {})
    .filter((status) => /^[45]\d\d$/.test(status))
    .sort()
    .map((status) => ({ status, description: resolve(spec, operation.responses[status])?.description ?? '' }));
}

function checkPaging(
  spec: SpecNode,
  where: string,
  paging: SpecNode,
  queryParameters: Operation['queryParameters'],
  success: Operation['success'],
): Paging {
  const fail = (reason: string): never => {
    throw new Error(`openapi.yaml: ${where}: ${pagingExtension} ${reason}`);
  };
  if (!paging || typeof paging !== 'object') fail('must be an object { cursorParameter, items, nextCursor }');
  for (const key of ['cursorParameter', 'items', 'nextCursor']) {
    if (typeof paging[key] !== 'string' || paging[key] === '') fail(`needs ${key}, a non-empty string`);
  }
  if (!queryParameters.some((p) => p.name === paging.cursorParameter)) {
    fail(`names cursorParameter "${paging.cursorParameter}", which is not a query parameter of the operation`);
  }
  const page = resolve(spec, success?.schema);
  if (!page) fail('is on an operation with no JSON success response');
  const properties = page.properties ?? {};
  for (const key of ['items', 'nextCursor']) {
    if (!Object.hasOwn(properties, paging[key])) {
      fail(`names ${key} "${paging[key]}", which the ${success?.status} response schema does not have`);
    }
  }
  if (resolve(spec, properties[paging.items])?.type !== 'array') {
    fail(`names items "${paging.items}", which is not an array in the ${success?.status} response schema`);
  }
  return { cursorParameter: paging.cursorParameter, items: paging.items, nextCursor: paging.nextCursor };
}

/**
 * Every operation of the spec, in the spec's order, with what the generated client needs to call it:
 * `{ resource, method, httpMethod, path, operationId, tag, summary, description, pathParameters,
 *    queryParameters, body, success, errors, paging, deprecated }`.
 * Throws an Error naming the operation (and, for a clash, both operations) when a rule cannot be met.
 */
export function describeOperations(spec: SpecNode): Operation[] {
  const operations: Operation[] = [];
  const taken = new Map<string, string>();
  // The spec's own order of methods within a path, so the generated file reads like the spec.
  for (const { path, method: httpMethod, pathItem: item, operation } of eachOperation(spec)) {
    const where = `${httpMethod.toUpperCase()} ${path}`;
    const fail = (reason: string): never => {
      throw new Error(`openapi.yaml: ${where}: ${reason}`);
    };
    const { operationId } = operation;
    if (typeof operationId !== 'string' || !identifier.test(operationId)) fail('needs an operationId that is a plain identifier');
    const tag = operation.tags?.[0];
    if (typeof tag !== 'string' || lowerCamel(tag) === '') fail(`(${operationId}) needs a tag: its first tag names its resource`);
    const resource = lowerCamel(tag);
    const override = operation[methodExtension];
    if (override !== undefined && (typeof override !== 'string' || !identifier.test(override))) {
      fail(`(${operationId}) ${methodExtension} must be a plain identifier`);
    }
    const method = override ?? methodName(operationId, resource);
    if (reserved.has(method)) fail(`(${operationId}) the method name "${method}" is reserved; set ${methodExtension}`);
    if (reserved.has(resource) || clientMembers.has(resource)) fail(`(${operationId}) the resource name "${resource}" is reserved`);
    const key = `${resource}.${method}`;
    if (taken.has(key)) {
      throw new Error(
        `openapi.yaml: ${taken.get(key)} and ${operationId} (${where}) both become palomma.${key}(); ` +
          `rename an operationId or set ${methodExtension} on one of them`,
      );
    }
    taken.set(key, `${operationId} (${where})`);

    const parameters: SpecNode[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p));
    const byName = (location: string): Map<string, SpecNode> => new Map(parameters.filter((p) => p.in === location).map((p) => [p.name, p]));
    const declaredPath = byName('path');
    const pathParameters = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => {
      const parameter = declaredPath.get(name);
      if (!parameter) fail(`(${operationId}) path parameter {${name}} is not declared in its parameters`);
      return { name, description: parameter.description ?? '', schema: parameter.schema };
    });
    const queryParameters = [...byName('query').values()].map((p) => ({
      name: p.name,
      required: p.required === true,
      description: p.description ?? '',
    }));
    const requestBody = resolve(spec, operation.requestBody);
    const bodySchema = jsonContent(requestBody?.content)?.schema;
    const success = successResponse(spec, operation);
    const paging =
      operation[pagingExtension] === undefined
        ? undefined
        : checkPaging(spec, `${where} (${operationId})`, operation[pagingExtension], queryParameters, success);
    operations.push({
      resource,
      method,
      httpMethod: httpMethod.toUpperCase(),
      path,
      operationId,
      tag,
      summary: operation.summary ?? '',
      description: operation.description ?? '',
      deprecated: operation.deprecated === true,
      pathParameters,
      queryParameters,
      body: bodySchema ? { schema: bodySchema, required: requestBody.required === true } : undefined,
      success,
      errors: errorResponses(spec, operation),
      paging,
    });
  }
  return operations;
}

/** The operations grouped by resource, resources and methods in the spec's order: [[resource, tag, operations]]. */
export function resourcesOf(operations: Operation[]): [string, string, Operation[]][] {
  const groups = new Map<string, { tag: string; operations: Operation[] }>();
  for (const operation of operations) {
    if (!groups.has(operation.resource)) groups.set(operation.resource, { tag: operation.tag, operations: [] });
    groups.get(operation.resource)!.operations.push(operation);
  }
  return [...groups].map(([resource, { tag, operations: list }]) => [resource, tag, list]);
}
