// The drift check: passes on the committed generated/, fails on a copy that no longer matches the spec.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = join(process.cwd(), 'scripts/check-generated.mjs');
const scratches: string[] = [];

function copyOfGenerated() {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-drift-'));
  scratches.push(dir);
  cpSync(join(process.cwd(), 'generated'), dir, { recursive: true });
  return dir;
}

async function check(dir?: string, readme?: string) {
  return run(process.execPath, [script, ...(dir ? ['--generated', dir] : []), ...(readme ? ['--readme', readme] : [])]).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
  );
}

afterEach(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run check:generated', () => {
  it('passes on the committed generated/', async () => {
    await expect(check()).resolves.toMatchObject({ code: 0, output: expect.stringContaining('matches openapi.yaml') });
  });

  it('fails, naming the file, when a generated file was edited by hand', async () => {
    const dir = copyOfGenerated();
    appendFileSync(join(dir, 'schema.ts'), '\nexport type Edited = true;\n');
    await expect(check(dir)).resolves.toMatchObject({ code: 1, output: expect.stringContaining('schema.ts') });
  });

  it('fails when the README method table no longer matches the spec', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'palomma-readme-'));
    scratches.push(outside);
    const copy = join(outside, 'README.md');
    writeFileSync(copy, readFileSync(join(process.cwd(), 'README.md'), 'utf8').replace(/\| `palomma\.customers` \|[^\n]*\n/, ''));
    await expect(check(undefined, copy)).resolves.toMatchObject({ code: 1, output: expect.stringContaining('the method table in README.md') });
  });

  it('fails when a stray file sits in generated/', async () => {
    const dir = copyOfGenerated();
    writeFileSync(join(dir, 'stale.ts'), 'export {};\n');
    await expect(check(dir)).resolves.toMatchObject({ code: 1, output: expect.stringContaining('stale.ts') });
  });
});
