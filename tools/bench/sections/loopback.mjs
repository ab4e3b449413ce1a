import { spawn } from 'node:child_process';
import { benchClients } from '../clients.mjs';
import { requestBody, responseText } from '../examples.mjs';
import { median, requestsPerSecond } from '../measure.mjs';
import { table } from '../print.mjs';

// b) Requests per second over loopback against a small node:http server in its own process.
export async function loopbackSection() {
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
