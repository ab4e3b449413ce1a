// Rows 11 and 15 of issue 14: the contract proxy's production guard and its --json redaction, and strict loopback
// parsing for the mock (IPv6 loopback included).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { normalHostname } from '../../../src/node/cli/args.js';
import { createRedactor } from '../../../src/client/internal/redact.js';
import { isLoopbackHost, startMockServer } from '../../../src/node/prism/mock.js';
import { serverUrl } from '../../helpers/spec.js';

function runProxy(upstream: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['bin/palomma.mjs', 'proxy', '--upstream', upstream], {
    env: { ...process.env, PALOMMA_TOKEN: 'unused-token' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

describe('row 11: contract:proxy', () => {
  it('refuses the production server however its host name is spelled (trailing dot, case, explicit port)', async () => {
    const production = new URL(serverUrl('production'));
    // The spelling that got through before, end to end; the others through the same normalisation.
    const run = await runProxy(`https://${production.hostname}./v0`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing .*production server/);
    for (const spelling of [`${production.hostname}.`, production.hostname.toUpperCase(), `${production.hostname}..`, `[${production.hostname}]`]) {
      expect(normalHostname(spelling)).toBe(production.hostname);
    }
    expect(normalHostname('sandbox.api.palomma.com.')).not.toBe(production.hostname);
  });

  it('masks PALOMMA_TOKEN before serialising, so a token holding ", \\ or a control character is not written escaped', () => {
    const token = 'tok"en\\with\u0001controls';
    const report = { upstream: 'http://127.0.0.1:1/', results: [{ error: `401 for Bearer ${token}`, [`key ${token}`]: [token] }] };
    const written = JSON.stringify(createRedactor(token).body(report), null, 2);
    expect(written).not.toContain(JSON.stringify(token).slice(1, -1));
    expect(written).not.toContain(token);
    expect(JSON.parse(written).results[0]).toEqual({ error: '401 for Bearer [redacted]', 'key [redacted]': ['[redacted]'] });
    // A plain text search on the serialised form (what the script did before) would have missed it.
    expect(JSON.stringify(report).includes(token)).toBe(false);
  });
});

describe('row 15: loopback addresses are parsed strictly', () => {
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
