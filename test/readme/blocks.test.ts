// Every code block of the README runs as it is introduced, or says why it cannot: a block this file does not know
// fails the first test, so a new example cannot go unchecked. The blocks run here run as a package user runs
// them: `palomma-openapi` imported by name (the package's own exports, over dist/), TypeScript through tsx, `npx`
// as a shell function that runs this package's own bin and tsx; only ports are swapped for free ones.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import { freePort } from '../../src/node/prism/mock.js';
import { startSandboxServer, type SandboxServer } from '../../src/node/sandbox/index.js';
import { waitFor } from '../helpers/processes.js';
import { bankAccount, customerBody } from '../helpers/sandbox.js';
import { exampleEnvelope, webhookTypes } from '../helpers/webhooks.js';

const run = promisify(execFile);
const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
// Inside the repository, so `palomma-openapi` resolves to this package by its own name, as it does for a user.
const scratch = mkdtempSync(join(root, 'test/readme/.example-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Block {
  lang: string;
  code: string;
  /** The README line the block starts on. */
  line: number;
}
// Blocks in a list item are indented with it.
const blocks: Block[] = [...readme.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
  lang: m[2]!,
  code: m[3]!.replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  line: readme.slice(0, m.index).split('\n').length,
}));

/** The one block whose code includes `text`. */
function block(text: string): Block {
  const found = blocks.filter((b) => b.code.includes(text));
  expect(found.map((b) => b.line), `one README block containing ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

// How each block is checked: run here (by the test named), run by another test file (which reads it from the
// README), or not run, and why. Matched by a line of the block.
const checks: { has: string; how: string }[] = [
  { has: 'npm install palomma-openapi', how: 'not run: it installs from the registry (test/package/consumer.test.ts installs the packed package)' },
  { has: "import { createPalommaClient } from 'palomma-openapi';               // ESM", how: 'here: the import lines' },
  { has: 'npm ci && npm start', how: 'not run: CI runs these two (.ci/run); test/tools/dev-server/start.test.ts runs npm start' },
  { has: 'lint clean: serving it (mock 2950 ms', how: 'output: what npm start prints (test/tools/dev-server/start.test.ts)' },
  { has: '✖ openapi.yaml:163:7 is not valid YAML', how: 'output: what npm start prints on a bad save (test/tools/dev-server/start.test.ts)' },
  { has: 'npm start: port 4010 for the mock is already in use', how: 'output: test/tools/dev-server/start.test.ts' },
  { has: "type CreatePayoutTargetBody,\n} from 'palomma-openapi';", how: 'test/readme/readme.test.ts: the payout worked example' },
  { has: "import { createPalommaClient, PalommaValidationError, type CreatePayinLinkBody } from 'palomma-openapi';", how: 'test/readme/readme.test.ts: the payin worked example' },
  { has: 'for await (const payout of palomma.payoutRequests.list', how: "test/node/sandbox/in-process.test.ts: the README's paging loop" },
  { has: "logger: console,\n  logLevel: 'info',", how: 'here: raw responses and logging' },
  { has: 'POST /payoutTargets: request is invalid, not sent:', how: 'output: a PalommaValidationError message (test/client/validation.test.ts)' },
  { has: "} from 'palomma-openapi/webhooks';\n\n// Your own code", how: 'here: the webhook receiver' },
  { has: 'PALOMMA_INTEGRITY_KEY=test-key npx tsx receiver.ts', how: 'here: the webhook receiver' },
  { has: 'npx palomma webhook send --url http://127.0.0.1:3000/webhooks/palomma', how: 'here: the webhook receiver' },
  { has: 'npm run generate\n', how: 'not run: it rewrites the repository (test/codegen/check-generated.test.ts runs the generator)' },
  { has: 'npm run spec:diff -- --base main\n', how: 'not run: it reads the git history (test/tools/spec-diff/cli.test.ts runs spec:diff)' },
  { has: 'npm run api:report   #', how: 'not run: it rewrites api/ (npm test runs check:api)' },
  { has: 'npm version 0.2.0 --no-git-tag-version', how: 'not run: a release step, it changes the version' },
  { has: 'git tag v0.2.0', how: 'not run: a release step' },
  { has: 'npx vitest run test/contract', how: 'not run: it is part of the suite (the paths it names are checked here)' },
  { has: 'npm run test:stress', how: 'not run: it is the whole suite' },
  { has: 'npx palomma mock                       #', how: 'not run here: it listens on the fixed port 4010 (test/node/prism/mock.test.ts runs the bin on free ports)' },
  { has: "BODY='{\"customerId\"", how: 'here: the mock curls' },
  { has: "import { startMockServer, type MockServer } from 'palomma-openapi/mock';", how: 'test/node/prism/mock.test.ts, which carries it word for word (checked here)' },
  { has: 'npm install --save-dev @stoplight/prism-cli@5.14.2\nnpx palomma sandbox', how: 'not run here: it installs, then listens on fixed ports (test/node/cli/sandbox.test.ts runs the bin)' },
  { has: 'C=http://127.0.0.1:4021', how: 'here: the control API curls' },
  { has: "import { createSandbox } from 'palomma-openapi/sandbox';", how: "test/node/sandbox/in-process.test.ts: the README's in-process example" },
  { has: 'PALOMMA_TOKEN=<sandbox key> npx palomma proxy', how: 'not run: it needs the network and a key (test/node/cli/proxy.test.ts runs the proxy against local upstreams)' },
  {
    has: "import { createRedisWebhookStore, type RedisScriptClient } from 'palomma-openapi/webhooks/redis';",
    how: 'type-checked as written (test/readme/readme.test.ts; markPaid and recordPayoutStatus are declared: your own code); test/node/webhooks/exactly-once.test.ts runs the same handler, listener and Redis store on a real redis-server',
  },
  { has: 'const token = `palomma-sandbox-token.worker-', how: 'test/readme/sandbox-teams.test.ts: the vitest token line' },
  { has: '/clock/advance', how: 'test/readme/sandbox-teams.test.ts: each curl line of "For teams and CI"' },
  { has: '/faults -H', how: 'test/readme/sandbox-teams.test.ts: each curl line of "For teams and CI"' },
  { has: '/redeliver', how: 'test/readme/sandbox-teams.test.ts: each curl line of "For teams and CI"' },
  { has: '/state > fixture.json', how: 'test/readme/sandbox-teams.test.ts: each curl line of "For teams and CI"' },
  { has: 'npx palomma trigger payout-request.update', how: 'not run here: it needs a sandbox on the fixed ports (test/node/cli/trigger.test.ts runs the command)' },
  { has: 'npx palomma flows                                   #', how: 'not run here: fixed ports (test/flows/palomma.arazzo.test.ts runs the flows as palomma flows does, against a sandbox on free ports)' },
  { has: "✖ payoutFlow › payoutIsApproved › success criteria check", how: 'output: what palomma flows prints for a failed check (test/flows/palomma.arazzo.test.ts)' },
  { has: 'npx redocly respect node_modules/palomma-openapi/flows/palomma.arazzo.yaml', how: "not run as written: the path is in a package user's node_modules (test/flows/palomma.arazzo.test.ts runs Respect on the same document)" },
  { has: 'palomma-openapi benchmarks — Node v', how: 'output: one `npm run bench -- --readme` run, written there whole (test/tools/bench/readme-block.test.ts checks it)' },
  { has: 'PALOMMA_TOKEN=<your sandbox key> npx palomma flows', how: "not run: it needs the network and a key for Palomma's sandbox" },
];

describe('README code blocks', () => {
  it('every block is run by a test, or says why not', () => {
    const unchecked = blocks.filter((b) => checks.filter((c) => b.code.includes(c.has)).length !== 1).map((b) => `README.md:${b.line}: ${b.code.split('\n')[0]}`);
    expect(unchecked).toEqual([]);
    // No check stands for a block that has gone.
    expect(checks.filter((c) => !blocks.some((b) => b.code.includes(c.has))).map((c) => c.has)).toEqual([]);
    // A block run elsewhere is run by a file that exists.
    for (const { how } of checks) for (const [file] of how.matchAll(/test\/[\w/.-]+\.test\.ts/g)) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('the import lines: each, on its own, gets what it names from the package', async () => {
    const lines = block('// ESM').code.trim().split('\n');
    expect(lines).toHaveLength(7);
    for (const [i, line] of lines.entries()) {
      const statement = line.replace(/\s*\/\/.*$/, '');
      const name = /\{ (\w+) \}/.exec(statement)![1];
      const file = join(scratch, `import-${i}.${statement.startsWith('const') ? 'cjs' : 'mjs'}`);
      writeFileSync(file, `${statement}\nconsole.log(typeof ${name});\n`);
      const { stdout } = await run(process.execPath, [file], { cwd: scratch });
      expect(stdout, line).toBe('function\n');
    }
  });

  it('the mock curls: each answers as its comment says', async () => {
    const { code } = block("BODY='{\"customerId\"");
    const answers = await shell(code.replaceAll('http://127.0.0.1:4010', inject('prismUrl')));
    expect(answers).toHaveLength(3);
    expect(answers[0]).toEqual({ message: 'Unauthorized' });
    expect(answers[1]).toMatchObject({ id: expect.any(String), type: 'bankAccount' });
    expect(answers[2]).toMatchObject({ status: 'cancelled' });
  });

  it('the mock for your own tests is the one test/node/prism/mock.test.ts runs, word for word', () => {
    const { code } = block("import { startMockServer, type MockServer } from 'palomma-openapi/mock';");
    const copy = /\/\/ ---- README example[^\n]*\n([\s\S]*?)\/\/ ---- end of the README example ----/.exec(readFileSync(join(root, 'test/node/prism/mock.test.ts'), 'utf8'))![1]!;
    const asWritten = copy
      .replace("from '../../../src/client/index.js'", "from 'palomma-openapi'")
      .replace("from '../../../src/node/prism/mock.js'", "from 'palomma-openapi/mock'");
    expect(asWritten.trim()).toBe(code.trim());
  });
});

describe('README: raw responses and logging', () => {
  it('runs against the mock: the status line, and one log line for the attempt', async () => {
    const code = block("logger: console,\n  logLevel: 'info',").code.replace('http://127.0.0.1:4010', inject('prismUrl'));
    const file = join(scratch, 'raw-responses.ts');
    writeFileSync(file, `${code}\nexport {};\n`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { cwd: scratch });
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^palomma: GET \/payoutTargets\/\{payoutTargetId\} → 200 \(attempt 1, \d+ ms\)$/),
      expect.stringMatching(/^active 200 \w{3}, \d\d \w{3} \d{4} /),
    ]);
  });
});

describe('README: the webhook receiver, against palomma webhook send', () => {
  let port: number;
  let receiver: ReturnType<typeof spawn> | undefined;
  let printed = '';
  beforeAll(async () => {
    port = await freePort();
    writeFileSync(join(scratch, 'receiver.ts'), block("} from 'palomma-openapi/webhooks';\n\n// Your own code").code);
    receiver = spawn('bash', ['-c', `${npx}\n${block('npx tsx receiver.ts').code}`], { cwd: scratch, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    receiver.stdout!.on('data', (chunk) => (printed += chunk));
    receiver.stderr!.on('data', (chunk) => (printed += chunk));
    await waitFor(() => (printed.includes('receiving webhooks on') ? true : undefined), `the receiver to listen; it printed:\n${printed}`, 60_000);
  }, 90_000);
  // `npx tsx` execs node in bash's place: the receiver is this child.
  afterAll(() => void receiver?.kill('SIGKILL'));

  it('says where it listens', () => {
    expect(printed).toContain(`receiving webhooks on http://127.0.0.1:${port}/webhooks/palomma`);
  });

  it.each(webhookTypes)('takes a signed %s (200), and does what it says it does', async (type) => {
    const send = block('npx palomma webhook send --url').code.replace('127.0.0.1:3000', `127.0.0.1:${port}`).replace('--event payout-request.update', `--event ${type}`);
    const before = printed.length;
    const { stdout } = await run('bash', ['-c', `${npx}\n${send}`], { cwd: scratch });
    expect(stdout).toContain(`${type} (`);
    expect(stdout).toMatch(/: 200 OK\n?$/);
    const { event } = exampleEnvelope(type) as { event: Record<string, any> };
    const expected = {
      'payout-target.update': event.status === 'active' ? `payout target ${event.id} is active: payouts can go to it` : undefined,
      'payout-request.update': `payout request ${event.id} is ${event.status}`,
      'payin-link.update': event.status === 'approved' ? `paid: ${event.reference}, ${event.amountCollected} COP collected` : undefined,
      'payin-request.update': event.status === 'approved' ? `paid: ${event.reference}, ${event.amountCollected} COP collected` : undefined,
    }[type as string];
    if (expected) await waitFor(() => (printed.slice(before).includes(expected) ? true : undefined), `"${expected}" from the receiver; it printed:\n${printed}`, 10_000);
    expect(printed).not.toContain('webhook not processed');
  });
});

describe('README: the control API curls', () => {
  let server: SandboxServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, controlPort: 0 });
    const palomma = createPalommaClient({ token: 'palomma-sandbox-token', baseUrl: server.url, maxRetries: 0 });
    const customer = await palomma.customers.create(customerBody());
    const target = () => palomma.payoutTargets.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: bankAccount() });
    const source = (partialPayinsEnabled: boolean) =>
      palomma.payinSources.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/d', type: 'bankAccount', bankAccount: bankAccount(), partialPayinsEnabled });
    // The objects each line decides, each waiting for that decision.
    ids.PAYOUT_TARGET_ID = (await target()).id;
    ids.PAYIN_SOURCE_ID = (await source(false)).id;
    ids.PAYIN_LINK_ID = (await palomma.payinLinks.create({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/p', amount: 50_000, type: 'general', availableTypes: ['pse'] })).id;
    const active = await target();
    await server.control.authorizePayoutTarget(active.id, { outcome: 'active' });
    ids.PAYOUT_REQUEST_ID = (await palomma.payoutRequests.create({ payoutTargetId: active.id, amount: 250_000 })).id;
    const partial = await source(true);
    await server.control.authorizePayinSource(partial.id, { outcome: 'active' });
    ids.PAYIN_REQUEST_ID = (await palomma.payinRequests.create({ payinSourceId: partial.id, amount: 100_000 })).id;
  }, 90_000);
  afterAll(() => server?.close());

  it('runs as written: each decision, the settlement, the deliveries and the reset', async () => {
    const code = block('C=http://127.0.0.1:4021').code.replace('C=http://127.0.0.1:4021', `C=${server.controlUrl}`);
    const answers = await shell(code, ids);
    expect(answers).toHaveLength(10);
    const [index, target, source, link, payout, payin, settlement, deliveries, targetDeliveries, reset] = answers as Record<string, any>[];
    expect(index!.endpoints).toContainEqual({ method: 'POST', path: '/reset', summary: 'Empty the sandbox' });
    expect(target).toMatchObject({ id: ids.PAYOUT_TARGET_ID, status: 'active' });
    expect(source).toMatchObject({ id: ids.PAYIN_SOURCE_ID, status: 'cancelled', statusMessage: 'AUTHENTICATION_FAILED' });
    expect(link).toMatchObject({ id: ids.PAYIN_LINK_ID, status: 'approved', amountCollected: 50_000 });
    expect(payout).toMatchObject({ id: ids.PAYOUT_REQUEST_ID, status: 'approved' });
    expect(payin).toMatchObject({ id: ids.PAYIN_REQUEST_ID, status: 'partial', amountCollected: 40_000 });
    expect(settlement).toMatchObject({ merchantAccountId: 'default', totalAmountCollected: 90_000, numberOfPayins: 2 });
    expect(deliveries).toEqual({ items: [] }); // no --webhook-url: nothing to deliver
    expect(targetDeliveries).toEqual({ items: [] });
    expect(reset).toMatchObject({ message: expect.stringMatching(/^This merchant is empty again/) });
  });
});

/** `npx tsx …` and `npx palomma …` as a package user has them: this project's tsx, this package's bin. */
const npx = `npx() {
  case "$1" in
    tsx) shift; exec "${process.execPath}" --import tsx "$@" ;;
    palomma) shift; "${process.execPath}" "${join(root, 'bin/palomma.mjs')}" "$@" ;;
    *) echo "npx $1: not part of this test" >&2; return 127 ;;
  esac
}`;

/** Runs a README shell block with bash; each `curl` answer on its own line, parsed as JSON. */
async function shell(code: string, env: Record<string, string> = {}): Promise<unknown[]> {
  const script = `set -e\ncurl() { command curl "$@"; echo; }\n${code}`;
  const { stdout } = await run('bash', ['-c', script], { cwd: scratch, env: { ...process.env, ...env } });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
