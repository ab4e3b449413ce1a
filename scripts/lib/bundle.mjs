// Bundles a TypeScript entry with esbuild, for size figures and for benchmarks that run the real client code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rootDir } from './spec.mjs';

/** The entry as one minified ESM file for browsers; `external` packages are left out of the count. */
export async function bundle(entry, { external = [], minify = true, platform = 'browser', plugins = [] } = {}) {
  const result = await build({
    entryPoints: [join(rootDir, entry)],
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    minify,
    write: false,
    external,
    plugins,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Minified and gzipped size in bytes. */
export async function sizeOf(entry, options) {
  const code = await bundle(entry, options);
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** Imports a bundled entry (for Node), so a plain .mjs script can run TypeScript sources. */
export async function importBundled(entry) {
  const code = await bundle(entry, { minify: false, platform: 'node', external: ['openapi-fetch'] });
  const dir = mkdtempSync(join(rootDir, 'node_modules', '.bench-'));
  const file = join(dir, 'entry.mjs');
  writeFileSync(file, code);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
