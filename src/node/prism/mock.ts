// Runs Prism on the bundled openapi.yaml, as a mock (`startMockServer`) or a validating proxy (`startPrismProxy`), on loopback.
// The Prism CLI (@stoplight/prism-cli) is an optional peer dependency.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { specPath } from '../package-files.js';

export { isLoopbackHost };

/** Absolute path of the openapi.yaml this package ships (at the package root, found from src/ or dist/). */
export const defaultSpecPath: string = specPath;

/** The @stoplight/prism-cli version this package is tested with. */
export const prismVersion: string = '5.14.2';

/** What both Prism commands take. */
export interface PrismOptions {
  /** TCP port; 0 or left out: a free port chosen for you. */
  port?: number;
  /** Interface to listen on. Defaults to 127.0.0.1 (IPv6: `::1` or `[::1]`); anything but loopback needs `allowRemote: true`. */
  host?: string;
  /** Allow a `host` other than loopback (127.0.0.0/8, ::1, localhost). Off by default. */
  allowRemote?: boolean;
  /** The OpenAPI file to serve. Defaults to the package's own openapi.yaml ({@link defaultSpecPath}). */
  spec?: string | URL;
  /** How long Prism may take to start, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Receives Prism's log output as it comes. Without it the log is read and dropped. */
  onLog?: (text: string) => void;
}

/** What `startMockServer` takes: where to listen, and how the mock answers. */
export interface MockServerOptions extends PrismOptions {
  /** Generate response bodies from the schemas instead of returning the spec's examples. */
  dynamic?: boolean;
  /** Seed for `dynamic`, so generated bodies are the same on every run. */
  seed?: string | number;
  /** Answer response violations with Prism's own problem+json errors (`prism mock --errors`). */
  errors?: boolean;
}

/** What `startPrismProxy` takes: where to listen, and the server to check. */
export interface PrismProxyOptions extends PrismOptions {
  /** The server to forward to, e.g. http://127.0.0.1:8080 or the sandbox URL. */
  upstream: string | URL;
  /**
   * `prism proxy --errors` (default true): a request that breaks the spec gets a 422 without reaching
   * upstream, a response that breaks it a 500 problem+json that lists the violations.
   */
  errors?: boolean;
}

/** A running Prism process. */
export interface MockServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:43125`. */
  readonly url: string;
  /** The port Prism listens on (the one asked for, or the free one chosen). */
  readonly port: number;
  /** The Prism child process. */
  readonly child: ChildProcess;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and resolves once the process has exited. */
  close(): Promise<void>;
}

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

/** `host` without the brackets an IPv6 address has in a URL (`[::1]` → `::1`). */
const bareHost = (host: string) => String(host).replace(/^\[(.*)\]$/, '$1');

function checkHost(host: unknown, allowRemote: boolean): asserts host is string {
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(
      `Refusing to listen on ${host}: the mock listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote)`,
    );
  }
}

function checkPort(port: unknown): number {
  if (port === undefined || port === null) return 0;
  const number = Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new TypeError(`port must be an integer from 0 to 65535 (0: any free port), not ${JSON.stringify(port)}`);
  }
  return number;
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

const urlFor = (host: string, port: number) => `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;

/** Why Prism did not start; `addressInUse` when its port was taken first. */
class PrismStartError extends Error {
  readonly addressInUse: boolean;
  constructor(message: string, output: string) {
    super(`${message}\n${output}`);
    this.addressInUse = /EADDRINUSE|address already in use/i.test(output);
  }
}

function launch(prismBin: string, args: string[], { timeoutMs, onLog }: { timeoutMs: number; onLog: ((text: string) => void) | undefined }): Promise<ChildProcess> {
  // --multiprocess false: one process, so close() stops all of Prism (it forks when NODE_ENV=production).
  const child = spawn(process.execPath, [prismBin, ...args, '--multiprocess', 'false'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { stdout, stderr } = child;
  track(child);
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
        resolve(child);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`Prism exited (${signal ?? `code ${code}`}) before listening`);
    stdout.on('data', onData);
    stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
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

/** The error for a port another process holds: one line, `code` EADDRINUSE and the `port`, as Node's own has. */
function portInUse(host: string, port: number, cause?: unknown): Error {
  return Object.assign(new Error(`port ${port} on ${host} is already in use`, { cause }), { code: 'EADDRINUSE', port });
}

// Binds `host` for a moment, so an address this machine does not have (IPv6 switched off, a typo) fails here
// with a clear message rather than as Prism's exit; with a `port`, that port, so a busy one is one line too,
// not Prism's exit and its option help.
function listenablePort(host: string, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') return reject(portInUse(host, port, error));
      reject(new Error(`Cannot listen on ${host}: ${error.code ?? error.message} (is that address configured on this machine?)`, { cause: error }));
    });
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

async function startPrism(command: 'mock' | 'proxy', positionals: string[], options: PrismOptions, extraArgs: string[]): Promise<MockServer> {
  const { port, host = '127.0.0.1', allowRemote = false, timeoutMs = 30_000, onLog } = options;
  checkHost(host, allowRemote);
  const wanted = checkPort(port);
  const prismBin = prismCliPath();
  // Prism (and the OS) take an IPv6 address without the URL brackets.
  const listenHost = bareHost(host);
  if (wanted) await listenablePort(listenHost, wanted);
  // A port picked here may be taken before Prism binds it; then pick another (a few times at most).
  const attempts = wanted === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const chosen = wanted || (await listenablePort(listenHost));
    const args = [command, ...positionals, '-h', listenHost, '-p', String(chosen), ...extraArgs];
    try {
      const child = await launch(prismBin, args, { timeoutMs, onLog });
      return { url: urlFor(listenHost, chosen), port: chosen, child, close: stopper(child) };
    } catch (error) {
      const taken = error instanceof PrismStartError && error.addressInUse;
      // Taken between the check above and Prism's own bind: still one line, not Prism's output.
      if (taken && wanted) throw portInUse(listenHost, chosen, error);
      if (!(taken && attempt < attempts)) throw error;
    }
  }
}

const specArg = (spec: string | URL | undefined) => (spec instanceof URL ? fileURLToPath(spec) : String(spec ?? defaultSpecPath));

/**
 * Starts a Prism mock of the Palomma API and resolves once it listens. It answers with the spec's
 * examples (or generated data with `dynamic`, or per request with `Prefer: dynamic=true`), picks a
 * documented status with `Prefer: code=401`, and rejects requests that break the spec (its 400/401 answers
 * and an `sl-violations` header). Listens on 127.0.0.1 and a free port unless told otherwise.
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { dynamic = false, seed, errors = false, spec } = options;
  const extra: string[] = [];
  if (dynamic) extra.push('--dynamic');
  if (seed !== undefined && seed !== null) extra.push('--seed', String(seed));
  if (errors) extra.push('--errors');
  return startPrism('mock', [specArg(spec)], options, extra);
}

/**
 * Starts `prism proxy` in front of `upstream`, checking every request and response against the spec: with
 * `errors` (the default) a request that breaks it gets a 422 without reaching upstream, and a response that
 * breaks it a 500 problem+json listing the violations. Violations are also in `sl-violations`.
 */
export function startPrismProxy(options: PrismProxyOptions): Promise<MockServer> {
  const { upstream, errors = true, spec } = options;
  if (!upstream) throw new TypeError('startPrismProxy needs the upstream URL');
  const upstreamUrl = new URL(String(upstream));
  if (!['http:', 'https:'].includes(upstreamUrl.protocol)) throw new TypeError(`upstream must be http(s), not ${upstreamUrl.protocol}`);
  return startPrism('proxy', [specArg(spec), upstreamUrl.href], options, errors ? ['--errors'] : []);
}
