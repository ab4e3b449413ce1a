// One door: a port behind Prism takes only what came through the front. The front adds a secret made at each
// start (never printed, never on a command line) to what it forwards; Prism passes request headers on to its
// upstream; the server behind checks it. Anything else that reaches the private port (another process on this
// machine) is refused, so whatever that server stores has passed Prism's validation.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const frontSecretHeader = 'x-palomma-front';

export interface FrontSecret {
  /** The header the front adds to every request it forwards. */
  readonly headers: Readonly<Record<string, string>>;
  /** True when a request carries this start's secret. */
  admits(headers: IncomingHttpHeaders): boolean;
}

export function createFrontSecret(): FrontSecret {
  const secret = randomBytes(32).toString('base64url');
  const expected = Buffer.from(secret);
  return {
    headers: { [frontSecretHeader]: secret },
    admits(headers) {
      const given = headers[frontSecretHeader];
      if (typeof given !== 'string') return false;
      const bytes = Buffer.from(given);
      return bytes.length === expected.length && timingSafeEqual(bytes, expected);
    },
  };
}
