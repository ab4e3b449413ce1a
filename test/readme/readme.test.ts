// Runs the README's worked examples (a payout; a payin), as written, against the Prism mock and against the
// sandbox behind Prism's validating proxy: the README must not lie, and what it sends a real server accepts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import { startSandboxServer, type SandboxServer } from '../../src/node/sandbox/index.js';
import { watchingFetch } from '../helpers/sandbox.js';
import { scratchDir, typeCheckSnippets, withLocalImports } from '../helpers/snippets.js';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const scratch = scratchDir('readme-example');
afterAll(() => scratch.remove());

/**
 * The first ```ts block under the README heading `## <heading>`, written to a file that imports from src/ and
 * talks to `baseUrl` instead of the mock's address.
 */
function workedExample(heading: string, name: string, exports = '', baseUrl = inject('prismUrl')): string {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0];
  const code = section && /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code, `a \`\`\`ts block under "## ${heading}" in the README`).toBeTruthy();
  expect(code).toContain("baseUrl: 'http://127.0.0.1:4010'");
  const runnable = withLocalImports(code!, scratch.dir).replace('http://127.0.0.1:4010', baseUrl);
  const file = join(scratch.dir, `${name}.ts`);
  writeFileSync(file, `${runnable}\n${exports}\n`);
  return pathToFileURL(file).href;
}

/** What the example printed, while it runs. */
async function printed(file: string) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const result = await import(file);
    return { lines: log.mock.calls.map((call) => String(call[0])), result };
  } finally {
    log.mockRestore();
  }
}

describe('README worked examples', () => {
  it('a payout: runs against the mock and prints the new payout target', async () => {
    const { lines, result } = await printed(workedExample('Worked example: a payout, end to end', 'payout', 'export { data, error, response };'));
    expect(lines).toEqual([
      expect.stringMatching(/^created 01HPR8S7YF43PV3QV16TZDC80P; send the customer to https:/),
      'payout 01HPRB2M4K9Q7ZT3XWJ5N8D6EV is processing',
      '1 payout request(s) on the first page, more after it',
    ]);
    expect(result.response.status).toBe(200);
    expect(result.error).toBeUndefined();
  });

  it('a payin, once and recurring: runs against the mock and prints where to send the payer', async () => {
    const { lines } = await printed(workedExample('Worked example: receiving money, once and again and again', 'payin'));
    expect(lines).toEqual([
      expect.stringMatching(/^send the payer to https:\/\/checkout\.example\.com\/payin-links\//),
      expect.stringMatching(/^send the payer to https:\/\/auth\.example\.com\/payin-sources\/\S+ to authorise the debits$/),
      expect.stringMatching(/^payin request \w+ is processing$/),
      'amount must be greater than 1500',
    ]);
  });
});

describe('README worked examples against the sandbox', () => {
  // The examples' own token, so they run unchanged; Prism checks every request and answer against the spec.
  const token = process.env.PALOMMA_TOKEN ?? 'test-token';
  let server: SandboxServer;
  const watch = watchingFetch();
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, controlPort: 0, token });
  });
  afterAll(async () => {
    await server?.close();
  });
  const sandboxClient = () => createPalommaClient({ token, baseUrl: server.url, fetch: watch.fetch, validateResponses: 'throw', maxRetries: 0 });

  it('a payin: the sandbox accepts the link with its computed expiration, and the debit waits for the payer', async () => {
    const { lines } = await printed(workedExample('Worked example: receiving money, once and again and again', 'payin-sandbox', '', server.url));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^send the payer to ${server.controlUrl}/pages/payinLinks/\\w{26}$`)),
      expect.stringMatching(new RegExp(`^send the payer to ${server.controlUrl}/pages/payinSources/\\w{26} to authorise the debits$`)),
      // The source is pending until the payer authorises it, so no payin request yet.
      'amount must be greater than 1500',
    ]);
    const client = sandboxClient();
    const [link] = (await client.payinLinks.list({ reference: 'rent-2024-09-apto302' })).items;
    expect(link).toMatchObject({ status: 'pending', amount: 1_850_000, reference: 'rent-2024-09-apto302' });
    const expiresAt = Date.parse(`${link!.expiration}Z`);
    expect(expiresAt).toBeGreaterThan(Date.now());
    expect(expiresAt).toBeLessThan(Date.now() + 2 * 86_400_000);
    const [source] = (await client.payinSources.list()).items;
    expect(source).toMatchObject({ status: 'pending', reference: 'mandate-0107' });
    expect(watch.violations).toEqual([]);
  });

  it('a payout: the target waits for the customer, so no payout is sent', async () => {
    const { lines, result } = await printed(
      workedExample('Worked example: a payout, end to end', 'payout-sandbox', 'export { data, error, response };', server.url),
    );
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^created \\w{26}; send the customer to ${server.controlUrl}/pages/payoutTargets/\\w{26}$`)),
      '0 payout request(s) on the first page',
    ]);
    expect(result.response.status).toBe(200);
    expect(result.data).toMatchObject({ customerId: expect.any(String), type: 'bankAccount', reference: 'supplier-0042' });
    expect(watch.violations).toEqual([]);
  });
});

describe('README TypeScript examples', () => {
  it('every self-contained ```ts block type-checks against the package as written', async () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => /^import /m.test(code));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(await typeCheckSnippets(blocks, { compilerOptions: { noUnusedLocals: false } })).toBe('');
  }, 120_000); // one tsc run over the sources
});
