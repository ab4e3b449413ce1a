#!/usr/bin/env node
// Builds dist/ from src/ and generated/ in one tsup build: every entry (the client, webhooks, the mock, the sandbox
// and the `palomma` command line) as ES modules, with .d.ts types emitted from the source.
//
// ES modules only: Node ≥ 20.19 (the engines floor) loads them through require() as well, so the package's
// `require` condition points at the same files and CommonJS users get the very same classes (one PalommaError)
// and one .d.ts per entry. require() of ESM works only without top-level await, which no entry has.
//
// Hand-written code ships as esbuild prints it: formatted, with its names, as readable as the source. The spec's
// validators (Ajv's output, half of the code) are compacted (scripts/lib/compact-validators.mjs). Every built file,
// code and declarations, is indented with tabs (scripts/lib/indent.mjs): the same text, a tab per level.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { rootDir } from '../codegen/spec-file.mjs';
import { compactValidators, minifyValidators } from './lib/compact-validators.mjs';
import { emitDeclarations } from './lib/declarations.mjs';
import { assertSameCode, indentWithTabs } from './lib/indent.mjs';

const dist = join(rootDir, 'dist');
// dist/ also holds the rendered docs; only the previous build's files are removed.
for (const name of safeList(dist)) if (/\.(c?js|d\.c?ts)$/.test(name)) rmSync(join(dist, name));

// The package's entries (package.json `exports`), and the `palomma` command line that bin/palomma.mjs runs.
const entries = {
  index: 'src/client/index.ts',
  webhooks: 'src/webhooks/index.ts',
  mock: 'src/node/prism/mock.ts',
  sandbox: 'src/node/sandbox/index.ts',
  'webhooks-node': 'src/node/webhooks/node-listener.ts',
  'webhooks-redis': 'src/node/webhooks/redis-store.ts',
};

const started = performance.now();
const declarations = emitDeclarations(entries);
await build({
  entry: { ...entries, cli: 'src/node/cli/main.ts' },
  outDir: dist,
  format: ['esm'],
  target: 'es2022',
  // Neutral: nothing Node-specific is assumed or added. The Node-only entries import node: built-ins, kept as
  // imports; `.` and `./webhooks` import none, which the bundle check in the package tests proves on the build.
  platform: 'neutral',
  external: [/^node:/],
  // Built-ins stay `node:fs`, not `fs`: unmistakably Node's, for a reader and for the bundle check.
  removeNodeProtocol: false,
  // One .d.ts per package entry, for ESM and CommonJS alike, bundled from TypeScript's declarations (see
  // scripts/lib/declarations.mjs); the command line's code has no public types.
  dts: { entry: declarations.entries },
  sourcemap: false,
  // Shared code (the error classes, the webhook signing) lives in one chunk, so `instanceof PalommaError` holds
  // across entries, and no chunk the browser-safe entries load holds Node-only code.
  splitting: true,
  treeshake: true,
  silent: true,
  tsconfig: join(rootDir, 'tsconfig.build.json'),
  esbuildPlugins: [compactValidators],
  // Which source modules each chunk holds, read below and then deleted (it is not shipped).
  metafile: true,
}).finally(() => rmSync(declarations.folder, { recursive: true, force: true }));
const metafile = join(dist, 'metafile-esm.json');
const outputs = await minifyValidators(metafile).finally(() => rmSync(metafile));
await indentBuiltFiles([...outputs, ...declarationFiles()]);
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);

/** The .d.ts files tsup bundled: one per entry, and the chunks they share. */
function declarationFiles() {
  return readdirSync(dist)
    .filter((name) => name.endsWith('.d.ts'))
    .map((name) => join(dist, name));
}

/** Every built file indented with tabs (see scripts/lib/indent.mjs); the code is proved unchanged. */
async function indentBuiltFiles(files) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const declaration = file.endsWith('.d.ts');
    // esbuild prints two spaces a level, TypeScript's declaration emit four.
    const indented = indentWithTabs(text, { fileName: file, width: declaration ? 4 : 2 });
    if (!declaration) await assertSameCode(text, indented, file);
    writeFileSync(file, indented);
  }
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
