// Child program for the bench's memory section: reads one response from --url (through the client, or raw fetch's
// .text()) and prints its peak RSS above the RSS it had just before the call, as JSON.
import { parseArgs } from 'node:util';
import { importBundled } from './bundle.mjs';

const { values } = parseArgs({ options: { url: { type: 'string' }, mode: { type: 'string' }, cap: { type: 'string' } } });
const { createPalommaClient } = await importBundled('src/client/index.ts');
const cap = values.cap ? { maxResponseBytes: Number(values.cap) } : {};
const palomma = createPalommaClient({ token: 'bench-token', baseUrl: values.url, maxRetries: 0, ...cap });
globalThis.gc?.();
const before = process.memoryUsage().rss;
let outcome;
try {
  if (values.mode === 'client') await palomma.payoutTargets.retrieve('pt_1');
  else await (await fetch(`${values.url}/payoutTargets/pt_1`)).text();
  outcome = 'read';
} catch (error) {
  outcome = error.name;
}
// maxRSS is in KiB: the highest the process ever reached, so it includes the call's peak.
console.log(JSON.stringify({ outcome, peakAboveStart: process.resourceUsage().maxRSS * 1024 - before }));
