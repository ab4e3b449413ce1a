#!/usr/bin/env node
// Lints openapi.yaml and the sandbox's sandbox.yaml with Redocly's recommended-strict rules (redocly.yaml); any problem fails.
import { lintSpec, sandboxSpecPath } from '../codegen/pipeline.mjs';

const api = await lintSpec();
const sandbox = await lintSpec({ spec: sandboxSpecPath });
process.exitCode = api.ok && sandbox.ok ? 0 : 1;
