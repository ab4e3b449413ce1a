// Checks the client's options and works out the base URL, failing early with a clear message.
import { servers, type Environment } from '../generated/servers.js';
import { PalommaConfigError } from './errors.js';

export { servers, type Environment };

// localhost, ::1 and the 127.0.0.0/8 addresses; a name such as 127.example.com is not loopback.
const isLoopback = (hostname: string) => hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

export function checkToken(token: unknown): string {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new PalommaConfigError(
      'token: a Palomma API key is required (createPalommaClient({ token })); it is missing or empty',
    );
  }
  return token;
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
  const loopback = isLoopback(url.hostname);
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
