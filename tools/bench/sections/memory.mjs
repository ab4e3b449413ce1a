import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { rootDir } from '../../../codegen/spec-file.mjs';
import { pad } from '../print.mjs';

// g) Memory for a response over the cap: peak RSS of a process reading a 128 MiB body, through the client (default
// cap, 10 MiB) and through raw fetch's .text() (everything buffered, as the client did before the cap).
export async function memorySection() {
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
