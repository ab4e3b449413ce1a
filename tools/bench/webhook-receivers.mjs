// Starts webhook receiver processes (webhook-receiver-process.mjs, run with tsx) for the bench and the tests, counts
// what each processed, and stops them.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rootDir } from '../../codegen/spec-file.mjs';

const script = fileURLToPath(new URL('./webhook-receiver-process.mjs', import.meta.url));

/**
 * @param {{ count: number, redisUrl: string, prefix: string, integrityKey: string, failFirst?: number, report?: boolean }} options
 *   `failFirst`: every Nth webhookId fails its first processing in each process (0 for none); `report`: a message
 *   per processing, for counting (off for benchmarks).
 * @returns {Promise<{ urls: { redis: string, memory: string }[], processed: { redis: Map<string, number>, memory: Map<string, number> },
 *   failed: { redis: number, memory: number }, cpuMicros(index: number): Promise<number>, stop(): Promise<void> }>}
 *   each process's two URLs (behind the shared Redis store, behind its own in-memory store), per store how many times
 *   each webhookId was processed, and the CPU time (user + system, µs) a process has used so far.
 */
export async function startReceivers(options) {
  const processed = { redis: new Map(), memory: new Map() };
  const failed = { redis: 0, memory: 0 };
  const children = [];
  const stop = () => Promise.all(children.map(stopChild)).then(() => undefined);
  try {
    const ports = await Promise.all(
      Array.from({ length: options.count }, () => {
        const child = fork(script, [], {
          cwd: rootDir, // tsx reads tsconfig.json's paths from here: the package's name is its source
          execArgv: ['--import', 'tsx'],
          env: {
            ...process.env,
            RECEIVER_REDIS_URL: options.redisUrl,
            RECEIVER_PREFIX: options.prefix,
            RECEIVER_INTEGRITY_KEY: options.integrityKey,
            RECEIVER_FAIL_FIRST: String(options.failFirst ?? 0),
            RECEIVER_REPORT: options.report === false ? 'none' : 'each',
          },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        children.push(child);
        child.on('message', (message) => {
          if (message.processed && message.store) processed[message.store].set(message.processed, (processed[message.store].get(message.processed) ?? 0) + 1);
          if (message.failed && message.store) failed[message.store]++;
        });
        return readyPorts(child);
      }),
    );
    const urls = ports.map((p) => ({ redis: `http://127.0.0.1:${p.redis}/webhooks/palomma`, memory: `http://127.0.0.1:${p.memory}/webhooks/palomma` }));
    const cpuMicros = (index) =>
      new Promise((resolve) => {
        const child = children[index];
        const onMessage = (message) => {
          if (!message.cpu) return;
          child.off('message', onMessage);
          resolve(message.cpu.user + message.cpu.system);
        };
        child.on('message', onMessage);
        child.send('cpu');
      });
    return { urls, processed, failed, cpuMicros, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readyPorts(child) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a receiver process did not start within 15 s')), 15_000);
    const onMessage = (message) => {
      if (!message.ready) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message.ready);
    };
    const onExit = (code) => (clearTimeout(timer), reject(new Error(`a receiver process exited (${code}) before it was ready`)));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send('stop');
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
