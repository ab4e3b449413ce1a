#!/usr/bin/env node
// Prints the client's performance figures: validation cost per body, and the client entry's size (min+gzip).
import { readSpec } from './lib/spec.mjs';
import { importBundled, sizeOf } from './lib/bundle.mjs';

const spec = readSpec();
const operation = spec.paths['/payoutTargets'].post;
const requestExample = operation.requestBody.content['application/json'].examples.bankAccount.value;
const responseExample = operation.responses['200'].content['application/json'].examples.active.value;

/** Runs `fn` for about `ms` after a warm-up and returns microseconds per call (median of 5 rounds). */
function microsPerCall(fn, ms = 300) {
  for (let i = 0; i < 20_000; i++) fn(i);
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < ms / 5) {
      for (let i = 0; i < 1_000; i++) fn(i);
      calls += 1_000;
    }
    rounds.push(((performance.now() - start) * 1000) / calls);
  }
  return rounds.sort((a, b) => a - b)[2];
}

const fmt = (n, digits = 2) => n.toFixed(digits).padStart(8);
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

async function validationSection() {
  const { requestIssues, responseIssues } = await importBundled('src/validation/index.ts');
  const invalid = { ...requestExample, type: 'card', bankAccount: { ...requestExample.bankAccount, bank: '' } };
  const rows = [
    ['request body, valid', () => requestIssues('POST', '/payoutTargets', requestExample)],
    ['request body, 2 problems', () => requestIssues('POST', '/payoutTargets', invalid)],
    ['response body (200), valid', () => responseIssues('POST', '/payoutTargets', 200, responseExample)],
  ];
  console.log('\nValidation cost (µs per body, median of 5 rounds)');
  for (const [name, fn] of rows) console.log(`  ${name.padEnd(30)}${fmt(microsPerCall(fn))} µs`);
}

async function sizeSection() {
  const whole = await sizeOf('src/index.ts');
  const own = await sizeOf('src/index.ts', { external: ['openapi-fetch'] });
  const fetchOnly = await sizeOf('node_modules/openapi-fetch/dist/index.mjs');
  console.log('\nClient entry size (esbuild, minified, browser ESM)');
  console.log(`  src/index.ts with openapi-fetch     ${kib(whole.min).padStart(11)} min, ${kib(whole.gzip).padStart(10)} min+gzip`);
  console.log(`  src/index.ts, openapi-fetch external ${kib(own.min).padStart(10)} min, ${kib(own.gzip).padStart(10)} min+gzip`);
  console.log(`  openapi-fetch alone                 ${kib(fetchOnly.min).padStart(11)} min, ${kib(fetchOnly.gzip).padStart(10)} min+gzip`);
}

console.log(`palomma-openapi benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
await validationSection();
await sizeSection();
