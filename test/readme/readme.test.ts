// Runs the README's worked example, as written, against the Prism mock: the README must not lie.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const scratch = mkdtempSync(join(process.cwd(), 'test/readme/.example-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README worked example', () => {
  it('runs against the mock and prints the new payout target', async () => {
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code, 'a ```ts block in the README').toBeDefined();
    const runnable = code!
      .replace("from 'palomma-openapi'", `from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/index.ts')).href)}`)
      .replace('http://127.0.0.1:4010', inject('prismUrl'));
    const file = join(scratch, 'example.ts');
    writeFileSync(file, `${runnable}\nexport { data, error, response };\n`);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = await import(pathToFileURL(file).href);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^created 01HPR8S7YF43PV3QV16TZDC80P; send the customer to https:/));
    expect(result.response.status).toBe(200);
    expect(result.error).toBeUndefined();
    log.mockRestore();
  });
});
