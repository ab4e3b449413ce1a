#!/usr/bin/env node
// Lints openapi.yaml, the sandbox's sandbox.yaml and the Arazzo flows (flows/palomma.arazzo.yaml) with Redocly's
// recommended-strict rules (redocly.yaml); any problem fails.
import { arazzoPath } from '../codegen/flows-section.mjs';
import { lintSpec, sandboxSpecPath } from '../codegen/pipeline.mjs';

const results = [];
for (const spec of [undefined, sandboxSpecPath, arazzoPath]) results.push(await lintSpec({ spec }));
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
