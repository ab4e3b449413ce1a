// A throwaway redis-server (Debian's) for the tests: on a free 127.0.0.1 port, in a temporary folder, nothing saved
// to disk; stopped (and its folder removed) by the test that started it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianTools, toolPath } from '../../scripts/lib/debian-packages.mjs';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, for `createClient({ url })`. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (redis-server takes a port number, not 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts redis-server; if another process takes the port between the probe and the bind, tries a new one. */
export async function startRedis(): Promise<RedisServer> {
  const binary = toolPath(debianTools.redis);
  if (!existsSync(binary)) {
    throw new Error(`redis-server not found at ${binary}: run node scripts/ensure-test-tools.mjs (npm test does) or set REDIS_SERVER_PATH`);
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
function ready(child: ChildProcess): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (!ok) child.kill('SIGKILL');
      else child.stdout!.resume(); // keep draining its log, so it never blocks on a full pipe
      resolve({ ok, output });
    };
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) finish(true);
    };
    const onExit = () => finish(false);
    const timer = setTimeout(() => finish(false), 10_000);
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', onExit);
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
