#!/usr/bin/env node
// Serves openapi.yaml with the Prism mock on 127.0.0.1 (port 4010, or --port / PORT); requests that break the contract are rejected.
import { parseArgs } from 'node:util';
import { startMockServer } from '../src/mock.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    dynamic: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'allow-remote': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const mock = await startMockServer({
  port: Number(values.port),
  host: values.host,
  dynamic: values.dynamic,
  seed: values.seed,
  allowRemote: values['allow-remote'],
  onLog: (text) => process.stdout.write(text),
});
console.log(`\nPalomma mock ready at ${mock.url} (started in ${Math.round(performance.now() - started)} ms); Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => mock.close().then(() => process.exit(0)));
