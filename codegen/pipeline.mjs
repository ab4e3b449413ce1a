// The spec's three build steps (lint, generate, docs), each taking the spec's path so `npm start` can rerun them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generatedHeader, readSpec, rootDir, specPath } from './spec-file.mjs';
import { renderTypes } from './types.mjs';
import { renderServers } from './servers.mjs';
import { renderValidators } from './validators.mjs';
import { renderMethodTypeTests, renderNamedTypes, renderPublicTypes, renderResources } from './client-surface.mjs';
import { describeOperations } from '../src/spec/operations.js';
import { updateReadme } from './readme-methods.mjs';
import { runBin } from './run.mjs';
import { defaultOutputs } from './outputs.mjs';

export { defaultOutputs };

// Lint lives in its own module, which needs neither the generator nor tsx (`npm run lint` loads only it).
import { lintSpec, sandboxSpecPath } from './lint.mjs';
// The docs step lives in its own module, so `npm start` can build pages without loading the type generator.
export { buildDocs } from './docs-page.mjs';

export { lintSpec, sandboxSpecPath };

/**
 * Writes every file under generated/ (or `out`) from the spec, the type tests of every method to `typeTests`, and
 * the README's method table; by default the last two only when writing the project's own generated/. Files under
 * generated/validators/ that the spec no longer makes are removed. Resolves with the paths written, relative to `out`.
 */
export async function generate({
  spec = specPath,
  out = defaultOutputs.generated,
  typeTests = out === defaultOutputs.generated ? defaultOutputs.typeTests : undefined,
  readme = out === defaultOutputs.generated,
} = {}) {
  const document = readSpec(spec);
  const operations = describeOperations(document);
  const named = renderNamedTypes(document, operations);
  const files = {
    'schema.ts': await renderTypes(document),
    'types.ts': named.text,
    'public-types.ts': renderPublicTypes(document, operations, named),
    'resources.ts': renderResources(document, operations, named),
    'servers.ts': renderServers(document),
    ...renderValidators(document),
  };
  rmSync(join(out, 'validators'), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) write(join(out, name), text);
  const written = Object.keys(files);
  if (typeTests) {
    write(typeTests, renderMethodTypeTests(document, operations, named));
    written.push(relative(out, typeTests));
  }
  if (readme) updateReadme(operations);
  return written;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, generatedHeader + text);
}
