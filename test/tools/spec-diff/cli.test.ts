// `npm run spec:diff` end to end, in throwaway git repositories: exit codes for breaking changes with and without a major bump.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/spawn-cli.js';
import { fixtureYaml } from './fixtures/cases.js';

const exec = promisify(execFile);

const script = join(process.cwd(), 'tools/spec-diff/main.mjs');
// As `npm run spec:diff` runs it: through tsx (it imports src/ TypeScript), found from here since cwd is elsewhere.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const packageJson = (version: string) => `${JSON.stringify({ name: 'fixture', version }, null, 2)}\n`;
const scratches: string[] = [];

afterAll(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function git(dir: string, ...args: string[]) {
  const identity = ['-c', 'user.name=Spec Diff Test', '-c', 'user.email=spec-diff@example.com'];
  const unsigned = ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];
  await exec('git', [...identity, ...unsigned, ...args], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** A new repository with one commit holding `files`. */
async function repo(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-spec-diff-'));
  scratches.push(dir);
  await git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  await commit(dir, 'first');
  return dir;
}

async function commit(dir: string, message: string) {
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', message);
}

const specDiff = (cwd: string, ...args: string[]) => runCli(args, { script, cwd, nodeOptions: ['--import', tsx] });

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

// Each test has its own repository, so they run side by side.
describe.concurrent('npm run spec:diff', () => {
  it('fails on a breaking change when the version was not bumped, naming the change', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('request-enum-value-removed', 'base'), 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('request-enum-value-removed', 'head') });
    const result = await specDiff(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('from HEAD'); // uncommitted: compared with the last commit, not HEAD~1
    expect(result.stdout).toMatch(/BREAKING\s+POST \/payoutTargets request body bankAccount\.bank — enum values removed: 'nequi'/);
    expect(result.stderr).toMatch(/0\.1\.0 to 0\.1\.0.*major version \(0\.2\.0/);
    expect(lastLine(result.stdout)).toBe('1 breaking, 0 risk, 0 non-breaking, 0 docs');
  });

  it('passes a breaking change released as a major version (a minor one below 1.0.0), with --spec and --package', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('request-enum-value-removed', 'base'), 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('request-enum-value-removed', 'head'), 'package.json': packageJson('0.2.0') });
    // Run from elsewhere: the files, and the git repository, are the ones --spec and --package point at.
    const result = await specDiff(tmpdir(), '--base', 'HEAD', '--spec', join(dir, 'openapi.yaml'), '--package', join(dir, 'package.json'));
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('0.1.0 to 0.2.0, a major bump') });
    expect(lastLine(result.stdout)).toBe('1 breaking, 0 risk, 0 non-breaking, 0 docs');
  });

  it('passes non-breaking and docs changes without a bump', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('response-field-added', 'base'), 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('response-field-added', 'head') });
    const result = await specDiff(dir, '--base', 'HEAD');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/non-breaking\s+POST \/payoutTargets response 200 body updatedAt/);
    expect(lastLine(result.stdout)).toBe('0 breaking, 0 risk, 1 non-breaking, 0 docs');
  });

  it('compares with the newest v* tag by default', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('docs-only', 'base'), 'package.json': packageJson('0.1.0') });
    await git(dir, 'tag', 'v0.1.0');
    write(dir, { 'openapi.yaml': fixtureYaml('docs-only', 'head') });
    await commit(dir, 'better docs');
    write(dir, { 'notes.txt': 'unrelated\n' });
    await commit(dir, 'unrelated'); // HEAD~1 has the same spec as HEAD: only the tag shows the docs changes
    const result = await specDiff(dir);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('from v0.1.0') });
    expect(lastLine(result.stdout)).toBe('0 breaking, 0 risk, 0 non-breaking, 8 docs');
  });

  it('with nothing uncommitted and no tag, falls back to HEAD~1, and exits 0 saying why when the first commit has none before it', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('path-removed', 'head'), 'package.json': packageJson('0.1.0') });
    const result = await specDiff(dir, '--require-history'); // a first commit has no history to require
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('HEAD~1 goes back past the first commit; nothing to compare') });
  });

  it('fails with exit 2, naming it, on a base ref that does not exist: a mistyped base never passes a breaking change', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('path-removed', 'base'), 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('path-removed', 'head') });
    await commit(dir, 'breaking');
    const result = await specDiff(dir, '--base', 'nosuchref');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('git ref nosuchref does not exist here') });
  });

  it('in a shallow clone cut off before the base, passes with a notice, or fails with exit 2 under --require-history (as CI runs it)', async () => {
    const origin = await repo({ 'openapi.yaml': fixtureYaml('path-removed', 'base'), 'package.json': packageJson('0.1.0') });
    write(origin, { 'openapi.yaml': fixtureYaml('path-removed', 'head') });
    await commit(origin, 'breaking');
    const dir = mkdtempSync(join(tmpdir(), 'palomma-spec-diff-shallow-'));
    scratches.push(dir);
    await git(tmpdir(), 'clone', '-q', '--depth', '1', pathToFileURL(origin).href, dir);
    const [lenient, strict] = await Promise.all([specDiff(dir, '--base', 'HEAD~1'), specDiff(dir, '--base', 'HEAD~1', '--require-history')]);
    expect(lenient).toMatchObject({ code: 0, stdout: expect.stringContaining('shallow clone and its history stops before HEAD~1; nothing to compare') });
    expect(strict).toMatchObject({ code: 2, stderr: expect.stringMatching(/shallow clone .* fetch the history \(git fetch --deepen=1/) });
    // With the history there, the same call sees the breaking change.
    await git(dir, 'fetch', '-q', '--deepen=1');
    await expect(specDiff(dir, '--base', 'HEAD~1', '--require-history')).resolves.toMatchObject({ code: 1, stdout: expect.stringContaining('path removed') });
  });

  it('prints Markdown for a pull request comment and JSON for tools, with the same verdict', async () => {
    const dir = await repo({ 'openapi.yaml': fixtureYaml('operation-id-renamed', 'base'), 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('operation-id-renamed', 'head') });
    const markdown = await specDiff(dir, '--format', 'markdown');
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/^### `openapi\.yaml`: 2 breaking, 0 risk, 0 non-breaking, 0 docs$/m);
    expect(markdown.stdout).toMatch(/^#### Breaking \(2\)$/m);
    expect(markdown.stdout).toContain('| `POST /payoutTargets` | operationId renamed from createPayoutTarget to registerPayoutTarget');
    expect(markdown.stdout).toMatch(/❌ 2 breaking changes/);
    const json = await specDiff(dir, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      base: 'HEAD',
      counts: { breaking: 2, risk: 0, nonBreaking: 0, docs: 0 },
      changes: expect.arrayContaining([{ kind: 'breaking', where: 'GET /payoutTargets', what: expect.stringMatching(/removed/) }]),
      verdict: { ok: false },
    });
    await expect(specDiff(dir, '--format', 'xml')).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be') });
  });

  it('exits 0 and says why when the spec did not exist at the base ref', async () => {
    const dir = await repo({ 'package.json': packageJson('0.1.0') });
    write(dir, { 'openapi.yaml': fixtureYaml('path-removed', 'head') });
    await expect(specDiff(dir, '--base', 'HEAD')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('openapi.yaml does not exist at HEAD') });
  });
});
