// Starting one Prism process: where the CLI is, a free port, the process and how it is stopped. Children still
// running when this process exits are killed with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { englishFakerImport } from './english-faker.js';
import { watchExit } from './exit-watch.js';
import type { Exit } from './supervise.js';

/** The @stoplight/prism-cli version this package is tested with. */
export const prismVersion: string = '5.14.2';

/** Path of the Prism CLI's entry point; throws an Error naming the install command when it is missing. */
export function prismCliPath(): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  } catch (cause) {
    throw new Error(
      'palomma-openapi/mock needs the Prism CLI, an optional peer dependency that is not installed. ' +
        `Install it with: npm install --save-dev @stoplight/prism-cli@${prismVersion}`,
      { cause },
    );
  }
  return join(dirname(manifest), 'dist/index.js');
}

/** Asks the OS for a free TCP port on `host` (default 127.0.0.1). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Children still running when this process exits are killed with it, so a crashed test run leaves no Prism behind.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
}

/** Why Prism did not start; `addressInUse` when its port was taken first. */
export class PrismStartError extends Error {
  readonly addressInUse: boolean;
  constructor(message: string, output: string) {
    super(`${message}\n${output}`);
    this.addressInUse = /EADDRINUSE|address already in use/i.test(output);
  }
}

export function launch(prismBin: string, args: string[], { timeoutMs, onLog }: { timeoutMs: number; onLog: ((text: string) => void) | undefined }): Promise<{ child: ChildProcess; exited: Promise<Exit> }> {
  // --multiprocess false: one process, so close() stops all of Prism (it forks when NODE_ENV=production).
  // --cors false: the front answers CORS; Prism's own echoes every origin, with credentials.
  // englishFakerImport: a faker that starts in a third of the CPU (english-faker.ts).
  const child = spawn(process.execPath, [...englishFakerImport(prismBin), prismBin, ...args, '--multiprocess', 'false', '--cors', 'false'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { stdout, stderr } = child;
  track(child);
  // How it ends, with the error it printed last: what the supervisor reports.
  const exited = watchExit(child);
  let output = '';
  let listening = false;
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new PrismStartError(message, output));
    };
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      onLog?.(text);
      if (listening) return;
      if (output.length < 100_000) output += text;
      if (output.includes('Prism is listening')) {
        listening = true;
        clearTimeout(timer);
        child.off('exit', onExit);
        output = ''; // from here on Prism logs requests, headers included: keep none of it
        if (!onLog) {
          stdout.off('data', onData);
          stderr.off('data', onData);
          // Keep draining Prism's log so a full pipe never stalls it.
          stdout.resume();
          stderr.resume();
        }
        resolve({ child, exited });
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`Prism exited (${signal ?? `code ${code}`}) before listening`);
    stdout.on('data', onData);
    stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

export function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

