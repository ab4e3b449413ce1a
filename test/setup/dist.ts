// dist/ as the tests read it (the bin, the packed package, the README's blocks) is built once, before any test,
// when it is missing or older than what it is built from; no test rebuilds it while others read it. `npm test`
// builds it first (and packs it once for every check and test: scripts/lib/pack.mjs) and says so with
// PALOMMA_DIST_BUILT=1.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const sources = [
  ...['src', 'generated', 'package.json', 'tsconfig.json', 'tsconfig.build.json'],
  ...['scripts/build.mjs', 'scripts/lib/declarations.mjs', 'scripts/lib/compact-validators.mjs', 'scripts/lib/indent.mjs'],
];

/** The newest modification time of `path` and everything under it (0 when it does not exist). */
function newest(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The oldest build output, or 0 when there is none. */
function oldestBuilt(): number {
  let names: string[];
  try {
    names = readdirSync(join(root, 'dist')).filter((name) => /\.(js|d\.ts)$/.test(name));
  } catch {
    return 0;
  }
  if (!names.includes('cli.js') || !names.includes('index.js')) return 0;
  return Math.min(...names.map((name) => statSync(join(root, 'dist', name)).mtimeMs));
}

export default function setup() {
  if (process.env.PALOMMA_DIST_BUILT !== '1') {
    if (oldestBuilt() < Math.max(...sources.map((path) => newest(join(root, path))))) {
      execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
    }
    // The test workers start after this: their `npm pack` packs this build instead of building another.
    process.env.PALOMMA_DIST_BUILT = '1';
  }
}
