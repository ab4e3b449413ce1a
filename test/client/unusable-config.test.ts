// Options that cannot work (a token no header can carry, a secret key in a browser) are refused at construction, with a
// PalommaConfigError that never quotes the token, and nothing reaches the (local) server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaConfigError } from '../../src/client/index.js';
import { canary, expectNoCanary, startHostileServer, type HostileServer } from '../helpers/hostile-server.js';
import { examplePayoutTarget } from '../helpers/spec.js';

let server: HostileServer;
beforeAll(async () => {
  const body = JSON.stringify(examplePayoutTarget());
  server = await startHostileServer(() => ({ status: 200, headers: [['content-type', 'application/json'], ['content-length', String(body.length)]], body }));
});
afterAll(() => server.close());

const refusal = (options: Parameters<typeof createPalommaClient>[0]) => {
  try {
    createPalommaClient(options);
  } catch (error) {
    return error;
  }
  return expect.unreachable('expected a PalommaConfigError');
};

describe('tokens an Authorization header cannot carry', () => {
  it.each([
    ['a CR', `${canary}\r`, /line break/],
    ['an LF', `${canary}\nX-Injected: 1`, /line break/],
    ['a NUL', `${canary}\u0000`, /NUL/],
    ['an escape', `${canary}\u001b`, /control character/],
    ['a character past Latin-1', `${canary}€`, /outside Latin-1/],
    ['an emoji', `🔑${canary}`, /outside Latin-1/],
    ['trailing whitespace', `${canary} `, /whitespace/],
  ])('%s is refused at construction, without quoting the token', async (_what, token, reason) => {
    const before = server.hits; // the server is shared with the test that sends a good token
    const error = refusal({ token, baseUrl: server.url });
    expect(error).toBeInstanceOf(PalommaConfigError);
    expect((error as Error).message).toMatch(/^token: /);
    expect((error as Error).message).toMatch(reason);
    expectNoCanary(error);
    expect(server.hits).toBe(before);
  });

  it('printable Latin-1 is accepted and sent', async () => {
    const palomma = createPalommaClient({ token: `${canary}-ñé`, baseUrl: server.url });
    await expect(palomma.payoutTargets.retrieve('pt_1')).resolves.toEqual(examplePayoutTarget());
  });
});

describe('a secret key in a browser', () => {
  const globals = globalThis as { window?: unknown; document?: unknown };
  const inBrowser = <T>(run: () => T): T => {
    globals.window = globalThis;
    globals.document = {};
    try {
      return run();
    } finally {
      delete globals.window;
      delete globals.document;
    }
  };

  it('is refused where window and document exist, saying why and how to opt in', () => {
    const error = inBrowser(() => refusal({ token: canary, baseUrl: server.url }));
    expect(error).toBeInstanceOf(PalommaConfigError);
    expect((error as Error).message).toMatch(/^dangerouslyAllowBrowser: .*move money.*dangerouslyAllowBrowser: true/);
    expectNoCanary(error);
  });

  it('is allowed with dangerouslyAllowBrowser: true, and outside browsers (window alone is not a browser)', () => {
    expect(inBrowser(() => createPalommaClient({ token: canary, baseUrl: server.url, dangerouslyAllowBrowser: true }))).toBeDefined();
    globals.window = globalThis;
    try {
      expect(createPalommaClient({ token: canary, baseUrl: server.url })).toBeDefined();
    } finally {
      delete globals.window;
    }
  });
});
