// The package as npm publishes and installs it, for the size section: a tarball's packed and unpacked bytes and
// its file count as `npm pack` reports them, and the wall time of `npm install` of it into an empty project.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';
import { median } from './measure.mjs';

/**
 * `npm pack` into `destination`: of this repository as it would be published (its prepack script builds dist/
 * first) when `spec` is left out, else of a registry package such as `openapi-fetch@0.17.0` (from npm's cache).
 */
export function pack(destination, spec) {
  const args = ['pack', ...(spec ? [spec, '--prefer-offline'] : []), '--json', '--pack-destination', destination];
  const out = execFileSync('npm', args, { cwd: spec ? destination : rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: join(destination, info.filename), packed: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}

/** Bytes of every file under `dir`, as a disk-usage count of the installed tree would see them (apparent size). */
function treeBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += treeBytes(path);
    else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

/** One `npm install <spec>` into a fresh empty project: its wall time and the node_modules it leaves. */
function installOnce(spec) {
  const project = mkdtempSync(join(tmpdir(), 'palomma-bench-install-'));
  try {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    const started = performance.now();
    // From npm's cache where it can (the runtime dependencies were fetched by `npm ci`): the network's noise would
    // swamp the difference being measured.
    const { status, stderr } = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', spec], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`npm install ${spec} exited ${status}:\n${stderr}`);
    return { seconds, bytes: treeBytes(join(project, 'node_modules')) };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/**
 * Median install time of each of `specs` (two: the package and its baseline), each into an empty project, in ABBA
 * order over `rounds` rounds so that a machine getting busier or quieter weighs on both alike, and the bytes of the
 * node_modules each leaves (dependencies included).
 */
export function installTimes([a, b], rounds = 4) {
  const seconds = new Map([[a, []], [b, []]]);
  const bytes = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const spec of [a, b, b, a]) {
      const run = installOnce(spec);
      seconds.get(spec).push(run.seconds);
      bytes.set(spec, run.bytes);
    }
  }
  return [a, b].map((spec) => ({ seconds: median(seconds.get(spec)), runs: seconds.get(spec).length, bytes: bytes.get(spec) }));
}
