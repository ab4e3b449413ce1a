// The sandbox's route table, derived from the spec: method + path template → operation, kind, resource, paging.
import { eachOperation, jsonSchema, resolveRef, type SpecNode } from '../../spec/document.js';
import { lowerCamel, methodExtension, methodName, pagingExtension, type Paging } from '../../spec/operations.js';

const defaultPaging: Paging = { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' };

/** A parameter of an operation, resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SpecNode;
}

/** One operation of the spec, ready to answer requests. */
export interface Route {
  /** Upper case: `POST`. */
  method: string;
  template: string;
  pattern: RegExp;
  pathParams: string[];
  operationId: string;
  /** `create`, `list`, `retrieve`, …: the generator's method name for the operation. */
  kind: string;
  /** `payoutTargets`: the generator's resource name (from the first tag, else the last fixed path segment). */
  resource: string;
  /** Path parameters the object belongs to (merchantAccountId of a settlement). */
  scope: string[];
  /** The objects those parameters name, each of the resource its own retrieve path answers: they must exist. */
  parents: { param: string; resource: string }[];
  /** The path parameter holding the object's id (retrieve operations). */
  idParam: string | undefined;
  query: Parameter[];
  /** The query parameters a list is narrowed by (all but the cursor and limit). */
  filters: Parameter[];
  paging: Paging | undefined;
  /** The schema of a list's `limit`. */
  limit: SpecNode;
  statuses: Set<number>;
  hasBody: boolean;
  requestSchema: SpecNode;
  secured: boolean;
  /** The schema of one object the operation answers with (the items' schema, for a list). */
  objectSchema: SpecNode;
}

/**
 * What matching a request found: the route and its decoded path parameters (undefined, with the parameter in
 * `badParam`, when one is not valid percent-encoding), or the methods its path allows.
 */
export type RouteMatch =
  | { route: Route; params: Record<string, string> | undefined; badParam?: string; allowed?: undefined }
  | { allowed: string[]; route?: undefined; params?: undefined; badParam?: undefined };

export interface RouteTable {
  routes: Route[];
  /** The route and decoded path parameters for a request, `{ allowed }` when only the method differs, or undefined. */
  match(method: string, pathname: string): RouteMatch | undefined;
}

/** `Payout Targets` → `payoutTargets`: the generator's own rule (src/spec/operations.ts), so routes and methods agree. */
export const resourceName = lowerCamel;

/** create / list / retrieve (or another verb) from the operationId, or `x-palomma-method`: the generator's rule too. */
export function operationKind(operation: SpecNode, resource: string): string {
  return operation[methodExtension] ?? methodName(operation.operationId ?? '', resource);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every operation of `spec.paths`, ready to match a request. */
export function buildRoutes(spec: SpecNode): RouteTable {
  const routes: Route[] = [];
  for (const { path: template, method, pathItem, operation } of eachOperation(spec)) {
    const segments = template.split('/').filter(Boolean);
    const pathParams = segments.filter((s) => s.startsWith('{')).map((s) => s.slice(1, -1));
    const pattern = new RegExp(`^/${segments.map((s) => (s.startsWith('{') ? '([^/]+)' : escape(s))).join('/')}/?$`);
    const resource = resourceName(operation.tags?.[0] ?? segments.filter((s) => !s.startsWith('{')).at(-1) ?? '');
    const kind = operationKind(operation, resource);
    const parameters: Parameter[] = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p: SpecNode) => resolveRef(spec, p));
    const query = parameters.filter((p) => p.in === 'query');
    const ok = jsonSchema(spec, resolveRef(spec, operation.responses?.['200'] ?? operation.responses?.['201'])?.content);
    const paging: Paging | undefined = kind === 'list' ? { ...defaultPaging, ...operation[pagingExtension] } : undefined;
    const objectSchema = paging ? resolveRef(spec, resolveRef(spec, ok)?.properties?.[paging.items]?.items) : ok;
    routes.push({
      method: method.toUpperCase(),
      template,
      pattern,
      pathParams,
      operationId: operation.operationId,
      kind,
      resource,
      scope: kind === 'retrieve' ? pathParams.slice(0, -1) : pathParams,
      parents: [],
      idParam: kind === 'retrieve' ? pathParams.at(-1) : undefined,
      query,
      filters: paging ? query.filter((p) => p.name !== paging.cursorParameter && p.name !== 'limit') : [],
      paging,
      limit: paging ? query.find((p) => p.name === 'limit')?.schema : undefined,
      statuses: new Set(Object.keys(operation.responses ?? {}).map(Number)),
      hasBody: Boolean(operation.requestBody),
      requestSchema: jsonSchema(spec, resolveRef(spec, operation.requestBody)?.content),
      secured: ((operation.security ?? spec.security ?? []) as object[]).some((requirement) => Object.keys(requirement).length > 0),
      objectSchema,
    });
  }
  // `/merchantAccounts/{merchantAccountId}/payinSettlements` names a merchant account: the resource of the
  // retrieve operation at `/merchantAccounts/{merchantAccountId}`.
  for (const route of routes) {
    for (const param of route.scope) {
      const parentPath = route.template.slice(0, route.template.indexOf(`{${param}}`) + param.length + 2);
      const parent = routes.find((other) => other.kind === 'retrieve' && other.template === parentPath);
      if (parent) route.parents.push({ param, resource: parent.resource });
    }
  }
  return {
    routes,
    match(method, pathname) {
      let allowed: string[] | undefined;
      for (const route of routes) {
        const found = route.pattern.exec(pathname);
        if (!found) continue;
        if (route.method !== method) {
          (allowed ??= []).push(route.method);
          continue;
        }
        const params: Record<string, string> = {};
        for (const [i, name] of route.pathParams.entries()) {
          try {
            params[name] = decodeURIComponent(found[i + 1] ?? '');
          } catch {
            return { route, params: undefined, badParam: name };
          }
        }
        return { route, params };
      }
      return allowed ? { allowed } : undefined;
    },
  };
}
