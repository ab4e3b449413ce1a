#!/usr/bin/env node
// Packs the package (or, in `npm test`, takes the tarball it packed once for every check: scripts/lib/pack.mjs) and
// checks the tarball with publint (strict) and Are The Types Wrong, then bundles the built browser-safe entries (`.`
// and `./webhooks`) for a platform without Node; any problem fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { packedTarball } from './lib/pack.mjs';
import { rootDir } from '../codegen/spec-file.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-pack-'));
try {
  const { tarball, files, size, unpackedSize } = packedTarball(scratch);
  console.log(`packed ${files.length} files, ${(size / 1024).toFixed(1)} KiB (${(unpackedSize / 1024).toFixed(1)} KiB unpacked): ${files.join(', ')}`);
  const bin = (name) => join(rootDir, 'node_modules/.bin', name);
  const checks = [
    [bin('publint'), ['run', tarball, '--strict']],
    [
      bin('attw'),
      [
        tarball,
        // openapi.yaml, sandbox.yaml and the Arazzo flows are exported as files for tools, not modules, so they
        // have no types to check.
        '--exclude-entrypoints', './openapi.yaml', './sandbox.yaml', './flows/palomma.arazzo.yaml',
        // The package is ES modules only, and its `require` condition points at them on purpose: Node ≥ 20.19 (the
        // engines floor) loads ESM with require(), and TypeScript ≥ 5.8 types it (module node20 / nodenext). attw
        // still models require() of ESM as an error, so this one rule is off.
        '--ignore-rules', 'cjs-resolves-to-esm',
        '--format', 'table-flipped',
      ],
    ],
  ];
  for (const [command, args] of checks) {
    const { status } = spawnSync(command, args, { stdio: 'inherit' });
    if (status !== 0) process.exitCode = 1;
  }
  for (const entry of ['dist/index.js', 'dist/webhooks.js']) {
    const problems = await nodeImports(join(rootDir, entry));
    if (problems.length) {
      console.error(`✖ ${entry} does not bundle for a platform without Node:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log(`${entry} bundles for a platform without Node (esbuild, platform neutral)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Every import of a Node built-in (`node:fs`, or bare `fs`) reachable from the built `entry`, and any bundling error. */
async function nodeImports(entry) {
  const builtins = new Set(builtinModules);
  const found = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-node-built-ins',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /.*/ }, ({ path, importer }) => {
            if (!path.startsWith('node:') && !builtins.has(path.split('/')[0])) return undefined;
            found.push(`${path} (imported by ${relative(rootDir, importer)})`);
            return { path, external: true };
          });
        },
      },
    ],
  }).catch((error) => ({ errors: error.errors ?? [{ text: String(error) }] }));
  return [...found, ...result.errors.map((e) => e.text)];
}
