import { spawn } from 'node:child_process';
import { ensureBuilt, runPerCallJob } from '../built-package.mjs';
import { requestBody, responseText } from '../examples.mjs';
import { pairTable, table } from '../print.mjs';

/**
 * A small node:http server on 127.0.0.1 in its own process, answering every request with the spec's example:
 * with `res.end(body)`, so Node declares the length, or `chunked`, written in two pieces with no length.
 */
async function startServer() {
  const server = spawn(
    process.execPath,
    [
      '-e',
      `const body = ${JSON.stringify(responseText)};
       require('node:http').createServer((q, r) => {
         q.resume();
         q.on('end', () => {
           r.setHeader('content-type', 'application/json');
           if (!q.url.includes('/chunked/')) return r.end(body);
           r.write(body.slice(0, 100));
           r.end(body.slice(100));
         });
       }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the loopback server exited (${code})`)));
    server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
  });
  return { server, url: `http://127.0.0.1:${port}` };
}

// b) Per-call cost over a real HTTP connection (keep-alive, loopback), then throughput with 8 concurrent callers.
export async function loopbackSection() {
  ensureBuilt();
  const { server, url } = await startServer();
  try {
    const rows = {};
    for (const [name, prefix] of Object.entries({ 'loopback, Content-Length declared': 'length', 'loopback, chunked (no Content-Length)': 'chunked' })) {
      rows[name] = await runPerCallJob({ kind: 'pair', transport: 'http', baseUrl: `${url}/${prefix}/v0`, requestBody, rounds: 7, calls: 600, warmup: 3_000 });
    }
    pairTable(
      'b) Per call, loopback HTTP (node:http on 127.0.0.1, one caller): the same two calls, each through the global fetch\n' +
        "   (µs per call, medians of 7 rounds of 600 calls a side in ABBA order call by call, after 3 000 warm-up calls\n" +
        "   a side so both run optimised code; ratio: median of each round's palomma ÷ raw)",
      rows,
      1.1,
    );
    const throughput = await runPerCallJob({ kind: 'throughput', transport: 'http', baseUrl: `${url}/length/v0`, requestBody, rounds: 5, ms: 600 });
    table('   Throughput, 8 concurrent callers (req/s, median of 5 interleaved rounds; higher is better)', 'req/s', throughput, 'raw fetch + timeout signal');
  } finally {
    server.kill();
  }
}
