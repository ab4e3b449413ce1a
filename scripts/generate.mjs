#!/usr/bin/env node
// Generates everything under generated/ from openapi.yaml (`--out DIR` writes elsewhere, for the drift check).
import { parseArgs } from 'node:util';
import { defaultOutputs, generate } from './lib/pipeline.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: defaultOutputs.generated } } });
const started = performance.now();
const files = await generate({ out: values.out });
console.log(`generated ${files.join(', ')} in ${values.out} (${Math.round(performance.now() - started)} ms)`);
