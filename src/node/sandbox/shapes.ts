// What an object of each resource may carry: the fields of the schema its operations answer with (its retrieve
// operation's first), worked out once per route table, not once per merchant.
import { propertiesOf, type SpecNode } from '../../spec/document.js';
import type { RouteTable } from './routes.js';

const cache = new WeakMap<RouteTable, Record<string, Record<string, SpecNode>>>();

/** resource → field → its schema. */
export function shapesOf(spec: SpecNode, routes: RouteTable): Record<string, Record<string, SpecNode>> {
  let shapes = cache.get(routes);
  if (!shapes) {
    shapes = {};
    for (const route of [...routes.routes].sort((a, b) => (a.kind === 'retrieve' ? -1 : b.kind === 'retrieve' ? 1 : 0))) {
      if (route.objectSchema && !shapes[route.resource]) shapes[route.resource] = propertiesOf(spec, route.objectSchema);
    }
    cache.set(routes, shapes);
  }
  return shapes;
}
