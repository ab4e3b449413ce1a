// Where the package's own files are, from source (src/node/…) and from the build (dist/…) alike: the folder that
// holds this package's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from, depth = 0; depth < 8; dir = dirname(dir), depth++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'palomma-openapi') return dir;
  }
  throw new Error(`palomma-openapi: cannot find the package's folder above ${from}`);
}

/** The package's folder (the repository's root when run from source). */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
/** The Palomma API spec the package ships. */
export const specPath: string = join(packageRoot, 'openapi.yaml');
/** The sandbox's control API spec. */
export const sandboxSpecPath: string = join(packageRoot, 'sandbox.yaml');
