// The logger option: one line per attempt at the right level, bodies only at debug, the token never.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPalommaClient, PalommaConfigError, type Logger, type LogLevel } from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const baseUrl = 'http://127.0.0.1:9/v0';

function recorder() {
  const lines: [string, string][] = [];
  const logger: Logger = {
    debug: (m) => lines.push(['debug', m]),
    info: (m) => lines.push(['info', m]),
    warn: (m) => lines.push(['warn', m]),
    error: (m) => lines.push(['error', m]),
  };
  return { lines, logger };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('logger', () => {
  it('logs nothing by default', async () => {
    const spies = (['debug', 'info', 'warn', 'error', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const { fetch } = fakeFetch(json(200, examplePayoutTarget()));
    await createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch }).payoutTargets.create(exampleCreateBody());
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('writes one info line per attempt: method, path template, status, attempt and milliseconds', async () => {
    const { lines, logger } = recorder();
    const { fetch } = fakeFetch(json(429, { message: 'slow down' }, { 'retry-after': '0' }), json(200, examplePayoutTarget()));
    await createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch, logger }).payoutTargets.retrieve('01HPR8S7YF43PV3QV16TZDC80P');
    expect(lines).toHaveLength(2);
    expect(lines[0]![0]).toBe('warn');
    expect(lines[0]![1]).toMatch(/^palomma: GET \/payoutTargets\/\{payoutTargetId\} → 429 \(attempt 1, \d+ ms\); retrying$/);
    expect(lines[1]).toEqual(['info', expect.stringMatching(/^palomma: GET \/payoutTargets\/\{payoutTargetId\} → 200 \(attempt 2, \d+ ms\)$/)]);
  });

  it('logs a failed connection at error level', async () => {
    const { lines, logger } = recorder();
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    };
    await expect(createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch, logger }).payoutTargets.retrieve('x')).rejects.toThrow();
    expect(lines).toEqual([['error', expect.stringMatching(/GET \/payoutTargets\/\{payoutTargetId\} → failed: ECONNRESET \(attempt 1/)]]);
  });

  it('filters by logLevel, and writes bodies only at debug', async () => {
    const levels: LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];
    const seen: Record<string, string[]> = {};
    for (const logLevel of levels) {
      const { lines, logger } = recorder();
      const { fetch } = fakeFetch(json(400, { message: 'bad bank' }), json(200, examplePayoutTarget()));
      const palomma = createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch, logger, logLevel });
      await palomma.payoutTargets.create(exampleCreateBody()).catch(() => {});
      await palomma.payoutTargets.create(exampleCreateBody());
      await vi.waitFor(() => expect(logLevel !== 'debug' || lines.length >= 6).toBe(true));
      seen[logLevel] = lines.map(([level]) => level);
      if (logLevel === 'debug') {
        expect(lines.some(([, m]) => m.includes('request body: {"reference":"supplier-0042"'))).toBe(true);
        expect(lines.some(([, m]) => m.includes('response body: {"message":"bad bank"}'))).toBe(true);
      } else {
        expect(lines.every(([, m]) => !m.includes('body'))).toBe(true);
      }
    }
    expect(seen).toEqual({
      off: [],
      error: [],
      warn: ['warn'],
      info: ['warn', 'info'],
      debug: expect.arrayContaining(['warn', 'info', 'debug']),
    });
  });

  it('reads PALOMMA_LOG, logging to console when no logger is given, and refuses a bad level', async () => {
    vi.stubEnv('PALOMMA_LOG', 'info');
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { fetch } = fakeFetch(json(200, examplePayoutTarget()));
    await createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch }).payoutTargets.retrieve('x');
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^palomma: GET \/payoutTargets\/\{payoutTargetId\} → 200/));
    vi.stubEnv('PALOMMA_LOG', 'verbose');
    expect(() => createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch })).toThrow(/PALOMMA_LOG: must be one of off, error, warn, info, debug; got "verbose"/);
    vi.unstubAllEnvs();
    expect(() => createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch, logLevel: 'loud' as never })).toThrow(PalommaConfigError);
    expect(() => createPalommaClient({ token: 'sk_test_logger', baseUrl, fetch, logger: { info() {} } as never })).toThrow(/logger: must be an object with debug, info, warn and error/);
  });

  it('never passes the token to the logger, at any level, even when the server echoes it', async () => {
    const canary = 'sk_canary_7d1f0c9e4b';
    for (const logLevel of ['error', 'warn', 'info', 'debug'] as const) {
      const { lines, logger } = recorder();
      const echo = (request: Request) =>
        json(request.url.endsWith('/fail') ? 401 : 200, { ...examplePayoutTarget(), reference: request.headers.get('authorization') }, { 'x-echo': canary });
      const { fetch } = fakeFetch(echo);
      const palomma = createPalommaClient({ token: canary, baseUrl, fetch, logger, logLevel });
      await palomma.payoutTargets.create({ ...exampleCreateBody(), description: `note ${canary}` });
      await palomma.payoutTargets.retrieve('fail').catch(() => {});
      await palomma.payoutTargets.retrieve('fail', { fetch: async () => Promise.reject(new Error(`refused ${canary}`)) }).catch(() => {});
      await new Promise((r) => setTimeout(r, 20));
      if (logLevel === 'debug') expect(lines.some(([, m]) => m.includes('[redacted]'))).toBe(true);
      for (const [, message] of lines) expect(message).not.toContain(canary);
    }
  });
});
