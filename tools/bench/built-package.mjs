// The per-call sections measure the client a user installs: the built dist/, imported by name from a plain `node`
// process. This module keeps dist/ current (rebuilt when older than what it is built from) and runs those processes.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rootDir } from '../../codegen/spec-file.mjs';

const builtFrom = ['src', 'generated', 'package.json', 'tsconfig.build.json', 'scripts/build.mjs'];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Builds dist/ (`npm run build`) unless it is newer than every file it is built from. */
export function ensureBuilt() {
  const entry = join(rootDir, 'dist/index.js');
  const sourcesChanged = Math.max(...builtFrom.map((path) => newestChange(join(rootDir, path))));
  if (existsSync(entry) && statSync(entry).mtimeMs > sourcesChanged) return;
  console.log('\n(dist/ is missing or older than its sources: building it first, as `npm run build` does)');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.mjs'], { cwd: rootDir, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed; the per-call figures need dist/');
}

const program = fileURLToPath(new URL('./per-call-process.mjs', import.meta.url));

/**
 * Runs one job of per-call-process.mjs in plain `node` (no tsx, no NODE_OPTIONS loaders), from the repository
 * root so `palomma-openapi` resolves to this package's dist/; resolves to the job's result.
 */
export function runPerCallJob(job, { timeoutMs = 300_000 } = {}) {
  const { NODE_OPTIONS: _loaders, ...env } = process.env;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [program, JSON.stringify(job)], { cwd: rootDir, env, timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`per-call job ${job.kind} failed: ${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
    });
  });
}
