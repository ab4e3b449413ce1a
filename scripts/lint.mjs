#!/usr/bin/env node
// Lints openapi.yaml with Redocly's recommended-strict rules (redocly.yaml); any problem fails.
import { lintSpec } from './lib/pipeline.mjs';

const { ok } = await lintSpec();
process.exitCode = ok ? 0 : 1;
