#!/usr/bin/env node
// Fails when generated/, the generated type tests or the README's method table differ from what `npm run generate`
// would write from openapi.yaml now.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeOperations } from '../src/spec/operations.js';
import { defaultOutputs, generate } from './pipeline.mjs';
import { readmePath, withMethodTable } from './readme-methods.mjs';
import { readSpec } from './spec-file.mjs';

const { values } = parseArgs({
  options: {
    generated: { type: 'string', default: defaultOutputs.generated },
    'type-tests': { type: 'string', default: defaultOutputs.typeTests },
    readme: { type: 'string', default: readmePath },
  },
});

const scratch = mkdtempSync(join(tmpdir(), 'palomma-generated-'));
try {
  const fresh = { generated: join(scratch, 'generated'), typeTests: join(scratch, 'methods.generated.test-d.ts') };
  // The generator itself, in this process: what `npm run generate --out … --type-tests …` would write.
  await generate({ out: fresh.generated, typeTests: fresh.typeTests, readme: false });
  const committed = values.generated;
  const names = new Set([...listFiles(fresh.generated), ...listFiles(committed)]);
  const drifted = [...names].filter((name) => read(join(fresh.generated, name)) !== read(join(committed, name)));
  if (read(fresh.typeTests) !== read(values['type-tests'])) drifted.push('the generated type tests (test/types/methods.generated.test-d.ts)');
  const readme = read(values.readme);
  if (readme !== withMethodTable(readme, describeOperations(readSpec()))) drifted.push('the method table in README.md');
  if (drifted.length) {
    console.error(`generated/ has drifted from openapi.yaml: ${drifted.join(', ')}. Run \`npm run generate\`.`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ matches openapi.yaml (${names.size} files, the type tests and the README's method table)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Every file under `dir`, as a path relative to it; none when it does not exist. */
function listFiles(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1));
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
