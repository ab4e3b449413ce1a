// Packs the package as npm would publish it (the prepack script builds dist/ first) and returns the tarball's path.
// With PALOMMA_DIST_BUILT=1 (set by `npm test`, which builds dist/ once for every check) it packs dist/ as it is.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';

// Two packs at once (two test files) would each rebuild dist/ under the other: one pack at a time per checkout. A
// pack that had to wait reuses the dist/ the one before it has just built, instead of building it again.
const lockFile = join(rootDir, 'node_modules', '.palomma-pack.lock');

function withPackLock(work) {
  const deadline = Date.now() + 300_000;
  let waited = false;
  for (;;) {
    try {
      closeSync(openSync(lockFile, 'wx'));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than any build is left by a process that died holding it.
      const age = Date.now() - (statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) throw new Error(`packTarball: another pack held ${lockFile} for 5 minutes`);
      else {
        waited = true;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      }
    }
  }
  try {
    return work(waited);
  } finally {
    rmSync(lockFile, { force: true });
  }
}

export function packTarball(destination) {
  const out = withPackLock((justBuilt) =>
    execFileSync('npm', ['pack', '--json', ...(process.env.PALOMMA_DIST_BUILT === '1' || justBuilt ? ['--ignore-scripts'] : []), '--pack-destination', destination], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: join(destination, info.filename), files: info.files.map((f) => f.path), size: info.size };
}
