// Drives `npm start` on a scratch copy of the spec for the bench and the tests: launch it, edit the spec the way a
// maintainer saves it, wait until docs and mock show an edit, and probe the mock for refused or reset connections.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSpec, rootDir, specPath } from '../../codegen/spec-file.mjs';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` every `everyMs` until it returns something other than undefined; bounded by `ms`.
 * @template T
 * @param {() => Promise<T | undefined>} probe
 * @param {string} what
 * @param {{ ms?: number, everyMs?: number, output?: () => string }} [options]
 * @returns {Promise<T>}
 */
export async function until(probe, what, { ms = 30_000, everyMs = 20, output = () => '' } = {}) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await pause(everyMs);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; npm start printed:\n${output()}`);
}

/**
 * Starts `npm start` (through npm itself with `viaNpm`, as a maintainer does) on a scratch copy of openapi.yaml
 * (or in `scratch`, which holds one already), with free ports unless `ports` says otherwise, and the sandbox only
 * with `sandbox`, and `args` after its own. Resolves once it prints its URLs, unless `waitForUrls` is false.
 * @param {{ viaNpm?: boolean, sandbox?: boolean, ports?: { docs: string, mock: string, sandbox?: string, sandboxControl?: string }, spec?: string, scratch?: string,
 *   waitForUrls?: boolean, args?: string[], detached?: boolean }} [options]
 */
export async function launchStart({ viaNpm = false, ports = { docs: '0', mock: '0' }, spec = specPath, scratch, waitForUrls = true, sandbox = false, args: extra = [], detached = false } = {}) {
  const dir = scratch ?? mkdtempSync(join(tmpdir(), 'palomma-start-'));
  const specCopy = join(dir, 'openapi.yaml');
  if (!scratch) copyFileSync(spec, specCopy);
  const args = [
    ...['--spec', specCopy, '--generated', join(dir, 'generated'), '--docs', join(dir, 'docs/index.html')],
    ...['--state-dir', join(dir, 'state'), '--docs-port', ports.docs, '--mock-port', ports.mock],
    ...(sandbox ? ['--sandbox-port', ports.sandbox ?? '0', '--sandbox-control-port', ports.sandboxControl ?? '0'] : ['--without-sandbox']),
    ...extra,
  ];
  // `detached`: npm start leads its own process group, so a test can signal it as a terminal does (the whole group).
  const options = { cwd: rootDir, stdio: /** @type {['ignore', 'pipe', 'pipe']} */ (['ignore', 'pipe', 'pipe']), detached };
  const child = viaNpm
    ? spawn('npm', ['start', '--silent', '--', ...args], options)
    : spawn(process.execPath, ['--import', 'tsx', join(rootDir, 'tools/dev-server/start.mjs'), ...args], options);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = {
    docsUrl: '',
    mockUrl: '',
    dir,
    specCopy,
    child,
    exited,
    output: () => output,
    read: () => readFileSync(specCopy, 'utf8'),
    /** Saves `text` as an editor does: the whole file at once. */
    save: (text) => writeFileSync(specCopy, text),
    docsText: () => fetch(started.docsUrl).then((response) => response.text()),
    /** The id the mock answers a create with (the spec's first example), or undefined when it does not answer. */
    createdId: () => createdId(started.mockUrl),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, pause(15_000)]);
      }
      if (!scratch) rmSync(dir, { recursive: true, force: true });
    },
  };
  if (waitForUrls) {
    await Promise.race([
      until(async () => (/^Mock: /m.test(output) ? true : undefined), 'the URLs', { ms: 90_000, output: () => output }),
      exited.then(({ code }) => {
        throw new Error(`npm start exited (code ${code}) before printing its URLs:\n${output}`);
      }),
    ]);
    started.docsUrl = /^Docs: (\S+)/m.exec(output)[1];
    started.mockUrl = /^Mock: (\S+)/m.exec(output)[1];
  }
  return started;
}

export async function createdId(mockUrl) {
  const response = await fetch(`${mockUrl}/payoutTargets`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
    body: JSON.stringify(exampleBody()),
  });
  if (response.status !== 200) return undefined;
  return (await response.json()).id;
}

// The request example, from the project's spec: the edits below never touch it.
let body;
const exampleBody = () =>
  (body ??= Object.values(readSpec().paths['/payoutTargets'].post.requestBody.content['application/json'].examples)[0].value);

/**
 * The spec with save number `n` applied: the create operation's summary and its response example's id both
 * carry `n`, so the docs and the mock each show which save they serve.
 */
export function editedSpec(original, n) {
  const id = `01HPR8S7YF43PV3QV16TZ${String(n).padStart(5, '0')}`;
  return {
    text: original.replace('summary: Create a payout target', `summary: Create a payout target (save ${n})`).replaceAll('01HPR8S7YF43PV3QV16TZDC80P', id),
    summary: `Create a payout target (save ${n})`,
    id,
  };
}

/**
 * Calls the mock every `everyMs` until `stop()`; counts answers and failures by kind (refused, reset, other
 * errors, 5xx answers from the front).
 */
export function probe(url, everyMs = 25) {
  const counts = { requests: 0, ok: 0, refused: 0, reset: 0, otherError: 0, serverError: 0 };
  const failures = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const next = pause(everyMs);
      counts.requests++;
      try {
        const response = await fetch(`${url}/payoutTargets?limit=1`, { headers: { authorization: 'Bearer test-token' } });
        await response.arrayBuffer();
        if (response.status >= 500) {
          counts.serverError++;
          failures.push(`HTTP ${response.status}`);
        } else counts.ok++;
      } catch (error) {
        const code = error.cause?.code ?? error.code ?? error.message;
        if (code === 'ECONNREFUSED') counts.refused++;
        else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') counts.reset++;
        else counts.otherError++;
        failures.push(String(code));
      }
      await next;
    }
  })();
  return {
    counts,
    failures,
    async stop() {
      running = false;
      await loop;
      return counts;
    },
  };
}
