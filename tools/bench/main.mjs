#!/usr/bin/env node
// `npm run bench [section]`: prints the package's speed and size figures, each as a ratio against a baseline
// measured in the same run. One module per section in sections/; a section's name runs only that one.
import { generateSection } from './sections/generate.mjs';
import { loopbackSection } from './sections/loopback.mjs';
import { memorySection } from './sections/memory.mjs';
import { perCallSection } from './sections/per-call.mjs';
import { sandboxIsolationSection } from './sections/sandbox-isolation.mjs';
import { sandboxSection } from './sections/sandbox.mjs';
import { sizeSection } from './sections/size.mjs';
import { startSection } from './sections/start.mjs';
import { typeCheckSection } from './sections/typecheck.mjs';
import { validationSection } from './sections/validation.mjs';
import { webhookReceiverSection } from './sections/webhook-receiver.mjs';
import { webhookSection } from './sections/webhooks.mjs';

const only = process.argv[2];
const sections = {
  perCall: perCallSection,
  loopback: loopbackSection,
  size: sizeSection,
  validation: validationSection,
  webhooks: webhookSection,
  generate: generateSection,
  typecheck: typeCheckSection,
  memory: memorySection,
  sandbox: sandboxSection,
  start: startSection,
  receiver: webhookReceiverSection,
  sandboxTeams: sandboxIsolationSection,
};
console.log(`palomma-openapi benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(sections)) if (!only || only === name) await run();
