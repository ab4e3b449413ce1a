// The drift check: passes on the committed generated/, fails on a copy that no longer matches the spec.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = join(process.cwd(), 'codegen/check-generated.mjs');
const scratches: string[] = [];

function copyOfGenerated() {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-drift-'));
  scratches.push(dir);
  cpSync(join(process.cwd(), 'generated'), dir, { recursive: true });
  return dir;
}

async function check(dir?: string, readme?: string) {
  return run(process.execPath, ['--import', 'tsx', script, ...(dir ? ['--generated', dir] : []), ...(readme ? ['--readme', readme] : [])]).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
  );
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
