// Where the customer's page may send the customer once they have decided: the merchant's `redirectUrl`, if it is
// a web address. `javascript:`, `vbscript:`, `data:`, `file:` and the like are never followed (on the sandbox's own
// origin they would run as its pages), nor plain http: off this machine, nor a value with control characters
// (a CR/LF would split the Location header).
import { isLoopbackHost } from '../../client/internal/loopback.js';

export type RedirectTarget = { ok: true; href: string; origin: string } | { ok: false; reason: string };

export function redirectTarget(value: unknown): RedirectTarget {
  if (typeof value !== 'string' || value === '') return { ok: false, reason: 'there is no redirectUrl' };
  if (/[\u0000-\u001f\u007f]/.test(value)) return { ok: false, reason: 'the redirectUrl contains control characters' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'the redirectUrl is not an absolute URL' };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return { ok: true, href: url.href, origin: url.origin };
  return { ok: false, reason: `the sandbox sends the customer only to https: addresses (and http: on this machine), not to ${url.protocol}` };
}
