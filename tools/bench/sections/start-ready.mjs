// npm start's "ready": from the launch to the docs and the mock each answering with the spec, and to the sandbox
// answering, against the floor any npm start pays, measured in the same run: node's own start-up (the npm start
// process) plus a cold Prism until its first answer (the mock's process has to load Prism and parse the spec).
import { spawn } from 'node:child_process';
import { freePort, startMockServer } from '../../../src/node/prism/mock.js';
import { defaultToken } from '../../../src/node/sandbox/index.js';
import { createdId, launchStart, until } from '../../dev-server/harness.mjs';
import { median } from '../measure.mjs';

// The create example's id in openapi.yaml: the mock answers with it once it serves the spec.
const exampleId = '01HPR8S7YF43PV3QV16TZDC80P';

/** Milliseconds from spawning `node -e ''` to its exit: what starting any node process costs here now. */
function nodeStartUp() {
  const begin = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - begin));
  });
}

/** Milliseconds from starting a cold Prism mock of openapi.yaml to its first answer. */
async function coldPrism() {
  const begin = performance.now();
  const mock = await startMockServer();
  try {
    await fetch(`${mock.url}/payoutTargets`, { headers: { authorization: 'Bearer t' } }).then((response) => response.arrayBuffer());
    return performance.now() - begin;
  } finally {
    await mock.close();
  }
}

/** One launch of npm start (sandbox included) on a fresh scratch copy: ms to each service answering. */
async function readyOnce() {
  const [docs, mock, sandbox, sandboxControl] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const ports = { docs: String(docs), mock: String(mock), sandbox: String(sandbox), sandboxControl: String(sandboxControl) };
  const begin = performance.now();
  const start = await launchStart({ sandbox: true, waitForUrls: false, ports });
  const token = process.env.PALOMMA_SANDBOX_TOKEN || defaultToken;
  const options = { ms: 120_000, everyMs: 10, output: start.output };
  const since = () => performance.now() - begin;
  try {
    const [docsMs, mockMs, sandboxMs] = await Promise.all([
      until(async () => ((await (await fetch(`http://127.0.0.1:${docs}/`)).text()).includes('Create a payout target') ? since() : undefined), 'the docs', options),
      until(async () => ((await createdId(`http://127.0.0.1:${mock}`)) === exampleId ? since() : undefined), 'the mock', options),
      until(async () => {
        const response = await fetch(`http://127.0.0.1:${sandbox}/customers?limit=1`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        return response.status === 200 ? since() : undefined;
      }, 'the sandbox', options),
    ]);
    return { docs: docsMs, mock: mockMs, both: Math.max(docsMs, mockMs), sandbox: sandboxMs };
  } finally {
    await start.stop();
  }
}

/**
 * Medians of `launches` launches, each right after its floor (node's start-up, then a cold Prism), so a machine
 * whose load drifts during the run weighs on both alike; `ratio` is the median of each launch over its own floor.
 */
export async function measureReady({ launches = 3 } = {}) {
  const runs = [];
  for (let i = 0; i < launches; i++) {
    const node = await nodeStartUp();
    const prism = await coldPrism();
    runs.push({ ...(await readyOnce()), node, prism, floor: node + prism });
  }
  const of = (key) => median(runs.map((run) => run[key]));
  const ratio = (key) => median(runs.map((run) => run[key] / run.floor));
  return {
    ...Object.fromEntries(['docs', 'mock', 'both', 'sandbox', 'node', 'prism', 'floor'].map((key) => [key, of(key)])),
    ratio: Object.fromEntries(['docs', 'mock', 'both', 'sandbox'].map((key) => [key, ratio(key)])),
  };
}
