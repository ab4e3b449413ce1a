#!/usr/bin/env node
// npm test: the static checks beside the vitest suites, each check one line (with its output when it fails), ending with "N passed, N failed" for checks and tests together.
// First dist/ is built and packed, once, for everything after it; then the other checks run beside vitest.
// `--busy <n>` runs n CPU-bound loops beside it; `--shuffle [seed]` runs vitest's files and tests in a shuffled order
// (npm run test:stress does both): how to find tests that depend on time or order. `--timings` ends with the slowest
// test files: where the time goes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../codegen/spec-file.mjs';
import { parseCommandLine } from '../src/node/cli/args.js';
import { packCommand, readPackOutput, sharedTarballVariable } from './lib/pack.mjs';
import { slowestFiles } from './lib/test-timings.mjs';

const { values, fail } = parseCommandLine(
  process.argv.slice(2).map((arg, i, all) => (arg === '--shuffle' && !/^\d+$/.test(all[i + 1] ?? '') ? '--shuffle=random' : arg)),
  'npm test',
  `Usage: npm test [-- --busy <n>] [-- --shuffle [seed]] [-- --timings]

  --busy <n>         keep n CPU cores busy beside the run (loops stopped when it ends)
  --shuffle [seed]   run the test files and the tests in each in a shuffled order (a random seed unless given)
  --timings          end with the 15 slowest test files and their share of the time`,
  { busy: { type: 'string', default: '0' }, shuffle: { type: 'string' }, timings: { type: 'boolean', default: false } },
);
if (!/^\d+$/.test(values.busy) || Number(values.busy) > 16) fail(`--busy must be a number of loops from 0 to 16, not ${JSON.stringify(values.busy)}`);
const shuffleSeed = values.shuffle === undefined ? undefined : values.shuffle === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(values.shuffle);
if (shuffleSeed !== undefined && !Number.isSafeInteger(shuffleSeed)) fail(`--shuffle takes a whole number seed, not ${JSON.stringify(values.shuffle)}`);

// Checks that import the TypeScript under src/ (the generator, the tools) run through tsx; the others (lint, the
// build, the package and version checks) are plain JavaScript and skip its second of loading.
const node = (script, ...args) => [process.execPath, '--import', 'tsx', join(rootDir, script), ...args];
const plain = (script, ...args) => [process.execPath, join(rootDir, script), ...args];
const bin = (name, ...args) => [join(rootDir, 'node_modules/.bin', name), ...args];

// dist/ is built first, once, for everything after it, then packed once (that build's `npm pack`, the tarball handed
// to check:package and the package tests in PALOMMA_PACKED: scripts/lib/pack.mjs); the checks below run beside
// vitest, on that build. On these CPU-bound machines the wall time is the CPU time shared out: the build and the pack
// alone in front keep vitest from waiting on checks that need nothing from it. (check:generated is not among them:
// test/codegen/check-generated.test.ts runs it, and shows it can fail. Nor is `tsc -p .`: vitest's typecheck
// compiles that same program with the type tests in it (test/types/tsconfig.json), and fails the run on an error
// anywhere in it, so one tsc run checks both.)
const besideVitest = {
  lint: plain('scripts/lint.mjs'),
  'typecheck:browser': bin('tsc', '-p', 'tsconfig.browser.json'),
  'check:version': plain('tools/spec-diff/check-version.mjs'),
  'check:package': plain('scripts/check-package.mjs'),
  'check:api': node('scripts/api-report.mjs', '--check', '--no-build'),
};
// vitest prints this on every run with type tests on; it says nothing about this project.
const noise = /Testing types with tsc and vue-tsc is an experimental feature|Breaking changes might not follow SemVer, please pin Vitest's version/;

// Busy loops, each its own process at normal priority, as another user's work would be. Each ends by itself when
// this process is gone, however it went (its parent changes), so none is ever left spinning.
const busyLoop = 'const parent = process.ppid; for (let i = 0; ; i++) if (i % 1e7 === 0 && process.ppid !== parent) process.exit();';
const hogs = Array.from({ length: Number(values.busy) }, () => spawn(process.execPath, ['-e', busyLoop], { stdio: 'ignore' }));
process.on('exit', () => hogs.forEach((hog) => hog.kill('SIGKILL')));

const scratch = mkdtempSync(join(tmpdir(), 'palomma-test-'));
const summaryFile = join(scratch, 'summary.json');
const env = { ...process.env, PALOMMA_DIST_BUILT: '1', PALOMMA_TEST_SUMMARY: summaryFile, REDOCLY_TELEMETRY: 'off' };
delete env[sharedTarballVariable]; // set below, to this run's own tarball
const results = [];
const children = new Set();

function run([command, ...args], { onLine } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    let stdout = ''; // kept apart for a check that prints a result (the pack's JSON); vitest's is streamed instead
    let partial = '';
    if (!onLine) child.stdout.on('data', (chunk) => (stdout += chunk));
    const collect = (chunk) => {
      if (!onLine) return void (output += chunk);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code, signal) => {
      children.delete(child);
      if (partial) onLine?.(partial);
      resolve({ ok: code === 0, code: code ?? signal, output, stdout });
    });
  });
}

async function check(name, command) {
  const started = performance.now();
  const result = await run(command);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: result.ok });
  if (result.ok) console.log(`✔ ${name} (${seconds} s)`);
  else console.log(`\n✖ ${name} failed (exit code ${result.code}, ${seconds} s):\n${result.output.trimEnd()}\n`);
  return result;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
    for (const hog of hogs) hog.kill('SIGKILL');
    process.exitCode = 1;
  });
}

const stressed = [hogs.length ? `${hogs.length} busy loop${hogs.length === 1 ? '' : 's'} beside it` : '', shuffleSeed === undefined ? '' : `shuffled with seed ${shuffleSeed}`].filter(Boolean);
if (stressed.length) console.log(`(${stressed.join(', ')}: npm test -- --busy ${hogs.length} --shuffle ${shuffleSeed ?? ''} runs it again)`.replace(' --shuffle )', ')'));

try {
  const started = performance.now();
  await check('build', plain('scripts/build.mjs'));
  // The tarball is only read after this (npm install extracts it elsewhere), so all its users share the one file. If
  // the pack failed, they fail saying so, rather than each packing again.
  const pack = await check('pack', packCommand(scratch, { built: true }));
  env[sharedTarballVariable] = JSON.stringify(pack.ok ? readPackOutput(pack.stdout, scratch) : { error: "npm test's pack failed (its output is above)" });
  const order = shuffleSeed === undefined ? [] : ['--sequence.shuffle', `--sequence.seed=${shuffleSeed}`];
  const vitest = run(bin('vitest', 'run', ...order), { onLine: (line) => noise.test(line) || console.log(line) });
  await Promise.all(Object.entries(besideVitest).map(([name, command]) => check(name, command)));
  const tests = await vitest;
  let counts;
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0, files: [] }; // vitest ended without a summary: it crashed
  }
  if (values.timings) console.log(`\n${slowestFiles(counts.files, 15).join('\n')}`);
  const failedChecks = results.filter((r) => !r.ok).map((r) => r.name);
  const passed = counts.passed + results.length - failedChecks.length;
  const failed = counts.failed + failedChecks.length;
  if (failedChecks.length) console.log(`\n✖ failed checks: ${failedChecks.join(', ')} (their output is above)`);
  console.log(`(${results.length} checks and the vitest suites in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`\n${passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exitCode = failed || !tests.ok ? 1 : 0;
} finally {
  for (const hog of hogs) hog.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
}
