// The drift check: passes on the committed generated/, fails on a copy that no longer matches the spec.
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

async function check(dir?: string, readme?: string) {
  const args = [...(dir ? ['--generated', dir] : []), ...(readme ? ['--readme', readme] : [])];
  const { code, stdout, stderr } = await runCli(args, { script, nodeOptions: ['--import', 'tsx'] });
  return { code, output: code === 0 ? stdout : stderr };
}

afterEach(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run check:generated', () => {
  it('passes on the committed generated/', async () => {
    await expect(check()).resolves.toMatchObject({ code: 0, output: expect.stringContaining('matches openapi.yaml') });
  });

  // One run for the three ways to drift (each run regenerates everything, so they share it): the message names each.
  it('fails, naming each: a generated file edited by hand, a stray file, a README method table out of date', async () => {
    const dir = copyOfGenerated();
    appendFileSync(join(dir, 'schema.ts'), '\nexport type Edited = true;\n');
    writeFileSync(join(dir, 'stale.ts'), 'export {};\n');
    const outside = mkdtempSync(join(tmpdir(), 'palomma-readme-'));
    scratches.push(outside);
    const readme = join(outside, 'README.md');
    writeFileSync(readme, readFileSync(join(process.cwd(), 'README.md'), 'utf8').replace(/\| `palomma\.customers` \|[^\n]*\n/, ''));
    const { code, output } = await check(dir, readme);
    expect(code).toBe(1);
    for (const named of ['schema.ts', 'stale.ts', 'the method table in README.md']) expect(output).toContain(named);
    expect(output).not.toMatch(/resources\.ts|types\.ts,/);
  });
});
