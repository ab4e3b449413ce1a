// Reading a parsed OpenAPI document: its `$ref`s, its operations, the properties and enum values of its schemas.
// One implementation for the runtime, the sandbox, the generator and the tools.

/** A node of a parsed OpenAPI document, read loosely and checked where it is used. */
export type SpecNode = any;

/** The HTTP methods an OpenAPI path item may hold, in the specification's order. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

const maxHops = 20;

/**
 * Follows local references (`#/components/…`, several in a row) to the node they name. A reference into another
 * document (`openapi.yaml#/…` from sandbox.yaml) comes back as it is, or throws when `external` is `'throw'`.
 */
export function resolveRef(document: SpecNode, node: SpecNode, { external = 'keep' }: { external?: 'keep' | 'throw' } = {}): SpecNode {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < maxHops; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) {
      if (external === 'throw') throw new Error(`only local $refs are supported, not ${ref}`);
      return current;
    }
    current = ref
      .slice(2)
      .split('/')
      .reduce((at: SpecNode, key: string) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  }
  return current;
}

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  pathItem: SpecNode;
  operation: SpecNode;
}

/** Every operation of the document, in its own order (paths, then the methods within each path as written). */
export function* eachOperation(document: SpecNode): Generator<OperationEntry> {
  for (const [path, pathItem] of Object.entries<SpecNode>(document?.paths ?? {})) {
    for (const method of Object.keys(pathItem ?? {})) {
      if ((httpMethods as readonly string[]).includes(method)) yield { path, method: method as HttpMethod, pathItem, operation: pathItem[method] };
    }
  }
}

/** The JSON schema of a request's or response's `content`, resolved. */
export function jsonSchema(document: SpecNode, content: SpecNode): SpecNode {
  return resolveRef(document, content?.['application/json']?.schema);
}

/**
 * The named properties a schema describes, following `$ref`, `allOf` and the branches of `oneOf`/`anyOf` (their
 * union): what an object of that schema may carry.
 */
export function propertiesOf(document: SpecNode, schema: SpecNode, seen = new Set<SpecNode>()): Record<string, SpecNode> {
  const resolved = resolveRef(document, schema);
  if (!resolved || typeof resolved !== 'object' || seen.has(resolved)) return {};
  seen.add(resolved);
  const out: Record<string, SpecNode> = {};
  for (const [name, value] of Object.entries<SpecNode>(resolved.properties ?? {})) out[name] = resolveRef(document, value);
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    for (const branch of resolved[keyword] ?? []) {
      for (const [name, value] of Object.entries(propertiesOf(document, branch, seen))) out[name] ??= value;
    }
  }
  return out;
}

/** The values an enum schema (or an "open enum": an anyOf with an enum branch) lists, or undefined. */
export function enumValues(document: SpecNode, schema: SpecNode): unknown[] | undefined {
  const resolved = resolveRef(document, schema);
  if (!resolved) return undefined;
  if (Array.isArray(resolved.enum)) return resolved.enum;
  if (resolved.const !== undefined) return [resolved.const];
  for (const keyword of ['anyOf', 'oneOf']) {
    const values = (resolved[keyword] ?? []).flatMap((branch: SpecNode) => enumValues(document, branch) ?? []);
    if (values.length) return values;
  }
  return undefined;
}
