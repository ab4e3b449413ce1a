// Local `$ref`s in the documents being compared: following them, and a canonical form with every ref inlined, so
// a schema moved to another name compares by content.
export const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Follows a local `$ref` (and chains of them) in `doc`; siblings of `$ref` override the target's keys. */
export function deref(node, doc, seen = new Set()) {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return node;
  if (seen.has(node.$ref)) return node; // a ref that points at itself, directly or through other refs
  seen.add(node.$ref);
  const target = pointer(doc, node.$ref);
  if (target === undefined) return node;
  const { $ref, ...siblings } = node;
  const resolved = deref(target, doc, seen);
  return Object.keys(siblings).length ? { ...resolved, ...siblings } : resolved;
}

function pointer(doc, ref) {
  const parts = ref.slice(1).split('/').slice(1);
  let node = doc;
  for (const raw of parts) {
    const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * A canonical string for `node` with every local `$ref` inlined and keys sorted, so two nodes that say the same
 * thing through different refs compare equal. A ref back into a schema being expanded becomes `{$recursive: n}`
 * (n levels up), which does not depend on the component's name.
 */
export function canon(node, doc, stack = []) {
  if (Array.isArray(node)) return `[${node.map((item) => canon(item, doc, stack)).join(',')}]`;
  if (!isObject(node)) return JSON.stringify(node) ?? 'undefined';
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
    const at = stack.indexOf(node.$ref);
    if (at !== -1) return `{"$recursive":${stack.length - at}}`;
    const target = pointer(doc, node.$ref);
    if (target !== undefined) {
      // Like deref: the ref's siblings override the target's keys.
      const { $ref, ...siblings } = node;
      const merged = Object.keys(siblings).length && isObject(target) ? { ...target, ...siblings } : target;
      return canon(merged, doc, [...stack, node.$ref]);
    }
  }
  const keys = Object.keys(node).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canon(node[key], doc, stack)}`).join(',')}}`;
}

export const same = (ctx, baseNode, headNode) => canon(baseNode, ctx.base) === canon(headNode, ctx.head);
