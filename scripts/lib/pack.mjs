// Packs the package as npm would publish it (the prepack script builds dist/ first) and returns the tarball's path.
// With PALOMMA_DIST_BUILT=1 (set by `npm test`, which builds dist/ once for every check) it packs dist/ as it is.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';

export function packTarball(destination) {
  const reuse = process.env.PALOMMA_DIST_BUILT === '1' ? ['--ignore-scripts'] : [];
  const out = execFileSync('npm', ['pack', '--json', ...reuse, '--pack-destination', destination], {
    cwd: rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: join(destination, info.filename), files: info.files.map((f) => f.path), size: info.size, unpackedSize: info.unpackedSize };
}
