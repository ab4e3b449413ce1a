// Packs the package as npm would publish it (the prepack script builds dist/ first) and says what is in the tarball.
// With PALOMMA_DIST_BUILT=1 (set by `npm test`, which builds dist/ once for every check) it packs dist/ as it is.
//
// `npm test` packs once, right after its build, and hands the tarball to every check and test that installs or
// inspects the package through PALOMMA_PACKED (the JSON packTarball returns): each `npm pack` costs about a
// CPU-second, and all of them would pack the same dist/. `packedTarball` is the one place that decides between
// that tarball and a pack of one's own (a single test file or `npm run check:package` run alone). Sharing the file is
// safe: `npm install <tarball>` only reads it (it extracts into the installing project's node_modules and npm's
// cache, nothing beside the tarball), and nobody writes to it; the size check below catches one that changed.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';

/** The environment variable through which `npm test` hands its one packed tarball to the checks and tests. */
export const sharedTarballVariable = 'PALOMMA_PACKED';

/**
 * npm's command line (run in the repository's root) that packs the package into `destination`, printing JSON;
 * `built`: dist/ is built already, so npm skips the prepack build.
 * @param {string} destination
 * @param {{ built?: boolean }} [options]
 * @returns {string[]}
 */
export function packCommand(destination, { built = process.env.PALOMMA_DIST_BUILT === '1' } = {}) {
  return ['npm', 'pack', '--json', ...(built ? ['--ignore-scripts'] : []), '--pack-destination', destination];
}

/**
 * @typedef {{ tarball: string, files: string[], size: number, unpackedSize: number }} PackedTarball
 * The tarball's path, the paths of the files in it, its size and its unpacked size, in bytes.
 */

/**
 * What `npm pack --json` printed to stdout, for a pack into `destination`. Its JSON starts on a line of its own
 * (`[`), after any lines the prepack build printed.
 * @param {string} stdout
 * @param {string} destination
 * @returns {PackedTarball}
 */
export function readPackOutput(stdout, destination) {
  const [info] = JSON.parse(stdout.slice(Math.max(0, stdout.search(/^\[\s*$/m))));
  return { tarball: join(destination, info.filename), files: info.files.map((f) => f.path), size: info.size, unpackedSize: info.unpackedSize };
}

/**
 * Packs the package into `destination` now; throws npm's complaint if it fails.
 * @param {string} destination
 * @returns {PackedTarball}
 */
export function packTarball(destination) {
  const [command, ...args] = packCommand(destination);
  const out = execFileSync(command, args, { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return readPackOutput(out, destination);
}

/**
 * The packed package: the tarball `npm test` packed for the whole run when PALOMMA_PACKED is set (read, never written:
 * install it into a project of your own), or else one packed into `destination` now. When npm test's pack failed,
 * PALOMMA_PACKED holds `{ error }` instead, and this throws it: its users fail saying so, none packs again.
 * @param {string} destination
 * @param {{ env?: Record<string, string | undefined> }} [options]
 * @returns {PackedTarball}
 */
export function packedTarball(destination, { env = process.env } = {}) {
  const shared = env[sharedTarballVariable];
  if (shared === undefined || shared === '') return packTarball(destination);
  let packed;
  try {
    packed = JSON.parse(shared);
  } catch (error) {
    throw new Error(`${sharedTarballVariable} is not JSON (${error.message}): it should be what packTarball returns`);
  }
  if (typeof packed?.error === 'string') throw new Error(`${sharedTarballVariable}: ${packed.error}`);
  const { tarball, files, size, unpackedSize } = packed ?? {};
  if (typeof tarball !== 'string' || !Array.isArray(files) || !Number.isInteger(size) || !Number.isInteger(unpackedSize)) {
    throw new Error(`${sharedTarballVariable} must hold { tarball, files, size, unpackedSize } as packTarball returns them, not ${shared.slice(0, 200)}`);
  }
  let actual;
  try {
    actual = statSync(tarball).size;
  } catch (error) {
    throw new Error(`${sharedTarballVariable} names ${tarball}, which cannot be read (${error.code ?? error.message}); it lasts as long as the npm test run that packed it`);
  }
  if (actual !== size) throw new Error(`${sharedTarballVariable}'s tarball ${tarball} is ${actual} bytes, not the ${size} npm packed: something wrote to it`);
  return { tarball, files, size, unpackedSize };
}
