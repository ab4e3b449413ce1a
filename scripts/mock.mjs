#!/usr/bin/env node
// Serves openapi.yaml with the Prism mock on 127.0.0.1 (port 4010, or --port / PORT); requests that break the contract are rejected.
import { parseArgs } from 'node:util';
import { startPrism } from './lib/prism.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    dynamic: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const mock = await startPrism({
  port: Number(values.port),
  host: values.host,
  args: values.dynamic ? ['--dynamic'] : [],
  onLog: (text) => process.stdout.write(text),
});
console.log(`\nPalomma mock ready at ${mock.url} (started in ${Math.round(performance.now() - started)} ms); Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => mock.close().then(() => process.exit(0)));
