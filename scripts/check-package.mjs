#!/usr/bin/env node
// Packs the package and checks the tarball with publint (strict) and Are The Types Wrong; any problem fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packTarball } from './lib/pack.mjs';
import { rootDir } from '../codegen/spec-file.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-pack-'));
try {
  const { tarball, files, size } = packTarball(scratch);
  console.log(`packed ${files.length} files, ${(size / 1024).toFixed(1)} KiB: ${files.join(', ')}`);
  const bin = (name) => join(rootDir, 'node_modules/.bin', name);
  const checks = [
    [bin('publint'), ['run', tarball, '--strict']],
    // openapi.yaml, sandbox.yaml and the Arazzo flows are exported as files for tools, not modules, so they have
    // no types to check.
    [bin('attw'), [tarball, '--exclude-entrypoints', './openapi.yaml', './sandbox.yaml', './flows/palomma.arazzo.yaml', '--format', 'table-flipped']],
  ];
  for (const [command, args] of checks) {
    const { status } = spawnSync(command, args, { stdio: 'inherit' });
    if (status !== 0) process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
