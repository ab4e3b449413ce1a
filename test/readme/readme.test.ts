// Runs the README's worked examples (a payout; a payin), as written, against the Prism mock: the README must not lie.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const scratch = mkdtempSync(join(process.cwd(), 'test/readme/.example-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The first ```ts block under the README heading `## <heading>`, written to a file that imports from src/. */
function workedExample(heading: string, name: string, exports = ''): string {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0];
  const code = section && /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code, `a \`\`\`ts block under "## ${heading}" in the README`).toBeTruthy();
  const runnable = code!
    .replace("from 'palomma-openapi'", `from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/client/index.ts')).href)}`)
    .replace('http://127.0.0.1:4010', inject('prismUrl'));
  const file = join(scratch, `${name}.ts`);
  writeFileSync(file, `${runnable}\n${exports}\n`);
  return pathToFileURL(file).href;
}

describe('README worked examples', () => {
  it('a payout: runs against the mock and prints the new payout target', async () => {
    const file = workedExample('Worked example: a payout, end to end', 'payout', 'export { data, error, response };');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = await import(file);
    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/^created 01HPR8S7YF43PV3QV16TZDC80P; send the customer to https:/),
      'payout 01HPRB2M4K9Q7ZT3XWJ5N8D6EV is processing',
      '1 payout request(s) on the first page, more after it',
    ]);
    expect(result.response.status).toBe(200);
    expect(result.error).toBeUndefined();
    log.mockRestore();
  });

  it('a payin, once and recurring: runs against the mock and prints where to send the payer', async () => {
    const file = workedExample('Worked example: receiving money, once and again and again', 'payin');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import(file);
    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/^send the payer to https:\/\/checkout\.example\.com\/payin-links\//),
      expect.stringMatching(/^send the payer to https:\/\/auth\.example\.com\/payin-sources\/\S+ to authorise the debits$/),
      expect.stringMatching(/^payin request \w+ is processing$/),
      'amount must be greater than 1500',
    ]);
    log.mockRestore();
  });
});

describe('README TypeScript examples', () => {
  it('every self-contained ```ts block type-checks against the package as written', () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => /^import /m.test(code));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const files = blocks.map((code, i) => {
      const file = join(scratch, `block${i}.ts`);
      const local = code
        .replace("from 'palomma-openapi/webhooks'", "from '../../../src/webhooks/index.js'")
        .replace("from 'palomma-openapi'", "from '../../../src/client/index.js'");
      writeFileSync(file, `${local}\nexport {};\n`);
      return file;
    });
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: files }),
    );
    const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });
});
