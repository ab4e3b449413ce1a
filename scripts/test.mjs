#!/usr/bin/env node
// npm test: the static checks beside the vitest suites, each check one line (with its output when it fails), ending with "N passed, N failed" for checks and tests together.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../codegen/spec-file.mjs';

// The checks run through tsx: the generator and tools import the TypeScript under src/.
const node = (script, ...args) => [process.execPath, '--import', 'tsx', join(rootDir, script), ...args];
const bin = (name, ...args) => [join(rootDir, 'node_modules/.bin', name), ...args];

// Phase 1 checks need nothing built; dist/ is built once beside them for everything after. (check:generated is not
// among them: test/codegen/check-generated.test.ts runs it, and shows it can fail.)
const phase1 = {
  lint: node('scripts/lint.mjs'),
  typecheck: bin('tsc', '-p', '.'),
  'typecheck:browser': bin('tsc', '-p', 'tsconfig.browser.json'),
  'check:version': node('tools/spec-diff/check-version.mjs'),
  build: node('scripts/build.mjs'),
};
// Phase 2 runs beside vitest, on that build.
const phase2 = {
  'check:package': node('scripts/check-package.mjs'),
  'check:api': node('scripts/api-report.mjs', '--check', '--no-build'),
};
// vitest prints this on every run with type tests on; it says nothing about this project.
const noise = /Testing types with tsc and vue-tsc is an experimental feature|Breaking changes might not follow SemVer, please pin Vitest's version/;

const scratch = mkdtempSync(join(tmpdir(), 'palomma-test-'));
const summaryFile = join(scratch, 'summary.json');
const env = { ...process.env, PALOMMA_DIST_BUILT: '1', PALOMMA_TEST_SUMMARY: summaryFile, REDOCLY_TELEMETRY: 'off' };
const results = [];
const children = new Set();

function run([command, ...args], { onLine } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    let partial = '';
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
      resolve({ ok: code === 0, code: code ?? signal, output });
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
  return result.ok;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
    process.exitCode = 1;
  });
}

try {
  const started = performance.now();
  await Promise.all(Object.entries(phase1).map(([name, command]) => check(name, command)));
  const vitest = run(bin('vitest', 'run'), { onLine: (line) => noise.test(line) || console.log(line) });
  await Promise.all(Object.entries(phase2).map(([name, command]) => check(name, command)));
  const tests = await vitest;
  let counts;
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 }; // vitest ended without a summary: it crashed
  }
  const failedChecks = results.filter((r) => !r.ok).map((r) => r.name);
  const passed = counts.passed + results.length - failedChecks.length;
  const failed = counts.failed + failedChecks.length;
  if (failedChecks.length) console.log(`\n✖ failed checks: ${failedChecks.join(', ')} (their output is above)`);
  console.log(`(${results.length} checks and the vitest suites in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`\n${passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exitCode = failed || !tests.ok ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
