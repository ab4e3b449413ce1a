// Prism behind the guard front: the front owns the public port and refuses what must not reach Prism, Prism listens
// on a private loopback port, and a Prism that dies is started again on that port (or another, if it was taken
// meanwhile) while the front holds requests for it.
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { checkAllowedHost } from '../http/host-check.js';
import { checkAllowedOrigin } from '../http/origin-check.js';
import { specPath } from '../package-files.js';
import { startGuardFront, type GuardFront } from './front.js';
import { freePort, launch, prismCliPath, PrismStartError, stopper } from './process.js';
import { supervise, type Exit } from './supervise.js';
import type { LaunchedPrism, MockServer, MockServerOptions, PrismCall, PrismFrontOptions, PrismOptions, PrismProxyOptions } from './types.js';

/** `host` without the brackets an IPv6 address has in a URL (`[::1]` → `::1`). */
const bareHost = (host: string) => String(host).replace(/^\[(.*)\]$/, '$1');

function checkHost(host: unknown, allowRemote: boolean): asserts host is string {
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(
      `Refusing to listen on ${host}: the mock listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote-listen)`,
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

/** Checks the `allowedHosts` and `allowedOrigins` options (the --allowed-host and --allowed-origin flags). */
export function checkAllowed(options: { allowedHosts?: readonly string[] | undefined; allowedOrigins?: readonly string[] | undefined }): { allowedHosts: string[]; allowedOrigins: string[] } {
  return { allowedHosts: (options.allowedHosts ?? []).map(checkAllowedHost), allowedOrigins: (options.allowedOrigins ?? []).map(checkAllowedOrigin) };
}

interface PrismInstance {
  child: ChildProcess;
  pid: number | undefined;
  port: number;
  exited: Promise<Exit>;
  stop: () => Promise<void>;
}

/**
 * Prism behind the guard front: the front owns the public port, Prism listens on a private loopback port, and a
 * Prism that dies is started again on that port (or another, if it was taken meanwhile).
 */
async function startPrism(call: PrismCall, options: PrismOptions & PrismFrontOptions, what: string): Promise<MockServer> {
  const { port, host = '127.0.0.1', allowRemote = false, timeoutMs = 30_000, onLog, log = (line: string) => console.error(line), restarts = {}, extraPorts, frontHeaders, check, palommaShape } = options;
  checkHost(host, allowRemote);
  const wanted = checkPort(port);
  const allowed = checkAllowed(options);
  // Prism's own process, unless the caller runs it somewhere else (options.launch).
  const launchPrism = options.launch ?? processLauncher(prismCliPath(), { timeoutMs, onLog });
  // The OS takes an IPv6 address without the URL brackets.
  const listenHost = bareHost(host);
  let front: GuardFront;
  try {
    front = await startGuardFront({
      port: wanted,
      host: listenHost,
      name: what,
      ...allowed,
      ...(extraPorts ? { extraPorts } : {}),
      ...(check ? { check } : {}),
      ...(palommaShape ? { palommaShape } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A busy port is one line with Node's own code and the port, so a command can name the flag that picks another.
    if (code === 'EADDRINUSE') throw Object.assign(new Error(`port ${wanted} on ${host} is already in use`, { cause: error }), { code, port: wanted });
    throw new Error(`Cannot listen on ${host}:${wanted}: ${code ?? (error as Error).message} (is that address configured on this machine?)`, { cause: error });
  }
  let internalPort: number | undefined;
  const startOne = async (): Promise<PrismInstance> => {
    for (let attempt = 1; ; attempt++) {
      const chosen = internalPort ?? (await freePort('127.0.0.1'));
      try {
        const { child, exited, stop } = await launchPrism(call, chosen);
        internalPort = chosen;
        return { child, pid: child.pid, port: chosen, exited, stop };
      } catch (error) {
        if (!(error instanceof PrismStartError && error.addressInUse && attempt < 3)) throw error;
        internalPort = undefined; // taken meanwhile: another free one
      }
    }
  };
  let first: PrismInstance;
  try {
    first = await startOne();
  } catch (error) {
    await front.close();
    throw error;
  }
  const target = (instance: PrismInstance) => ({ port: instance.port, ...(frontHeaders ? { headers: frontHeaders } : {}) });
  await front.switchTo(target(first));
  const events = new EventEmitter();
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const closed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  closed.catch(() => {}); // seen through `closed` or the `failed` event; never an unhandled rejection
  let closing: Promise<void> | undefined;
  const supervisor = supervise<PrismInstance>({
    name: `Prism (${what} on ${front.url})`,
    first,
    start: startOne,
    onDown: (reason) => front.hold(reason),
    onUp: (instance) => void front.switchTo(target(instance)),
    onEvent: (event) => {
      if (event.type === 'failed') {
        front.fail(`${what} has stopped: ${event.error.message}`);
        void close(event.error);
      }
      events.emit(event.type, event);
    },
    report: log,
    ...(restarts.backoffMs ? { backoffMs: restarts.backoffMs } : {}),
    ...(restarts.maxStartFailures !== undefined ? { maxStartFailures: restarts.maxStartFailures } : {}),
    ...(restarts.restart === false ? { restart: false } : {}),
  });
  function close(failure?: Error): Promise<void> {
    closing ??= (async () => {
      await Promise.all([supervisor.stop(), front.close()]);
      if (failure) settle.reject(failure);
      else settle.resolve();
    })();
    return closing;
  }
  // `child` is whichever Prism serves now: a getter, which Object.assign would have read once.
  Object.defineProperty(events, 'child', { get: () => supervisor.current?.child, enumerable: true });
  return Object.assign(events, { url: front.url, port: front.port, closed, close: () => close() }) as unknown as MockServer;
}

const specArg = (spec: string | URL | undefined) => (spec instanceof URL ? fileURLToPath(spec) : String(spec ?? specPath));

/** `call` as the Prism CLI's arguments, on 127.0.0.1:`port`. */
function cliArgs({ command, spec, upstream, errors, dynamic, seed }: PrismCall, port: number): string[] {
  return [
    command,
    spec,
    ...(upstream !== undefined ? [upstream] : []),
    '-h', '127.0.0.1',
    '-p', String(port),
    ...(dynamic ? ['--dynamic'] : []),
    ...(seed !== undefined ? ['--seed', seed] : []),
    ...(errors ? ['--errors'] : []),
  ];
}

/** Each Prism in a process of its own: the CLI, run with `call`'s arguments. */
const processLauncher =
  (prismBin: string, settings: { timeoutMs: number; onLog: ((text: string) => void) | undefined }) =>
  async (call: PrismCall, port: number): Promise<LaunchedPrism> => {
    const { child, exited } = await launch(prismBin, cliArgs(call, port), settings);
    return { child, exited, stop: stopper(child) };
  };

/** What `prism mock` is asked for with these options (npm start's mock asks the same, in its kept Prism process). */
export function mockCall({ dynamic = false, seed, errors = false, spec }: Pick<MockServerOptions, 'dynamic' | 'seed' | 'errors' | 'spec'>): PrismCall {
  return { command: 'mock', spec: specArg(spec), errors, ...(dynamic ? { dynamic } : {}), ...(seed !== undefined && seed !== null ? { seed: String(seed) } : {}) };
}

/** `prism mock` on the spec, behind its front. */
export function mockBehindFront(options: MockServerOptions): Promise<MockServer> {
  return startPrism(mockCall(options), options, 'the mock');
}

/** `prism proxy` on the spec in front of `upstream`, behind its front. */
export function proxyBehindFront(options: PrismProxyOptions & PrismFrontOptions): Promise<MockServer> {
  const { upstream, errors = true, spec } = options;
  if (!upstream) throw new TypeError('startPrismProxy needs the upstream URL');
  const upstreamUrl = new URL(String(upstream));
  if (!['http:', 'https:'].includes(upstreamUrl.protocol)) throw new TypeError(`upstream must be http(s), not ${upstreamUrl.protocol}`);
  return startPrism({ command: 'proxy', spec: specArg(spec), upstream: upstreamUrl.href, errors }, options, options.name ?? 'the validating proxy');
}
