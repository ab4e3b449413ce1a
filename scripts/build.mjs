#!/usr/bin/env node
// Builds dist/: ESM and CommonJS for each entry, with .d.ts and .d.cts types, from src/ and generated/.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { buildFlowsCli } from './lib/flows-build.mjs';
import { rootDir } from './lib/spec.mjs';

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
  entry: { index: 'src/index.ts', webhooks: 'src/webhooks/index.ts' },
  platform: 'neutral',
  external: ['openapi-fetch'],
});
// The mock and sandbox are plain ESM JavaScript, shipped as is (src/mock.js, src/sandbox/, used by the palomma bin); only
// CommonJS consumers need a build of it. `shims` gives that build a working import.meta.url.
await build({
  ...shared,
  entry: { mock: 'src/mock.js', sandbox: 'src/sandbox/index.js' },
  splitting: false,
  format: ['cjs'],
  platform: 'node',
  dts: false,
  shims: true,
  external: ['@stoplight/prism-cli', 'yaml'],
});
copyFileSync(join(rootDir, 'src/mock.d.ts'), join(dist, 'mock.d.cts'));
// `palomma flows` (TypeScript under src/node/cli/), run by the bin from dist/node/cli/flows.js.
await buildFlowsCli();
copyFileSync(join(rootDir, 'src/sandbox/index.d.ts'), join(dist, 'sandbox.d.cts'));
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
