#!/usr/bin/env node
// Generates everything under generated/ and the type tests of every method from openapi.yaml (`--out DIR` writes
// generated/ elsewhere and the type tests only where `--type-tests FILE` says, for the drift check and npm start;
// `--spec` reads another spec file).
import { parseArgs } from 'node:util';
import { defaultOutputs, generate } from './pipeline.mjs';
import { specPath } from './spec-file.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: defaultOutputs.generated },
    'type-tests': { type: 'string' },
    spec: { type: 'string', default: specPath },
  },
});
const started = performance.now();
const files = await generate({ spec: values.spec, out: values.out, ...(values['type-tests'] ? { typeTests: values['type-tests'] } : {}) });
console.log(`generated ${files.length} files in ${values.out} (${Math.round(performance.now() - started)} ms)`);
