#!/usr/bin/env node
// Renders openapi.yaml into dist/docs/index.html, one self-contained page that works offline.
import { buildDocs } from './lib/pipeline.mjs';

const { ok } = await buildDocs();
process.exitCode = ok ? 0 : 1;
