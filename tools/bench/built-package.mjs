// The per-call sections measure the client a user installs: the built dist/, imported by name from a plain `node`
// process. This module builds dist/ from the current source (once per bench run) and runs those processes.
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rootDir } from '../../codegen/spec-file.mjs';

let built = false;

/** Builds dist/ as `npm run build` does, once per bench run, so the figures are those of the source as it is. */
export function ensureBuilt() {
  if (built) return;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.mjs'], { cwd: rootDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run build failed; the per-call figures need dist/\n${run.stdout}${run.stderr}`);
  console.log(`\n(dist/ built from the current source for the per-call figures, ${Math.round(performance.now() - started)} ms)`);
  built = true;
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
