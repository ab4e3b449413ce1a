#!/usr/bin/env node
// Builds dist/ from src/ and generated/ in one tsup build: every entry (the client, webhooks, the mock, the sandbox
// and the `palomma` command line) as ES modules, with .d.ts types emitted from the source.
//
// ES modules only: Node ≥ 20.19 (the engines floor) loads them through require() as well, so the package's
// `require` condition points at the same files and CommonJS users get the very same classes (one PalommaError)
// and one .d.ts per entry. require() of ESM works only without top-level await, which no entry has.
//
// Hand-written code ships as esbuild prints it: formatted, with its names, as readable as the source. The spec's
// validators (Ajv's output, half of the code) are compacted, see compactValidators.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transform } from 'esbuild';
import { build } from 'tsup';
import { rootDir } from '../codegen/spec-file.mjs';
import { emitDeclarations } from './lib/declarations.mjs';

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

/**
 * The spec's validators, as Ajv compiles them, spend most of their bytes on one idiom per check
 * (`if (vErrors === null) { vErrors = [err]; } else { vErrors.push(err); } errors++;`). esbuild's syntax
 * minifier rewrites each to one line; lines, indentation, names and schema paths stay, so the code still reads
 * and a stack trace still points at a line.
 */
const generatedValidator = /[\\/]generated[\\/](validators[\\/][^\\/]+|[a-z]+-validators)\.js$/;
const compactValidators = {
  name: 'compact-validators',
  setup(esbuild) {
    esbuild.onLoad({ filter: generatedValidator }, async ({ path }) => ({
      contents: (await transform(readFileSync(path, 'utf8'), { minifySyntax: true, target: 'es2022' })).code,
      loader: 'js',
    }));
  },
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
await minifyValidatorChunks(join(dist, 'metafile-esm.json'));
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);

/**
 * A chunk that holds nothing but the spec's validators (the request, the response and the shared ones) also loses
 * its whitespace: another fifth of their size. Names are kept, so a stack trace or a profile still names the
 * validator, and lines stay short; a chunk with any hand-written code in it is left as printed.
 */
async function minifyValidatorChunks(metafile) {
  const { outputs } = JSON.parse(readFileSync(metafile, 'utf8'));
  rmSync(metafile);
  for (const [output, { inputs }] of Object.entries(outputs)) {
    const modules = Object.keys(inputs);
    if (!modules.length || !modules.every((module) => generatedValidator.test(`/${module}`))) continue;
    const file = resolve(output); // the metafile's paths are relative to the working directory
    const { code } = await transform(readFileSync(file, 'utf8'), {
      minifyWhitespace: true,
      minifySyntax: true,
      // Lines of at most about 200 characters: what Node prints of the line an uncaught error came from.
      lineLimit: 200,
      target: 'es2022',
    });
    writeFileSync(file, `// The spec's validators, compiled from openapi.yaml by Ajv; whitespace removed, names kept.\n${code}`);
  }
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
