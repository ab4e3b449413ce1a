// The customer's pages post their form with a token only that page carries: a form on another site cannot post
// a decision (it would need the token, which it cannot read). One key per sandbox; a token names one object.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PageTokens {
  tokenFor(resource: string, id: string): string;
  matches(resource: string, id: string, token: unknown): boolean;
}

export function createPageTokens(key: Buffer = randomBytes(32)): PageTokens {
  const tokenFor = (resource: string, id: string) => createHmac('sha256', key).update(`${resource}/${id}`).digest('base64url');
  return {
    tokenFor,
    matches(resource, id, token) {
      if (typeof token !== 'string') return false;
      const expected = Buffer.from(tokenFor(resource, id));
      const given = Buffer.from(token);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
