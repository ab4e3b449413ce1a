// Request targets and bodies that the servers behind the fronts cannot take: refused first, with a reason.

/**
 * The most nested a JSON body may be. The API's bodies nest a few levels; Prism 5.14.2 dies on a JSON body nested
 * about 4 500 levels deep (its request log fails to parse its own log line and the process exits), so the limit
 * sits far below that and far above anything real.
 */
export const maxJsonDepth = 64;

/**
 * Why a request target's percent-encoding is broken (`%E0%A4%A`, `%zz`, a lone `%`), or undefined. Prism 5.14.2
 * decodes path parameters with decodeURIComponent and no try: one such path makes it throw URIError and exit.
 */
export function percentEncodingProblem(target: string): string | undefined {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (!decodes(path)) return 'path: is not valid percent-encoding (a % must start two hex digits forming UTF-8)';
  if (query !== -1 && !decodes(target.slice(query + 1).replace(/\+/g, ' '))) {
    return 'query: is not valid percent-encoding (a % must start two hex digits forming UTF-8)';
  }
  return undefined;
}

function decodes(text: string): boolean {
  if (!text.includes('%')) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** `application/json`, `application/merge-patch+json` and the like: the types Prism parses as JSON. */
export function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]*\+json$/.test(type);
}

/** True when JSON text opens more than `max` objects and arrays inside one another (brackets in strings do not count). */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Why a JSON body cannot be passed on (nested too deep, not JSON), or undefined. Empty bodies pass. */
export function jsonBodyProblem(text: string, maxDepth = maxJsonDepth): string | undefined {
  if (text.trim() === '') return undefined;
  if (nestedDeeperThan(text, maxDepth)) return `body: is nested deeper than ${maxDepth} levels`;
  try {
    JSON.parse(text);
  } catch {
    return 'body: is not valid JSON';
  }
  return undefined;
}
