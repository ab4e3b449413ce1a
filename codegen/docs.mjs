#!/usr/bin/env node
// Renders openapi.yaml into dist/docs/index.html and the sandbox's control API into dist/docs/sandbox.html, each one self-contained page that works offline.
import { buildDocs, defaultOutputs, sandboxSpecPath } from './pipeline.mjs';

const api = await buildDocs();
const sandbox = await buildDocs({ spec: sandboxSpecPath, out: defaultOutputs.sandboxDocs, title: 'Palomma sandbox control API', codeSamples: false });
process.exitCode = api.ok && sandbox.ok ? 0 : 1;
