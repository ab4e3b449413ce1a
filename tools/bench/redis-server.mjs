// A throwaway redis-server (Debian's) for the bench and the tests: on a free 127.0.0.1 port, in a temporary folder,
// nothing saved to disk; stopped (and its folder removed) by whoever started it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where redis-server is expected (Debian's package), and the variable that can point elsewhere. */
export const redisServerBinary = { package: 'redis-server', path: '/usr/bin/redis-server', env: 'REDIS_SERVER_PATH' };
export const redisServerPath = () => process.env[redisServerBinary.env] || redisServerBinary.path;

/** A port that was free a moment ago (redis-server takes a port number, not 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts redis-server and resolves once it accepts connections; if another process takes the port between the
 * probe and the bind, tries a new one (five at most).
 * @returns {Promise<{ url: string, port: number, pid: number, stop(): Promise<void> }>}
 */
export async function startRedisServer() {
  const binary = redisServerPath();
  if (!existsSync(binary)) {
    throw new Error(`redis-server not found at ${binary}: run node scripts/ensure-test-tools.mjs (npm test does) or set ${redisServerBinary.env}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'palomma-redis-'));
  let lastOutput = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--logfile', '', '--maxmemory', '256mb'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const started = await ready(child);
    if (started.ok) {
      const stopOnExit = () => child.kill('SIGKILL');
      process.once('exit', stopOnExit);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        pid: child.pid,
        async stop() {
          process.off('exit', stopOnExit);
          await stopProcess(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    lastOutput = started.output;
    if (!/Address already in use/i.test(started.output)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`redis-server did not start:\n${lastOutput.slice(-2_000)}`);
}

/** Waits (at most 10 s) for redis-server to say it accepts connections, or to exit. */
function ready(child) {
  return new Promise((resolve) => {
    let output = '';
    const finish = (ok) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      if (!ok) child.kill('SIGKILL');
      else child.stdout.resume(); // keep draining its log, so it never blocks on a full pipe
      resolve({ ok, output });
    };
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) finish(true);
    };
    const onExit = () => finish(false);
    const timer = setTimeout(() => finish(false), 10_000);
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', onExit);
  });
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
