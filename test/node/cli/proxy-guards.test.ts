// `palomma proxy` guards: it never points at the production server, however its host name is spelled, and its
// --json report masks PALOMMA_TOKEN before serialising.
import { describe, expect, it } from 'vitest';
import { normalHostname } from '../../../src/node/cli/args.js';
import { createRedactor } from '../../../src/client/internal/redact.js';
import { serverUrl } from '../../helpers/spec.js';
import { runCli } from '../../helpers/spawn-cli.js';

const runProxy = (upstream: string) => runCli(['proxy', '--upstream', upstream], { env: { PALOMMA_TOKEN: 'unused-token' }, timeoutMs: 20_000 });

describe('palomma proxy', () => {
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
