// The sandbox's route table, derived from the spec: method + path template → operation, kind, resource, paging.
import { lowerCamel, methodExtension, methodName } from '../../spec/operations.js';
import { deref, jsonSchema } from './spec.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'];
const defaultPaging = { cursorParameter: 'cursor', items: 'items', nextCursor: 'cursor' };

/** `Payout Targets` → `payoutTargets`: the generator's own rule (scripts/lib/operations.mjs), so routes and methods agree. */
export const resourceName = lowerCamel;

/** create / list / retrieve from the operationId's leading verb, or `x-palomma-method`: the generator's rule too. */
export function operationKind(operation) {
  return operation[methodExtension] ?? methodName(operation.operationId ?? '');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every operation of `spec.paths`, ready to match a request: `{ match(method, pathname) → { route, params } }`. */
export function buildRoutes(spec) {
  const routes = [];
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const segments = template.split('/').filter(Boolean);
    const pathParams = segments.filter((s) => s.startsWith('{')).map((s) => s.slice(1, -1));
    const pattern = new RegExp(
      `^/${segments.map((s) => (s.startsWith('{') ? '([^/]+)' : escape(s))).join('/')}/?$`,
    );
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const kind = operationKind(operation);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p));
      const query = parameters.filter((p) => p.in === 'query');
      const ok = jsonSchema(spec, deref(spec, operation.responses?.['200'] ?? operation.responses?.['201'])?.content);
      const paging = kind === 'list' ? { ...defaultPaging, ...operation['x-palomma-paging'] } : undefined;
      const objectSchema = paging ? deref(spec, deref(spec, ok)?.properties?.[paging.items]?.items) : ok;
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern,
        pathParams,
        operationId: operation.operationId,
        kind,
        resource: resourceName(operation.tags?.[0] ?? segments.filter((s) => !s.startsWith('{')).at(-1)),
        // Path parameters before the last are the parents the object belongs to (merchantAccountId of a settlement).
        scope: kind === 'retrieve' ? pathParams.slice(0, -1) : pathParams,
        idParam: kind === 'retrieve' ? pathParams.at(-1) : undefined,
        query,
        filters: paging ? query.filter((p) => p.name !== paging.cursorParameter && p.name !== 'limit') : [],
        paging,
        limit: paging ? query.find((p) => p.name === 'limit')?.schema : undefined,
        statuses: new Set(Object.keys(operation.responses ?? {}).map(Number)),
        hasBody: Boolean(operation.requestBody),
        requestSchema: jsonSchema(spec, deref(spec, operation.requestBody)?.content),
        secured: (operation.security ?? spec.security ?? []).some((requirement) => Object.keys(requirement).length > 0),
        objectSchema,
      });
    }
  }
  return {
    routes,
    /** The route and decoded path parameters for a request, `{ allowed }` when only the method differs, or undefined. */
    match(method, pathname) {
      let allowed;
      for (const route of routes) {
        const found = route.pattern.exec(pathname);
        if (!found) continue;
        if (route.method !== method) {
          (allowed ??= []).push(route.method);
          continue;
        }
        let params;
        try {
          params = Object.fromEntries(route.pathParams.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
        } catch {
          return { route, params: undefined };
        }
        return { route, params };
      }
      return allowed ? { allowed } : undefined;
    },
  };
}
