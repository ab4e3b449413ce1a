// Runs Prism on the bundled openapi.yaml, as a mock (`startMockServer`) or a validating proxy (`startPrismProxy`), on loopback.
// The Prism CLI (@stoplight/prism-cli) is an optional peer dependency.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, isIPv4, isIPv6 } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specPath } from '../package-files.js';

/** The spec the package ships: `openapi.yaml` at the package root, found from this file (src/ or dist/). */
export const defaultSpecPath = specPath;

export const prismVersion = '5.14.2';

/** Where the Prism CLI's entry point is; a clear Error when the optional peer dependency is missing. */
export function prismCliPath() {
  let manifest;
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
const bareHost = (host) => String(host).replace(/^\[(.*)\]$/, '$1');

/**
 * True for hosts that only this machine can reach: localhost, the IPv4 addresses 127.0.0.0/8 (strictly: four
 * decimal parts of 0-255) and the IPv6 loopback ::1 in any spelling, bracketed or not (also IPv4-mapped 127.x).
 */
export function isLoopbackHost(host) {
  const bare = bareHost(host).toLowerCase();
  if (bare === 'localhost') return true;
  if (isIPv4(bare)) return bare.startsWith('127.');
  if (!isIPv6(bare)) return false;
  const canonical = new URL(`http://[${bare}]`).hostname; // compressed form: [::1], [::ffff:7f00:1]
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}

function checkHost(host, allowRemote) {
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(
      `Refusing to listen on ${host}: the mock listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote)`,
    );
  }
}

function checkPort(port) {
  if (port === undefined || port === null) return 0;
  const number = Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new TypeError(`port must be an integer from 0 to 65535 (0: any free port), not ${JSON.stringify(port)}`);
  }
  return number;
}

/** Asks the OS for a free TCP port on `host`. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Children still running when this process exits are killed with it, so a crashed test run leaves no Prism behind.
const running = new Set();
let exitHookInstalled = false;
function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
}

const urlFor = (host, port) => `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;

function launch(prismBin, args, { timeoutMs, onLog }) {
  // --multiprocess false: one process, so close() stops all of Prism (it forks when NODE_ENV=production).
  const child = spawn(process.execPath, [prismBin, ...args, '--multiprocess', 'false'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  let listening = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (message) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      const error = new Error(`${message}\n${output}`);
      error.addressInUse = /EADDRINUSE|address already in use/i.test(output);
      reject(error);
    };
    const onData = (chunk) => {
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
          child.stdout.off('data', onData);
          child.stderr.off('data', onData);
          // Keep draining Prism's log so a full pipe never stalls it.
          child.stdout.resume();
          child.stderr.resume();
        }
        resolve(child);
      }
    };
    const onExit = (code, signal) => fail(`Prism exited (${signal ?? `code ${code}`}) before listening`);
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopper(child) {
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

// Binds `host` for a moment, so an address this machine does not have (IPv6 switched off, a typo) fails here
// with a clear message rather than as Prism's exit.
async function listenablePort(host) {
  try {
    return await freePort(host);
  } catch (error) {
    throw new Error(`Cannot listen on ${host}: ${error.code ?? error.message} (is that address configured on this machine?)`, { cause: error });
  }
}

async function startPrism(command, positionals, options, extraArgs) {
  const { port, host = '127.0.0.1', allowRemote = false, timeoutMs = 30_000, onLog } = options;
  checkHost(host, allowRemote);
  const wanted = checkPort(port);
  const prismBin = prismCliPath();
  // Prism (and the OS) take an IPv6 address without the URL brackets.
  const listenHost = bareHost(host);
  if (wanted) await listenablePort(listenHost);
  // A port picked here may be taken before Prism binds it; then pick another (a few times at most).
  const attempts = wanted === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const chosen = wanted || (await listenablePort(listenHost));
    const args = [command, ...positionals, '-h', listenHost, '-p', String(chosen), ...extraArgs];
    try {
      const child = await launch(prismBin, args, { timeoutMs, onLog });
      return { url: urlFor(listenHost, chosen), port: chosen, child, close: stopper(child) };
    } catch (error) {
      if (!(error.addressInUse && attempt < attempts)) throw error;
    }
  }
}

const specArg = (spec) => (spec instanceof URL ? fileURLToPath(spec) : String(spec ?? defaultSpecPath));

/**
 * Starts `prism mock` on the spec (the bundled openapi.yaml by default) and resolves once it listens:
 * `{ url, port, child, close() }`. Requests that break the spec get its 400/401 answers and an
 * `sl-violations` header. Listens on 127.0.0.1 and a free port unless told otherwise.
 */
export function startMockServer(options = {}) {
  const { dynamic = false, seed, errors = false, spec } = options;
  const extra = [];
  if (dynamic) extra.push('--dynamic');
  if (seed !== undefined && seed !== null) extra.push('--seed', String(seed));
  if (errors) extra.push('--errors');
  return startPrism('mock', [specArg(spec)], options, extra);
}

/**
 * Starts `prism proxy` in front of `upstream`: every exchange is checked against the spec; with
 * `errors` (the default) a request that breaks it gets a 422 without reaching upstream, and a response
 * that breaks it a 500 problem+json listing the violations. Violations are also in `sl-violations`.
 */
export function startPrismProxy(options = {}) {
  const { upstream, errors = true, spec } = options;
  if (!upstream) throw new TypeError('startPrismProxy needs the upstream URL');
  const upstreamUrl = new URL(String(upstream));
  if (!['http:', 'https:'].includes(upstreamUrl.protocol)) throw new TypeError(`upstream must be http(s), not ${upstreamUrl.protocol}`);
  return startPrism('proxy', [specArg(spec), upstreamUrl.href], options, errors ? ['--errors'] : []);
}
