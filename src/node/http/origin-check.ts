// Whose page a request comes from. Browsers send `Origin` with every cross-origin fetch and every POST (forms
// included); curl and server-side code send none. A request from another site's page is refused wherever it could
// change something or read an answer, unless its origin was allowed explicitly (the docs page of npm start).
import type { IncomingHttpHeaders } from 'node:http';

export interface OriginPolicy {
  /** Origins whose pages may call this server (`--allowed-origin`), e.g. `http://127.0.0.1:8080`. */
  allowedOrigins?: readonly string[];
}

/** `none`: no Origin (curl, a navigation); `same`: the server's own pages; `allowed`: listed; `foreign`: anyone else. */
export type OriginKind = 'none' | 'same' | 'allowed' | 'foreign';

/** Checks an `--allowed-origin` value and gives its canonical form (`scheme://host[:port]`). */
export function checkAllowedOrigin(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new TypeError(`allowed origin ${JSON.stringify(value)}: must be an http(s) origin such as http://127.0.0.1:8080, without path, query or credentials`);
  }
  return url.origin;
}

/** Which kind of page `headers` come from; `origin` is the Origin header as sent. */
export function originKind(headers: IncomingHttpHeaders, policy: OriginPolicy): { kind: OriginKind; origin?: string } {
  const origin = headers.origin;
  if (origin === undefined) return { kind: 'none' };
  // `null`: a sandboxed frame, a file: page, a redirected request: nobody this server knows.
  let parsed: string | undefined;
  try {
    parsed = new URL(origin).origin;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed === 'null') return { kind: 'foreign', origin };
  if (policy.allowedOrigins?.includes(parsed)) return { kind: 'allowed', origin: parsed };
  const host = headers.host;
  if (host !== undefined && parsed.startsWith('http://')) {
    try {
      if (new URL(`http://${host}`).origin === parsed) return { kind: 'same', origin: parsed };
    } catch {
      // A Host that is not a host is refused by the host check.
    }
  }
  return { kind: 'foreign', origin };
}

/** Methods that change nothing: a foreign page may send them, it just cannot read the answer. */
export const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originRefusal(origin: string | undefined): string {
  const shown = JSON.stringify(origin && origin.length > 100 ? `${origin.slice(0, 100)}…` : origin);
  return `Origin: ${shown} is another site's page; this server answers only its own pages and clients that send no Origin (allow a page with --allowed-origin <origin>)`;
}
