// The generated client's side of a spec change: what the project's own `x-palomma-*` extensions do to the methods
// the client is generated with. The rest of the diff reads the spec as OpenAPI; this part reads it as the generator
// does (src/spec/operations.ts), so a renamed method or changed paging is judged by its effect on client code.
import { daysFromNowExtension } from '../../src/spec/example-dates.js';
import { describeOperations, methodExtension, pagingExtension } from '../../src/spec/operations.js';

/** The operation extensions the generator names methods and paging by: judged by `compareClientMethods`. */
export const clientExtensions = [methodExtension, pagingExtension];

/**
 * How a change to extension `key` is classified outside an operation's own keys (where `clientExtensions` are
 * read). An `x-palomma-*` extension unknown here is treated as breaking, so one the generator learns later cannot
 * slip through as an unimportant vendor extension.
 */
export function extensionKind(key) {
  if (key === daysFromNowExtension) return 'docs'; // moves an example's date; no type or method changes
  if (clientExtensions.includes(key)) return 'non-breaking'; // the generator reads them on operations only
  if (key.startsWith('x-palomma-')) return 'breaking';
  return 'non-breaking';
}

/** The operations as the generator reads them, by `METHOD /path`; an error when the generator cannot read the spec. */
function methodsOf(spec) {
  try {
    return { byRoute: new Map(describeOperations(spec).map((op) => [`${op.httpMethod} ${op.path}`, op])) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const call = (op) => `palomma.${op.resource}.${op.method}()`;
const pagingText = (paging) => `cursor in ${paging.cursorParameter}, items in ${paging.items}, next cursor in ${paging.nextCursor}`;

function changedText(key, before, after) {
  if (before === undefined) return `${key} ${JSON.stringify(after)} added`;
  if (after === undefined) return `${key} ${JSON.stringify(before)} removed`;
  return `${key} changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}`;
}

/**
 * Compares the client methods of two specs, operation by operation (`METHOD /path`, the name the rest of the diff
 * uses): a method renamed (through `x-palomma-method`, its operationId or its tag) and paging added, removed or
 * changed are breaking; an extension edit that leaves the client as it was is non-breaking. Operations added or
 * removed are the rest of the diff's to report. A base the generator cannot read (an old or foreign spec) has no
 * client to compare with; a head it cannot read throws, since no client could be generated from it.
 * @param {any} base
 * @param {any} head
 * @param {(kind: 'breaking' | 'non-breaking', where: string, what: string) => void} add
 */
export function compareClientMethods(base, head, add) {
  const before = methodsOf(base);
  if (before.error) return;
  const after = methodsOf(head);
  if (after.error) throw new Error(`no client can be generated from the new spec: ${after.error}`);
  for (const [where, op] of before.byRoute) {
    const next = after.byRoute.get(where);
    if (!next) continue;
    const extension = (spec, key) => spec.paths[op.path][op.httpMethod.toLowerCase()][key];
    const methodBefore = extension(base, methodExtension);
    const methodAfter = extension(head, methodExtension);
    const methodEdit = JSON.stringify(methodBefore) !== JSON.stringify(methodAfter) ? changedText(methodExtension, methodBefore, methodAfter) : undefined;
    if (call(op) !== call(next)) {
      add('breaking', where, `client method renamed from ${call(op)} to ${call(next)}${methodEdit ? ` (${methodEdit})` : ''}: calls to the old name stop compiling`);
    } else if (methodEdit) {
      add('non-breaking', where, `${methodEdit}; the client method stays ${call(next)}`);
    }
    const pagingEdit = JSON.stringify(extension(base, pagingExtension)) !== JSON.stringify(extension(head, pagingExtension));
    if (!op.paging && next.paging) {
      add('breaking', where, `${call(next)} now pages (${pagingExtension} added, ${pagingText(next.paging)}): it returns a page list, not a plain page`);
    } else if (op.paging && !next.paging) {
      add('breaking', where, `${call(next)} no longer pages (${pagingExtension} removed): walking it with for await stops compiling`);
    } else if (op.paging && next.paging && pagingText(op.paging) !== pagingText(next.paging)) {
      add('breaking', where, `${call(next)} pages differently: ${pagingText(op.paging)} before, ${pagingText(next.paging)} now`);
    } else if (pagingEdit) {
      add('non-breaking', where, `${pagingExtension} changed; the paging of ${call(next)} stays the same`);
    }
  }
}
