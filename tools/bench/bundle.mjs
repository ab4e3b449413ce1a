// Bundles a TypeScript entry with esbuild, for size figures and for benchmarks that run the real client code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rootDir } from '../../codegen/spec-file.mjs';

/** The entry as one minified ESM file for browsers; `external` packages are left out of the count. */
async function bundle(entry, { external = [], minify = true, platform = 'browser', plugins = [] } = {}) {
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

/**
 * Minified and gzipped bytes a browser loads for `entry` up front: the entry chunk and the chunks it imports
 * statically. Code behind a dynamic `import()` (the opt-in response validators) is split off and not counted.
 */
export async function sizeOf(entry, { external = [], plugins = [] } = {}) {
  const result = await build({
    entryPoints: [join(rootDir, entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: join(rootDir, 'dist/.size'),
    metafile: true,
    external,
    plugins,
    logLevel: 'silent',
  });
  const texts = Object.fromEntries(result.outputFiles.map((file) => [relative(rootDir, file.path), file.text]));
  const entryOut = Object.keys(result.metafile.outputs).find((out) => result.metafile.outputs[out].entryPoint);
  const loaded = new Set();
  const visit = (out) => {
    if (loaded.has(out)) return;
    loaded.add(out);
    for (const imported of result.metafile.outputs[out].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOut);
  const code = [...loaded].map((out) => texts[out]).join('\n');
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
