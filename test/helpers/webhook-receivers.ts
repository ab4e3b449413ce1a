// Starts webhook receiver processes (test/helpers/webhook-receiver-process.ts, bundled once), counts what each
// processed, and stops them; plus a sender that delivers like Palomma: again, later, until acknowledged.
import { fork, type ChildProcess } from 'node:child_process';
import { bundleScript } from '../../tools/bench/bundle.mjs';

export interface ReceiverOptions {
  count: number;
  redisUrl: string;
  prefix: string;
  integrityKey: string;
  /** Every Nth webhookId fails its first processing in each process; 0 for none. */
  failFirst?: number;
  /** Report each processing to the parent (for counting); off for benchmarks. */
  report?: boolean;
}

export interface Receivers {
  /** Each process's two URLs: behind the shared Redis store, and behind its own in-memory store. */
  urls: { redis: string; memory: string }[];
  /** webhookId → how many times it was processed, per store. */
  processed: { redis: Map<string, number>; memory: Map<string, number> };
  failed: { redis: number; memory: number };
  stop(): Promise<void>;
}

export async function startReceivers(options: ReceiverOptions): Promise<Receivers> {
  const script = await bundleScript('test/helpers/webhook-receiver-process.ts');
  const processed = { redis: new Map<string, number>(), memory: new Map<string, number>() };
  const failed = { redis: 0, memory: 0 };
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    script.remove();
  };
  try {
    const ports = await Promise.all(
      Array.from({ length: options.count }, () => {
        const child = fork(script.file, [], {
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
        child.on('message', (message: { processed?: string; failed?: string; store?: 'redis' | 'memory' }) => {
          if (message.processed && message.store) processed[message.store].set(message.processed, (processed[message.store].get(message.processed) ?? 0) + 1);
          if (message.failed && message.store) failed[message.store]++;
        });
        return readyPorts(child);
      }),
    );
    const urls = ports.map((p) => ({ redis: `http://127.0.0.1:${p.redis}/webhooks/palomma`, memory: `http://127.0.0.1:${p.memory}/webhooks/palomma` }));
    return { urls, processed, failed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readyPorts(child: ChildProcess): Promise<{ redis: number; memory: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a receiver process did not start within 15 s')), 15_000);
    const onMessage = (message: { ready?: { redis: number; memory: number } }) => {
      if (!message.ready) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message.ready);
    };
    const onExit = (code: number | null) => (clearTimeout(timer), reject(new Error(`a receiver process exited (${code}) before it was ready`)));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send('stop');
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface Delivery {
  headers: Record<string, string>;
  body: string;
}

/**
 * Delivers like Palomma: POSTs until a 2xx, again after `retryMs` on a 409 or a 5xx; gives up on any other answer,
 * or after `attempts` tries. Resolves to every status answered, in order.
 */
export async function deliverUntilAcknowledged(url: string, delivery: Delivery, { attempts = 25, retryMs = 10 } = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const response = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    statuses.push(response.status);
    if (response.ok || (response.status !== 409 && response.status < 500)) break;
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
  return statuses;
}
