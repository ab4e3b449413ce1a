// The log masks the token as errors mask it: raw, and in the JSON-escaped form a body echoing it carries.
import { describe, expect, it } from 'vitest';
import { createPalommaClient, type Logger } from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

describe('logger redaction', () => {
  it('masks a token holding " and \\ in a debug body, where JSON escapes it', async () => {
    const token = 'sk_test_"quoted"\\slash';
    const escaped = JSON.stringify(token).slice(1, -1);
    const lines: string[] = [];
    const write = (line: string) => void lines.push(line);
    const logger: Logger = { debug: write, info: write, warn: write, error: write };
    const { fetch } = fakeFetch(json(200, { ...examplePayoutTarget(), description: `echo ${token}` }));
    await createPalommaClient({ token, baseUrl: 'http://127.0.0.1:9/v0', fetch, logger, logLevel: 'debug' }).payoutTargets.create(exampleCreateBody());
    await new Promise((resolve) => setTimeout(resolve, 10)); // the response body is logged once read
    const body = lines.find((line) => line.includes('response body'));
    expect(body, lines.join('\n')).toContain('echo [redacted]');
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(escaped);
    }
  });
});
