#!/usr/bin/env node
// `npm run bench [section]`: prints the package's speed and size figures, each as a ratio against a baseline
// measured in the same run. One module per section in sections/; a section's name runs only that one.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../../codegen/spec-file.mjs';
import { machineLine, recordOutput, writeReadmeBlock } from './readme-block.mjs';
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

const usage = 'Usage: npm run bench [-- <section>] [-- --readme]   (--readme: every section, written into README.md)';
const readme = process.argv.includes('--readme');
const only = process.argv.slice(2).find((arg) => arg !== '--readme');
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
if (only && !(only in sections)) {
  console.error(`bench: no section ${JSON.stringify(only)}; the sections are ${Object.keys(sections).join(', ')}\n${usage}`);
  process.exit(2);
}
if (readme && only) {
  console.error(`bench: --readme writes the figures of one whole run, so it takes no section\n${usage}`);
  process.exit(2);
}
const startLoad = loadavg()[0];
const recorded = readme ? recordOutput() : undefined;
console.log(`palomma-openapi benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(sections)) if (!only || only === name) await run();
if (recorded) {
  console.log(`\n${machineLine(startLoad)}`);
  recorded.stop();
  writeReadmeBlock(join(rootDir, 'README.md'), recorded.text());
  console.log('README.md: the bench block now holds this run.');
}
