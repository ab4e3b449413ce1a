// Whose page a request comes from: none (curl), the server's own, one allowed explicitly, or another site's.
import { describe, expect, it } from 'vitest';
import { checkAllowedOrigin, originKind } from '../../../src/node/http/origin-check.js';

const policy = { allowedOrigins: ['http://127.0.0.1:8080'] };
const kind = (origin: string | undefined, host = '127.0.0.1:4020') => originKind({ host, ...(origin === undefined ? {} : { origin }) }, policy).kind;

describe('originKind', () => {
  it('no Origin: a client that is not a page (curl, a server) or a plain navigation', () => expect(kind(undefined)).toBe('none'));
  it('the server itself', () => {
    expect(kind('http://127.0.0.1:4020')).toBe('same');
    expect(kind('http://localhost:4020', 'localhost:4020')).toBe('same');
  });
  it('an origin allowed explicitly (the docs page)', () => expect(kind('http://127.0.0.1:8080')).toBe('allowed'));
  it.each(['http://127.0.0.1:4021', 'https://127.0.0.1:4020', 'http://evil.example', 'null', 'not a url', 'http://localhost:4020'])('%s is foreign', (origin) =>
    expect(kind(origin)).toBe('foreign'),
  );
});

describe('checkAllowedOrigin', () => {
  it('keeps the canonical origin', () => {
    expect(checkAllowedOrigin('http://LOCALHOST:8080')).toBe('http://localhost:8080');
    expect(checkAllowedOrigin('https://docs.example.test/')).toBe('https://docs.example.test');
  });
  it.each(['127.0.0.1:8080', 'http://a.test/path', 'http://u:p@a.test', 'file:///x', 'http://a.test/?q', '*'])('refuses %s', (value) =>
    expect(() => checkAllowedOrigin(value)).toThrow(/must be an http\(s\) origin/),
  );
});
