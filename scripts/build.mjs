#!/usr/bin/env node
// Builds dist/: ESM and CommonJS for each entry, with .d.ts and .d.cts types, from src/ and generated/.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { rootDir } from '../codegen/spec-file.mjs';

const dist = join(rootDir, 'dist');
// dist/ also holds the rendered docs; only the previous build's files are removed.
for (const name of safeList(dist)) if (/\.(c?js|d\.c?ts)$/.test(name)) rmSync(join(dist, name));

const shared = {
  outDir: dist,
  format: ['esm', 'cjs'],
  target: 'es2022',
  dts: true,
  sourcemap: false,
  // Shared code (the error classes) lives in one chunk, so `instanceof PalommaError` holds across entries.
  splitting: true,
  treeshake: true,
  silent: true,
  tsconfig: join(rootDir, 'tsconfig.build.json'),
};

const started = performance.now();
// The client runs on any fetch runtime (Node, Deno, Bun, browsers): no Node built-ins may reach it.
await build({
  ...shared,
  entry: { index: 'src/client/index.ts', webhooks: 'src/webhooks/index.ts' },
  platform: 'neutral',
  external: ['openapi-fetch'],
});
// The Node-only entries: the mock, the sandbox and the `palomma` command line. `shims` gives the CommonJS build a
// working import.meta.url.
await build({
  ...shared,
  entry: { mock: 'src/node/prism/mock.js', sandbox: 'src/node/sandbox/index.js', cli: 'src/node/cli/main.js' },
  platform: 'node',
  dts: false,
  shims: true,
  external: ['@stoplight/prism-cli', 'yaml', 'openapi-fetch'],
});
for (const [from, name] of [['src/node/prism/mock.d.ts', 'mock'], ['src/node/sandbox/index.d.ts', 'sandbox']]) {
  copyFileSync(join(rootDir, from), join(dist, `${name}.d.ts`));
  copyFileSync(join(rootDir, from), join(dist, `${name}.d.cts`));
}
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
