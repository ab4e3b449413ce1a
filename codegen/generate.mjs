#!/usr/bin/env node
// Generates everything under generated/ from openapi.yaml (`--out DIR` writes elsewhere, for the drift check; `--spec` reads another spec file).
import { parseArgs } from 'node:util';
import { defaultOutputs, generate } from './pipeline.mjs';
import { specPath } from './spec-file.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: defaultOutputs.generated }, spec: { type: 'string', default: specPath } },
});
const started = performance.now();
const files = await generate({ spec: values.spec, out: values.out });
console.log(`generated ${files.join(', ')} in ${values.out} (${Math.round(performance.now() - started)} ms)`);
