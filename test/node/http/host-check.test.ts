// Which Host names the local servers answer: loopback names and IP addresses on their own port, and names allowed
// explicitly; never a name an attacker's DNS could point at 127.0.0.1 (DNS rebinding).
import { describe, expect, it } from 'vitest';
import { checkAllowedHost, hostRefusal, parseHostHeader } from '../../../src/node/http/host-check.js';

const policy = { ports: () => [4020, 5555], allowedHosts: ['dev.example.test', '.lan.test'] };

describe('hostRefusal', () => {
  it.each(['127.0.0.1:4020', 'localhost:4020', 'LOCALHOST:5555', 'localhost.:4020', 'app.localhost:4020', '[::1]:4020', '192.168.1.20:4020', '127.0.0.2:5555'])(
    '%s is answered',
    (host) => expect(hostRefusal(host, policy)).toBeUndefined(),
  );

  it.each(['dev.example.test', 'dev.example.test:9999', 'a.lan.test:1', 'lan.test'])('%s is answered: allowed explicitly, on any port', (host) =>
    expect(hostRefusal(host, policy)).toBeUndefined(),
  );

  it.each([
    ['evil.example:4020', /is not a name this server answers to.*--allowed-host/],
    ['127.0.0.1.nip.io:4020', /is not a name/],
    ['localhost.evil.example:4020', /is not a name/],
    ['127.0.0.1:4021', /on port 4020 or 5555/],
    ['127.0.0.1', /is not a name/], // port 80
    ['example.test', /is not a name/],
    ['notdev.example.test', /is not a name/],
    ['user@127.0.0.1:4020', /is not a host name/],
    ['127.0.0.1:4020/x', /is not a host name/],
    ['127.0.0.1:99999', /is not a host name/],
    ['', /names no host/],
  ])('%j is refused', (host, reason) => expect(hostRefusal(host, policy)).toMatch(reason));

  it('a missing Host header is refused', () => expect(hostRefusal(undefined, policy)).toMatch(/names no host/));

  it('the message quotes a long Host cut short', () => {
    const message = hostRefusal(`${'a'.repeat(250)}.test`, policy)!;
    expect(message.length).toBeLessThan(400);
  });
});

describe('parseHostHeader and checkAllowedHost', () => {
  it('parses name and port, port 80 by default', () => {
    expect(parseHostHeader('Example.TEST.:8080')).toEqual({ name: 'example.test', port: 8080 });
    expect(parseHostHeader('[::1]')).toEqual({ name: '::1', port: 80 });
    expect(parseHostHeader('a b')).toBeUndefined();
  });

  it('takes host names and .suffixes, refuses URLs, ports and paths', () => {
    expect(checkAllowedHost('Dev.Example.test.')).toBe('dev.example.test');
    expect(checkAllowedHost('.lan.test')).toBe('.lan.test');
    for (const bad of ['http://dev.test', 'dev.test:80', 'dev.test/x', '', '*']) expect(() => checkAllowedHost(bad), bad).toThrow(/must be a host name/);
  });
});
