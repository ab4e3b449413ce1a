#!/usr/bin/env node
// Lints openapi.yaml, the sandbox's sandbox.yaml and the Arazzo flows (flows/palomma.arazzo.yaml) with Redocly's
// recommended-strict rules (redocly.yaml); any problem fails.
import { arazzoPath } from '../codegen/flows-section.mjs';
import { lintSpec, sandboxSpecPath } from '../codegen/lint.mjs';
import { specPath } from '../codegen/spec-file.mjs';

// One Redocly run for the three files: it checks each by its own kind (OpenAPI, Arazzo) and fails if any has a problem.
const { ok } = await lintSpec({ specs: [specPath, sandboxSpecPath, arazzoPath] });
process.exitCode = ok ? 0 : 1;
