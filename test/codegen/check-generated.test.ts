// The drift check: passes on the committed generated/ and type tests, fails on copies that no longer match the spec.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/spawn-cli.js';

const script = join(process.cwd(), 'codegen/check-generated.mjs');
const scratches: string[] = [];

function copyOfGenerated() {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-drift-'));
  scratches.push(dir);
  cpSync(join(process.cwd(), 'generated'), dir, { recursive: true });
  return dir;
}

async function check(dir?: string, { readme, typeTests }: { readme?: string; typeTests?: string } = {}) {
  const args = [...(dir ? ['--generated', dir] : []), ...(readme ? ['--readme', readme] : []), ...(typeTests ? ['--type-tests', typeTests] : [])];
  const { code, stdout, stderr } = await runCli(args, { script, nodeOptions: ['--import', 'tsx'] });
  return { code, output: code === 0 ? stdout : stderr };
}

afterEach(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run check:generated', () => {
  it('passes on the committed generated/', async () => {
    await expect(check()).resolves.toMatchObject({ code: 0, output: expect.stringContaining('matches openapi.yaml') });
  }, 60_000); // a whole generation, as below

  // One run for every way to drift (each run regenerates everything, so they share it): the message names each.
  it('fails, naming each: generated files edited by hand, stray files, type tests and a README method table out of date', async () => {
    const dir = copyOfGenerated();
    appendFileSync(join(dir, 'schema.ts'), '\nexport type Edited = true;\n');
    appendFileSync(join(dir, 'validators/Customer.js'), '\n// edited\n');
    writeFileSync(join(dir, 'stale.ts'), 'export {};\n');
    writeFileSync(join(dir, 'validators/Stale.js'), 'export {};\n');
    const outside = mkdtempSync(join(tmpdir(), 'palomma-readme-'));
    scratches.push(outside);
    const readme = join(outside, 'README.md');
    writeFileSync(readme, readFileSync(join(process.cwd(), 'README.md'), 'utf8').replace(/\| `palomma\.customers` \|[^\n]*\n/, ''));
    const typeTests = join(outside, 'methods.generated.test-d.ts');
    writeFileSync(typeTests, `${readFileSync(join(process.cwd(), 'test/types/methods.generated.test-d.ts'), 'utf8')}\n// edited\n`);
    const { code, output } = await check(dir, { readme, typeTests });
    expect(code).toBe(1);
    const named = ['schema.ts', 'validators/Customer.js', 'stale.ts', 'validators/Stale.js', 'the generated type tests', 'the method table in README.md'];
    for (const name of named) expect(output).toContain(name);
    expect(output).not.toMatch(/resources\.ts|types\.ts,/);
  }, 60_000); // a whole generation in a tsx process, at the low CPU share the rest of the suite leaves
});
