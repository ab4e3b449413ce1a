#!/usr/bin/env node
// Prints the client's performance figures: per-call cost, loopback throughput, bundle size, generate time and memory past the response cap.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchClients } from './clients.mjs';
import { payoutFlow, startBenchReceiver, webhookWaiters } from './sandbox.mjs';
import { importBundled, sizeOf } from './bundle.mjs';
import { median, microsPerCall, microsPerSyncCall, requestsPerSecond } from './measure.mjs';
import { readdirSync, statSync } from 'node:fs';
import { describeOperations } from '../../src/spec/operations.js';
import { readSpec, rootDir } from '../../codegen/spec-file.mjs';
import { typeCheckCost } from './typecheck-bench.mjs';
import { editedSpec, launchStart, probe, until } from '../dev-server/harness.mjs';
import { buildDocs } from '../../codegen/pipeline.mjs';
import { startMockServer } from '../../src/node/prism/mock.js';

const spec = readSpec();
const operation = spec.paths['/payoutTargets'].post;
const requestBody = operation.requestBody.content['application/json'].examples.bankAccount.value;
const responseBody = operation.responses['200'].content['application/json'].examples.active.value;
const responseText = JSON.stringify(responseBody);

const pad = (text, width) => String(text).padEnd(width);
const num = (n, digits = 2) => n.toFixed(digits).padStart(9);
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`.padStart(10);

// Ratios are value / raw fetch's value: for µs per call lower is better, for req/s higher is better.
function table(title, unit, results, baseline = 'raw fetch') {
  console.log(`\n${title}`);
  console.log(`  ${pad('client', 32)}${pad(unit, 12)}× raw fetch`);
  for (const [name, value] of Object.entries(results)) {
    console.log(`  ${pad(name, 32)}${num(value, unit === 'req/s' ? 0 : 2)}   ${(value / results[baseline]).toFixed(2)}×`);
  }
}

// a) Per-call cost with a stub transport: every client's fetch answers at once with the spec's example.
async function perCallSection() {
  const stub = async () =>
    new Response(responseText, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(responseText.length) } });
  const clients = await benchClients({ baseUrl: 'http://127.0.0.1:9/v0', fetch: stub, axiosFetch: true });
  // Rounds interleave the clients, so drift in machine load spreads evenly over them.
  const samples = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  for (let round = 0; round < 9; round++) {
    for (const [name, call] of Object.entries(clients)) {
      samples[name].push(await microsPerCall(() => call(requestBody), { ms: 150, rounds: 1, warmup: round ? 200 : 3_000 }));
    }
  }
  const results = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  table('a) Per-call cost, stub transport (µs per call, median of 9 interleaved rounds; lower is better)', 'µs/call', results);
  const floor = results['raw fetch + timeout signal'];
  console.log(`  resource method ÷ raw fetch with the same timeout signal: ${(results['palomma, requests validated'] / floor).toFixed(2)}× (goal ≤ 1.10×)`);
}

// b) Requests per second over loopback against a small node:http server in its own process.
async function loopbackSection() {
  const server = spawn(
    process.execPath,
    [
      '-e',
      `const body = ${JSON.stringify(responseText)};
       require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => r.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)); })
         .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  try {
    const clients = await benchClients({ baseUrl: `http://127.0.0.1:${port}/v0`, fetch: (input, init) => fetch(input, init) });
    const samples = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
    for (let round = 0; round < 5; round++) {
      for (const [name, call] of Object.entries(clients)) samples[name].push(await requestsPerSecond(() => call(requestBody), { ms: 600 }));
    }
    const results = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
    table('b) Loopback throughput, 8 concurrent callers (req/s, median of 5 interleaved rounds; higher is better)', 'req/s', results);
  } finally {
    server.kill();
  }
}

// c) Bundle size of the client entry; "without validators" swaps the generated validators for an empty table.
async function sizeSection() {
  const noValidators = {
    name: 'no-validators',
    setup(build) {
      build.onResolve({ filter: /generated\/(request|response)-validators\.js$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
      build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
        contents: 'export const requestValidators = {}; export const responseValidators = {};',
      }));
    },
  };
  const rows = {
    'openapi-fetch alone': await sizeOf('node_modules/openapi-fetch/dist/index.mjs'),
    'client entry, everything': await sizeOf('src/client/index.ts'),
    'client entry, beyond openapi-fetch': await sizeOf('src/client/index.ts', { external: ['openapi-fetch'] }),
    '  of which without validators': await sizeOf('src/client/index.ts', { external: ['openapi-fetch'], plugins: [noValidators] }),
  };
  console.log('\nc) Client entry size: what a browser loads up front (esbuild, minified ESM, split; gzip -9)');
  for (const [name, size] of Object.entries(rows)) console.log(`  ${pad(name, 38)}${kib(size.min)} min ${kib(size.gzip)} min+gzip`);
}

// Validation alone, per body.
async function validationSection() {
  const { requestIssues, responseIssues } = await importBundled('src/client/validation/index.ts');
  const invalid = { ...requestBody, type: 'card', bankAccount: { ...requestBody.bankAccount, bank: '' } };
  console.log('\nValidation alone (µs per body, median of 5 rounds)');
  const rows = {
    'request body, valid': () => requestIssues('POST', '/payoutTargets', { body: requestBody }),
    'request body, 2 problems': () => requestIssues('POST', '/payoutTargets', { body: invalid }),
    'response body (200), valid': () => responseIssues('POST', '/payoutTargets', 200, responseBody),
  };
  for (const [name, fn] of Object.entries(rows)) console.log(`  ${pad(name, 32)}${num(microsPerSyncCall(fn))} µs`);
}

// Webhook verification per delivery: HMAC check, Base64 and JSON decoding, spec validation.
async function webhookSection() {
  const { signWebhook, verifyWebhook, importIntegrityKey } = await importBundled('src/webhooks/index.ts');
  const example = Object.values(spec.webhooks['payout-request.update'].post.requestBody.content['application/json'].examples)[0].value;
  const integrityKey = 'bench-integrity-key';
  const headers = await signWebhook({ envelope: example, integrityKey });
  const cryptoKey = await importIntegrityKey(integrityKey);
  const tampered = { ...headers, 'X-Signature': headers['X-Signature'].replace(/^./, (c) => (c === '0' ? '1' : '0')) };
  console.log('\nWebhook verification (µs per delivery, median of 5 rounds)');
  const rows = {
    'valid, key as a string': () => verifyWebhook({ headers, integrityKey }),
    'valid, imported CryptoKey': () => verifyWebhook({ headers, integrityKey: cryptoKey }),
    'tampered signature (rejected)': () => verifyWebhook({ headers: tampered, integrityKey: cryptoKey }).catch(() => {}),
  };
  for (const [name, fn] of Object.entries(rows)) console.log(`  ${pad(name, 32)}${num(await microsPerCall(fn, { ms: 200, warmup: 500 }))} µs`);
}

// g) Memory for a response over the cap: peak RSS of a process reading a 128 MiB body, through the client (default
// cap, 10 MiB) and through raw fetch's .text() (everything buffered, as the client did before the cap).
async function memorySection() {
  const size = 128 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' });
    let sent = 0;
    const pump = () => {
      while (sent < size && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    // Each reading in its own process, so maxRSS is that reading's own peak; spawned, since this process serves.
    const run = (mode, cap) =>
      new Promise((resolve, reject) => {
        const args = [join(rootDir, 'tools/bench/peak-rss.mjs'), '--url', url, '--mode', mode, ...(cap ? ['--cap', String(cap)] : [])];
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.once('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`peak-rss ${mode} exited ${code}`))));
      });
    const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`.padStart(10);
    console.log(`\ng) Memory for a ${size / 1024 / 1024} MiB response (peak RSS above the process's RSS before the call; lower is better)`);
    const raw = await run('raw');
    console.log(`  ${pad('raw fetch .text() (all buffered)', 64)}${mib(raw.peakAboveStart)}   1.00×`);
    for (const [label, cap] of [['default cap (10 MiB)', undefined], ['maxResponseBytes 1 MiB', 1024 * 1024]]) {
      const client = await run('client', cap);
      console.log(`  ${pad(`palomma, ${label} → ${client.outcome}`, 64)}${mib(client.peakAboveStart)}   ${(client.peakAboveStart / raw.peakAboveStart).toFixed(2)}×`);
    }
  } finally {
    server.close();
  }
}

// d) Wall time of `npm run generate` (the generator itself, into a scratch folder).
function generateSection() {
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-'));
  const times = [];
  try {
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', join(rootDir, 'codegen/generate.mjs'), '--out', scratch], { stdio: 'ignore' });
      times.push(performance.now() - start);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nd) npm run generate: ${median(times).toFixed(0)} ms wall (median of 3 runs, Node start-up included; goal ≤ 1 500 ms)`);
  const dir = join(rootDir, 'generated');
  const sizes = readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`   generated/: ${sizes.length} files, ${(total / 1024).toFixed(1)} KiB (${sizes.map(([n, s]) => `${n} ${(s / 1024).toFixed(1)}`).join(', ')})`);
}

// e) Type-check cost of the generated surface: every method called once, against bare openapi-fetch.
function typeCheckSection() {
  const { palomma, bare, calls } = typeCheckCost(describeOperations(spec), rootDir);
  console.log(`\ne) Type-check of a consumer calling all ${calls} operations (tsc "Check time", median of 3 runs)`);
  console.log(`  ${pad('bare openapi-fetch, same paths', 38)}${num(bare * 1000, 0)} ms   1.00×`);
  console.log(`  ${pad('palomma resource methods', 38)}${num(palomma * 1000, 0)} ms   ${(palomma / bare).toFixed(2)}× (goal ≤ 1.30×)`);
}

// h) The sandbox: a whole payout flow (customer, target, authorise, webhook received, payout, approved webhook
// received) in process, over loopback straight to the sandbox, and through Prism's validating proxy; then 50 at once.
async function sandboxSection() {
  const { createPalommaClient } = await importBundled('src/client/index.ts');
  const { verifyWebhook } = await importBundled('src/webhooks/index.ts');
  const { createSandbox, startSandboxServer } = await import('../../src/node/sandbox/index.js');
  const integrityKey = 'bench-integrity-key';
  const timeFlows = async (context, count) => {
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await payoutFlow(context, i);
      times.push(performance.now() - start);
    }
    return median(times);
  };

  // In process: webhooks go straight to verifyWebhook, control calls straight to the sandbox.
  const inProcessWaiters = webhookWaiters();
  const sandbox = createSandbox({
    integrityKey,
    webhookUrls: ['http://receiver.invalid/webhooks'],
    webhookFetch: async (_url, init) => {
      inProcessWaiters.deliver((await verifyWebhook({ headers: init.headers, integrityKey, validateEvent: 'throw' })).event);
      return new Response(null, { status: 200 });
    },
  });
  const inProcess = {
    palomma: createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch }),
    control: (operation, id, body) => sandbox.control[operation](id, body),
    waiters: inProcessWaiters,
  };
  await timeFlows(inProcess, 50); // warm-up
  const inProcessMs = await timeFlows(inProcess, 200);
  sandbox.close();

  // Over loopback: one server; the client calls either the sandbox itself or Prism in front of it.
  const waiters = webhookWaiters();
  const receiver = await startBenchReceiver({ verifyWebhook, integrityKey, waiters });
  const server = await startSandboxServer({ port: 0, controlPort: 0, integrityKey, webhookUrls: [receiver.url] });
  const violations = [];
  const watched = async (input, init) => {
    const response = await fetch(input, init);
    const header = response.headers.get('sl-violations');
    if (header || response.headers.get('content-type')?.includes('problem+json')) violations.push(header ?? response.status);
    return response;
  };
  const paths = { authorizePayoutTarget: 'payoutTargets/%/authorize', completePayoutRequest: 'payoutRequests/%/complete' };
  const control = async (operation, id, body) => {
    const response = await fetch(`${server.controlUrl}/${paths[operation].replace('%', id)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`control ${operation}: ${response.status}`);
  };
  const over = (baseUrl) => ({ palomma: createPalommaClient({ token: 'palomma-sandbox-token', baseUrl, fetch: watched }), control, waiters });
  try {
    await timeFlows(over(server.url), 10); // warm-up, Prism included
    const directMs = await timeFlows(over(server.upstreamUrl), 30);
    const prismMs = await timeFlows(over(server.url), 30);
    const start = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => payoutFlow(over(server.url), 1_000 + i)));
    const concurrentMs = performance.now() - start;
    const errors = results.filter((r) => r.status === 'rejected').length;
    console.log('\nh) Sandbox: one payout flow (customer, target, authorise, webhook received, payout, approved webhook received)');
    console.log(`  ${pad('in process (median of 200)', 38)}${num(inProcessMs)} ms   goal ≤ 5 ms`);
    console.log(`  ${pad('loopback, straight to the sandbox', 38)}${num(directMs)} ms   (median of 30; baseline)`);
    console.log(`  ${pad('loopback, through Prism (median of 30)', 38)}${num(prismMs)} ms   ${(prismMs / directMs).toFixed(1)}× straight; goal ≤ 150 ms`);
    console.log(`  ${pad('50 flows at once, through Prism', 38)}${num(concurrentMs / 1000)} s    ${errors} errors, ${violations.length} violations, ${receiver.rejected()} bad signatures; goal ≤ 10 s, 0, 0`);
    console.log(`  ${pad('in process vs through Prism', 38)}${num(prismMs / inProcessMs, 1)} ×`);
  } finally {
    await server.close();
    await receiver.close();
  }
}

// f) npm start: from a save to the docs and the mock serving it, against the bare tools measured in the same run
// (a cold Prism answering its first request, one `redocly build-docs`); a probe calls the mock every 25 ms
// across 20 saves and counts refused and reset connections.
async function startSection() {
  const prism = [];
  const docs = [];
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-docs-'));
  try {
    for (let i = 0; i < 3; i++) {
      let begin = performance.now();
      const mock = await startMockServer();
      await fetch(`${mock.url}/payoutTargets`, { headers: { authorization: 'Bearer t' } }).then((r) => r.arrayBuffer());
      prism.push(performance.now() - begin);
      await mock.close();
      begin = performance.now();
      await buildDocs({ out: join(scratch, 'index.html'), quiet: true });
      docs.push(performance.now() - begin);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const start = await launchStart();
  await until(async () => (/types generated from /.test(start.output()) ? true : undefined), 'the first types', { output: start.output, ms: 120_000 });
  await pause(3_000);
  const watcher = probe(start.mockUrl, 25);
  const toMock = [];
  const toDocs = [];
  try {
    const original = start.read();
    for (let n = 1; n <= 20; n++) {
      const edit = editedSpec(original, n);
      const saved = performance.now();
      start.save(edit.text);
      const [mock, page] = await Promise.all([
        until(async () => ((await start.createdId()) === edit.id ? performance.now() - saved : undefined), `the mock on save ${n}`, {
          output: start.output,
          everyMs: 50,
        }),
        until(async () => ((await start.docsText()).includes(edit.summary) ? performance.now() - saved : undefined), `the docs of save ${n}`, {
          output: start.output,
          everyMs: 50,
        }),
      ]);
      toMock.push(mock);
      toDocs.push(page);
      // The types come last; the next save waits for this one to be done, as a maintainer's next save would.
      // A maintainer's next save comes seconds later, once this one is done (types included): so do these.
      const typed = () => start.output().split('types generated from ').length - 1;
      await until(async () => (typed() > n ? true : undefined), 'the types of the save', { output: start.output, ms: 120_000 });
      await pause(3_000);
    }
  } finally {
    await watcher.stop();
    await start.stop();
  }
  const ms = (value) => `${value.toFixed(0)} ms`.padStart(9);
  const row = (name, five, all, baseline) =>
    console.log(`  ${pad(name, 22)}${ms(five)}${ms(all)}${ms(baseline)}   ${(five / baseline).toFixed(2)}×`);
  console.log('\nf) npm start, from a save to the change being served (median of the first 5 saves and of all 20; saves 3 s after the previous one is done)');
  console.log(`  ${pad('', 22)}${'5 saves'.padStart(9)}${'20 saves'.padStart(9)}${'bare tool'.padStart(9)}   5 saves × bare tool`);
  row('save → docs', median(toDocs.slice(0, 5)), median(toDocs), median(docs));
  row('save → mock', median(toMock.slice(0, 5)), median(toMock), median(prism));
  console.log('  (bare tool: one `redocly build-docs`; a cold Prism until its first answer; median of 3)');
  const c = watcher.counts;
  console.log(
    `  probe every 25 ms across 20 saves: ${c.requests} requests, ${c.ok} answered, ${c.refused} refused, ${c.reset} reset, ` +
      `${c.otherError} other errors, ${c.serverError} 5xx${watcher.failures.length ? ` (${[...new Set(watcher.failures)].join(', ')})` : ''}`,
  );
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
};
console.log(`palomma-openapi benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(sections)) if (!only || only === name) await run();
