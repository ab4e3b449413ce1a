#!/usr/bin/env node
// Fails when generated/ (or the README's method table) differs from what `npm run generate` would write from openapi.yaml now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeOperations } from '../src/spec/operations.js';
import { readmePath, withMethodTable } from './readme-methods.mjs';
import { readSpec, rootDir } from './spec-file.mjs';

const { values } = parseArgs({
  options: { generated: { type: 'string', default: join(rootDir, 'generated') }, readme: { type: 'string', default: readmePath } },
});

const scratch = mkdtempSync(join(tmpdir(), 'palomma-generated-'));
try {
  execFileSync(process.execPath, ['--import', 'tsx', join(rootDir, 'codegen/generate.mjs'), '--out', scratch], { stdio: 'ignore' });
  const committed = values.generated;
  const names = new Set([...readdirSync(scratch), ...safeList(committed)]);
  const drifted = [...names].filter((name) => read(join(scratch, name)) !== read(join(committed, name)));
  const readme = read(values.readme);
  if (readme !== withMethodTable(readme, describeOperations(readSpec()))) drifted.push('the method table in README.md');
  if (drifted.length) {
    console.error(`generated/ has drifted from openapi.yaml: ${drifted.join(', ')}. Run \`npm run generate\`.`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ matches openapi.yaml (${names.size} files)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
