// The mock listens on loopback only, and "loopback" is parsed strictly: look-alikes are refused before anything
// starts, and IPv6 loopback works.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, startMockServer } from '../../../src/node/prism/mock.js';

describe('loopback addresses are parsed strictly', () => {
  it('only real loopback addresses count', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.255.254', '::1', '[::1]', '0:0:0:0:0:0:0:1', '[0::1]', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['127.999.999.999', '127.0.0.01', '127.1', '127.0.0.1.example.com', '127.example.com', '::2', '[::]', '0.0.0.0', '::ffff:10.0.0.1', '']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('a malformed address is refused before anything starts', async () => {
    await expect(startMockServer({ host: '127.999.999.999' })).rejects.toThrow(/Refusing to listen on 127\.999\.999\.999/);
  });

  // A cold Prism start, budgeted as every other test that starts one (the hook timeout), not as a quick test.
  it('[::1] works: the mock listens on IPv6 loopback and answers', { timeout: 60_000 }, async () => {
    const mock = await startMockServer({ host: '[::1]' });
    try {
      expect(mock.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      const response = await fetch(`${mock.url}/payoutTargets/pt_1`, { headers: { authorization: 'Bearer test' }, signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
