// Checks the client's options and works out the base URL, failing early with a clear message.
import { servers, type Environment } from '../../generated/servers.js';
import { PalommaConfigError } from './errors.js';
import { isLoopbackHost } from './internal/loopback.js';

export { servers, type Environment };

// What an HTTP header value can carry unchanged: printable Latin-1. Line breaks, NUL and other controls are refused
// by fetch (or worse, by the server), and characters past U+00FF cannot be sent at all.
const unsendable = /[^\u0020-\u007e\u00a0-\u00ff]/;

export function checkToken(token: unknown): string {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new PalommaConfigError(
      'token: a Palomma API key is required (createPalommaClient({ token })); it is missing or empty',
    );
  }
  // The messages say where the problem is, never what the token holds.
  const bad = unsendable.exec(token);
  if (bad) {
    const code = bad[0].charCodeAt(0);
    const what = code === 10 || code === 13 ? 'a line break (CR or LF)' : code === 0 ? 'a NUL' : code > 0xff ? 'a character outside Latin-1' : 'a control character';
    throw new PalommaConfigError(`token: character ${bad.index + 1} is ${what}, which an Authorization header cannot carry; check how the key was read`);
  }
  if (token.trim() !== token) {
    throw new PalommaConfigError('token: starts or ends with whitespace, which an Authorization header would drop; check how the key was read');
  }
  return token;
}

/**
 * Refuses to build a client in a browser page (where `window` and `document` exist) unless the caller opts in:
 * a Palomma API key moves money, and a page's code and traffic are readable by whoever loads it.
 */
export function checkBrowser(options: { dangerouslyAllowBrowser?: unknown }): void {
  const inBrowser = typeof (globalThis as { window?: unknown }).window !== 'undefined' && typeof (globalThis as { document?: unknown }).document !== 'undefined';
  if (inBrowser && options.dangerouslyAllowBrowser !== true) {
    throw new PalommaConfigError(
      'dangerouslyAllowBrowser: this looks like a browser, where anyone using the page can read your Palomma API key ' +
        'and move money with it; call Palomma from your server instead, or pass dangerouslyAllowBrowser: true if the key is meant to be public (a mock, a test key)',
    );
  }
}

export function resolveBaseUrl(options: { environment?: Environment; baseUrl?: string }): string {
  if (options.baseUrl !== undefined) return checkBaseUrl(options.baseUrl);
  const environment = options.environment ?? 'sandbox';
  if (!Object.hasOwn(servers, environment)) {
    throw new PalommaConfigError(
      `environment: must be one of ${Object.keys(servers).join(', ')}; got ${JSON.stringify(environment)}`,
    );
  }
  return servers[environment];
}

function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PalommaConfigError(`baseUrl: ${JSON.stringify(baseUrl)} is not an absolute URL`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new PalommaConfigError(
      `baseUrl: must use https: (plain http: is allowed only for loopback hosts); got ${url.protocol}//${url.host}`,
    );
  }
  if (url.username || url.password) {
    throw new PalommaConfigError('baseUrl: must not carry credentials; pass the API key as `token`');
  }
  if (url.search || url.hash) {
    throw new PalommaConfigError('baseUrl: must not have a query string or fragment');
  }
  return url.href.replace(/\/+$/, '');
}
