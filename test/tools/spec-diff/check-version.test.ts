// `npm run check:version`: passes when info.version and package.json's version agree, fails naming both when not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/spawn-cli.js';

const script = join(process.cwd(), 'tools/spec-diff/check-version.mjs');
const scratches: string[] = [];

afterAll(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copies(specVersion: string, packageVersion: string) {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-version-'));
  scratches.push(dir);
  const spec = join(dir, 'openapi.yaml');
  const pkg = join(dir, 'package.json');
  writeFileSync(spec, `openapi: 3.1.0\ninfo:\n  title: Fixture\n  version: ${specVersion}\npaths: {}\n`);
  writeFileSync(pkg, `${JSON.stringify({ name: 'fixture', version: packageVersion }, null, 2)}\n`);
  return ['--spec', spec, '--package', pkg];
}

async function check(args: string[] = []) {
  const { code, stdout, stderr } = await runCli(args, { script, nodeOptions: ['--import', 'tsx'] });
  return { code, output: code === 0 ? stdout : stderr };
}

describe.concurrent('npm run check:version', () => {
  it('passes on the committed openapi.yaml and package.json', async () => {
    await expect(check()).resolves.toMatchObject({ code: 0, output: expect.stringContaining('versions match') });
  });

  it('passes when both say the same version', async () => {
    await expect(check(copies('0.3.0', '0.3.0'))).resolves.toMatchObject({ code: 0, output: expect.stringContaining('both 0.3.0') });
  });

  it('fails, naming both versions, when they differ', async () => {
    const result = await check(copies('0.3.0', '0.4.0'));
    expect(result.code).toBe(1);
    expect(result.output).toContain('info.version in openapi.yaml is 0.3.0');
    expect(result.output).toContain('version in package.json is 0.4.0');
  });
});
