// The one rule for the packed package: with PALOMMA_PACKED set (npm test packed once for the whole run) every user
// gets that tarball and npm is not run; without it each packs for itself. A stand-in `npm`, first on PATH, records
// every call: a pack that should not happen is seen, and one that should is seen with its arguments.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packCommand, packedTarball, readPackOutput, sharedTarballVariable } from '../../../scripts/lib/pack.mjs';

const run = promisify(execFile);
const repo = process.cwd();
let scratch: string;
let calls: string;
let fakeBin: string;
let tarball: string;
const shared = () => ({ tarball, files: ['package.json', 'dist/index.js'], size: 5, unpackedSize: 9 });
// What `npm pack --json` prints, after a line of the kind the prepack build prints first.
const npmPrints = `built dist/ [31 files]\n${JSON.stringify([{ filename: 'palomma-openapi-9.9.9.tgz', files: [{ path: 'package.json' }, { path: 'dist/index.js' }], size: 11, unpackedSize: 22 }], null, 2)}\n`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'palomma-pack-test-'));
  calls = join(scratch, 'npm-calls.txt');
  fakeBin = join(scratch, 'bin');
  tarball = join(scratch, 'shared.tgz');
  writeFileSync(tarball, '12345');
  writeFileSync(join(scratch, 'npm-prints.txt'), npmPrints);
  mkdirSync(fakeBin);
  writeFileSync(join(fakeBin, 'npm'), `#!/bin/sh\necho "$PWD|$*" >> '${calls}'\ncat '${join(scratch, 'npm-prints.txt')}'\n`);
  chmodSync(join(fakeBin, 'npm'), 0o755);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** packedTarball(destination) in a Node of its own, the stand-in npm first on its PATH: what it returned, npm's calls. */
async function packedInChild(destination: string, variable: string | undefined) {
  rmSync(calls, { force: true });
  const module = pathToFileURL(join(repo, 'scripts/lib/pack.mjs')).href;
  const script = `const { packedTarball } = await import(${JSON.stringify(module)}); console.log(JSON.stringify(packedTarball(${JSON.stringify(destination)})));`;
  const env: Record<string, string | undefined> = { ...process.env, PATH: `${fakeBin}${delimiter}${process.env.PATH}`, PALOMMA_DIST_BUILT: '1' };
  if (variable === undefined) delete env[sharedTarballVariable];
  else env[sharedTarballVariable] = variable;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env });
  let npmCalls: string[] = [];
  try {
    npmCalls = readFileSync(calls, 'utf8').trim().split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { returned: JSON.parse(stdout), npmCalls };
}

describe('packedTarball', () => {
  it('with PALOMMA_PACKED set, returns the shared tarball and runs no npm', async () => {
    const { returned, npmCalls } = await packedInChild(join(scratch, 'unused'), JSON.stringify(shared()));
    expect(returned).toEqual(shared());
    expect(npmCalls).toEqual([]);
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('with PALOMMA_PACKED %s, packs into the destination itself, once, in the repository', async (_state, variable) => {
    const destination = join(scratch, 'own');
    const { returned, npmCalls } = await packedInChild(destination, variable);
    expect(returned).toEqual({ tarball: join(destination, 'palomma-openapi-9.9.9.tgz'), files: ['package.json', 'dist/index.js'], size: 11, unpackedSize: 22 });
    expect(npmCalls).toEqual([`${repo.replace(/\/$/, '')}|pack --json --ignore-scripts --pack-destination ${destination}`]);
  });

  it.each([
    ['not JSON', () => '{tarball', /^PALOMMA_PACKED is not JSON/],
    ['npm test saying its pack failed', () => JSON.stringify({ error: "npm test's pack failed (its output is above)" }), /^PALOMMA_PACKED: npm test's pack failed \(its output is above\)$/],
    ['without the file list', () => JSON.stringify({ tarball, size: 5, unpackedSize: 9 }), /^PALOMMA_PACKED must hold \{ tarball, files, size, unpackedSize \}/],
    ['naming a tarball that is gone', () => JSON.stringify({ ...shared(), tarball: join(scratch, 'gone.tgz') }), /^PALOMMA_PACKED names .*gone\.tgz, which cannot be read \(ENOENT\)/],
    ['whose tarball is not the size npm packed', () => JSON.stringify({ ...shared(), size: 6 }), /^PALOMMA_PACKED's tarball .*shared\.tgz is 5 bytes, not the 6 npm packed: something wrote to it$/],
  ])('refuses a PALOMMA_PACKED %s, saying why, rather than packing', (_case, value, reason) => {
    expect(() => packedTarball(join(scratch, 'unused'), { env: { [sharedTarballVariable]: value() } })).toThrow(reason);
  });
});

describe('packCommand and readPackOutput', () => {
  it('skips the prepack build only when dist/ is built already', () => {
    expect(packCommand('/d', { built: true })).toEqual(['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', '/d']);
    expect(packCommand('/d', { built: false })).toEqual(['npm', 'pack', '--json', '--pack-destination', '/d']);
  });

  it("reads npm's JSON after whatever the build printed before it", () => {
    expect(readPackOutput(npmPrints, '/d')).toEqual({ tarball: join('/d', 'palomma-openapi-9.9.9.tgz'), files: ['package.json', 'dist/index.js'], size: 11, unpackedSize: 22 });
  });
});
