// The runtimes the packed package is tested on (test/package/runtimes.test.ts): the Node running the tests, and
// Node 22, Node 24, Bun and Deno from their npm packages, pinned in scripts/test-runtimes/package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';

export const runtimesDir = join(rootDir, 'scripts/test-runtimes');
const installed = (...path) => join(runtimesDir, 'node_modules', ...path);

/**
 * Each runtime: its name, the npm package (an alias for the Node ones) it comes from, the binary that package
 * installs, and how to run a script with it: Bun without auto-installing, Deno from what is on disk only (so
 * neither downloads anything at run time) and with its permissions given up front.
 */
export const testRuntimes = [
  { name: 'Node', binary: process.execPath, script: (file) => [file] },
  { name: 'Node', package: 'node22', binary: installed('node22/bin/node'), script: (file) => [file] },
  { name: 'Node', package: 'node24', binary: installed('node24/bin/node'), script: (file) => [file] },
  { name: 'Bun', package: 'bun', binary: installed('bun/bin/bun.exe'), script: (file) => ['run', '--no-install', file] },
  { name: 'Deno', package: 'deno', binary: installed('deno/deno'), script: (file) => ['run', '--cached-only', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', file] },
];

/** The version each runtime package is pinned to, from scripts/test-runtimes/package.json. */
export function pinnedVersions() {
  const { devDependencies } = JSON.parse(readFileSync(join(runtimesDir, 'package.json'), 'utf8'));
  return Object.fromEntries(Object.entries(devDependencies).map(([name, spec]) => [name, spec.replace(/^npm:[^@]+@/, '')]));
}

/** The runtime packages missing, or installed at another version than pinned. */
export function staleRuntimes() {
  const pinned = pinnedVersions();
  return testRuntimes
    .filter((runtime) => runtime.package)
    .filter((runtime) => {
      const manifest = installed(runtime.package, 'package.json');
      return !existsSync(runtime.binary) || !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== pinned[runtime.package];
    })
    .map((runtime) => runtime.package);
}

/** Installs the pinned runtimes (`npm ci` in scripts/test-runtimes) when any is missing or stale. */
export function ensureRuntimes() {
  const stale = staleRuntimes();
  if (stale.length === 0) return true;
  console.log(`Installing the test runtimes from npm (${stale.join(', ')} missing or not the pinned version)…`);
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: runtimesDir, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    console.error(`Could not install the test runtimes (npm ci in scripts/test-runtimes: ${error.message}).`);
    return false;
  }
  return staleRuntimes().length === 0;
}
