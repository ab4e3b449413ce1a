// `npm start` end to end, through npm, on a scratch copy of the spec: a good save reaches docs, types and mock; a YAML
// error or a lint failure changes none of them; the mock never refuses or resets a connection while it reloads;
// a busy port is one line; SIGTERM to npm leaves nothing behind. (Starting on a broken spec: start-broken.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedSpec, launchStart, probe, until } from '../../../tools/dev-server/harness.mjs';

type Started = Awaited<ReturnType<typeof launchStart>>;
let start: Started;
let original: string;
let mockProbe: ReturnType<typeof probe>;
const launched: Started[] = [];
const types = () => readFileSync(join(start.dir, 'generated/schema.ts'), 'utf8');

async function launch(options: Parameters<typeof launchStart>[0] = {}) {
  const started = await launchStart(options);
  launched.push(started);
  return started;
}

/** Pids of live processes whose command line mentions `text` (Linux /proc). */
function processesMentioning(text: string) {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    });
}

let sandboxCustomer: string;
/** A call to the sandbox's API port with its default token. */
const sandboxFetch = (path: string, body?: unknown) =>
  fetch(`${/^Sandbox: (\S+)/m.exec(start.output())![1]}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: 'Bearer palomma-sandbox-token', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Waits until `npm start` prints `pattern` after `from` (an earlier length of its output). */
const printed = (pattern: RegExp, from: number) =>
  until(async () => (pattern.test(start.output().slice(from)) ? true : undefined), String(pattern), { output: start.output });

/** A second npm start asking for the docs or the mock port of the first, which holds it. */
const busyPortStarts: Partial<Record<'docs' | 'mock', Promise<Started>>> = {};

beforeAll(async () => {
  start = await launch({ viaNpm: true, sandbox: true });
  original = start.read();
  mockProbe = probe(start.mockUrl, 25);
  // Each second start ends at once, at its busy port, with what the busy-port steps below check: started now, they
  // load while the first serves, instead of one after the other at the end.
  for (const name of ['docs', 'mock'] as const) {
    const busy = String(new URL(name === 'docs' ? start.docsUrl : start.mockUrl).port);
    busyPortStarts[name] = launch({ ports: { docs: name === 'docs' ? busy : '0', mock: name === 'mock' ? busy : '0' }, waitForUrls: false });
  }
}, 120_000);

afterAll(async () => {
  await mockProbe?.stop();
  for (const started of launched) await started.stop();
}, 60_000);

// The steps of one npm start's life, in order (its saves build on each other, and the last step stops it), so
// they are not shuffled with the rest of the suite.
describe('npm start', { shuffle: false }, () => {
  // The types are generated in the background, after everything served: on a busy machine they take the longest.
  it('serves the spec: docs and mock on loopback, types generated', { timeout: 120_000 }, async () => {
    expect(start.output()).toMatch(/✔ openapi\.yaml as of \d\d:\d\d:\d\d lint clean: serving it/);
    expect(start.docsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(start.mockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(start.docsText()).resolves.toContain('Create a payout target');
    await expect(start.createdId()).resolves.toBe('01HPR8S7YF43PV3QV16TZDC80P');
    // The types follow in the background, after the mock and the docs.
    await until(async () => (/types generated from openapi\.yaml as of/.test(start.output()) ? true : undefined), 'the types', { ms: 90_000, output: start.output });
    expect(types()).toContain('Create a payout target');
    expect(start.output()).toContain(`curl -s -X POST ${start.mockUrl}/payoutTargets`);
  });

  it("serves the sandbox control API's page beside the API's, and says where", async () => {
    expect(start.output()).toContain(`Sandbox control API docs: ${start.docsUrl}sandbox.html`);
    const page = await until(async () => {
      const response = await fetch(`${start.docsUrl}sandbox.html`);
      return response.status === 200 ? response.text() : undefined;
    }, 'sandbox.html', { ms: 60_000, output: start.output });
    expect(page).toContain('Palomma sandbox control API');
    expect(page).toContain('Content-Security-Policy');
  }, 90_000);

  it('runs the stateful sandbox beside them, its customer pages linked through its control front', async () => {
    const sandboxUrl = /^Sandbox: (\S+)/m.exec(start.output())![1]!;
    const controlUrl = /^Sandbox control: (\S+)/m.exec(start.output())![1]!;
    const headers = { authorization: 'Bearer palomma-sandbox-token', 'content-type': 'application/json' };
    const customer = await fetch(`${sandboxUrl}/customers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Pepito Perez', documentType: 'cc', documentNumber: '1037551022', email: 'pepito@gmail.com', phoneNumber: '3013111111' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const fetched = await fetch(`${sandboxUrl}/customers/${customer.id}`, { headers }).then((r) => r.json() as Promise<{ id: string }>);
    expect(fetched.id).toBe(customer.id);
    const target = await fetch(`${sandboxUrl}/payoutTargets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ customerId: customer.id, redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount', bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' } }),
    }).then((r) => r.json() as Promise<{ authUrl: string }>);
    expect(target.authUrl.startsWith(`${controlUrl}/pages/`)).toBe(true);
    expect((await fetch(target.authUrl)).status).toBe(200);
    // A request that breaks the spec gets Palomma's 400 { message }, in the client's words, not Prism's 422.
    const refused = await fetch(`${sandboxUrl}/customers?limit=101`, { headers });
    expect([refused.status, refused.headers.get('content-type'), await refused.json()]).toEqual([400, 'application/json', { message: 'limit must be at most 100' }]);
    sandboxCustomer = customer.id;
  });

  it('moves docs, types and mock to a good save; the sandbox keeps its state', async () => {
    const edit = editedSpec(original, 1);
    const from = start.output().length;
    start.save(edit.text);
    await until(async () => ((await start.createdId()) === edit.id ? true : undefined), 'the mock on the edit', { output: start.output });
    await until(async () => ((await start.docsText()).includes(edit.summary) ? true : undefined), 'the docs of the edit', { output: start.output });
    await until(async () => (types().includes(edit.summary) ? true : undefined), 'the types of the edit', { ms: 60_000, output: start.output });
    expect(start.output().slice(from)).toContain('sandbox: its state carried over (1 merchant(s), 2 object(s))');
    expect((await sandboxFetch(`/customers/${sandboxCustomer}`)).status).toBe(200);
  }, 90_000);

  it.each([
    ['a YAML error', (text: string) => text.replace('openapi: 3.1.0', 'openapi: 3.1.0\n  broken: ['), /✖ openapi\.yaml:\d+:\d+ is not valid YAML \(.+\); still serving the last good spec/],
    [
      'a lint failure',
      (text: string) => text.replace('operationId: createPayoutTarget', 'operationId: ""'),
      /✖ openapi\.yaml fails lint \(1 problem; first openapi\.yaml:\d+:\d+ operation-operationId: .+\); still serving the last good spec/,
    ],
  ])('leaves docs, types and mock on the last good spec after %s, saying so in one line', async (_name, breakIt, message) => {
    const good = editedSpec(original, 1);
    const from = start.output().length;
    start.save(breakIt(editedSpec(original, 2).text));
    await printed(message, from);
    await expect(start.createdId()).resolves.toBe(good.id);
    const docs = await start.docsText();
    expect(docs).toContain(good.summary);
    expect(docs).not.toContain(editedSpec(original, 2).summary);
    expect(types()).toContain(good.summary);
    expect(types()).not.toContain(editedSpec(original, 2).summary);
  }, 60_000);

  it('names in every line the spec it is about, even when the types of a good save finish after a bad one', async () => {
    const from = start.output().length;
    const good = editedSpec(original, 3);
    start.save(good.text);
    const passed = await printed(/✔ (openapi\.yaml as of \d\d:\d\d:\d\d) lint clean/, from).then(() => /✔ (openapi\.yaml as of \d\d:\d\d:\d\d) lint clean/.exec(start.output().slice(from))![1]!);
    start.save(editedSpec(original, 4).text.replace('openapi: 3.1.0', 'openapi: 3.1.0\n  broken: ['));
    await printed(/types generated from openapi\.yaml as of/, from);
    await printed(/is not valid YAML/, from);
    const lines = start.output().slice(from).split('\n');
    const escaped = passed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(lines.filter((line) => /types/.test(line))).toEqual([expect.stringMatching(new RegExp(`^  types generated from ${escaped} \\(\\d+ ms\\)$`))]);
    expect(lines.join('\n')).not.toMatch(/from it\b/);
    // The good save stays served: the broken one changed nothing.
    await expect(start.createdId()).resolves.toBe(good.id);
  }, 90_000);

  it('never refused or reset a connection to the mock across those reloads', async () => {
    const counts = await mockProbe.stop();
    expect(mockProbe.failures).toEqual([]);
    expect(counts).toMatchObject({ refused: 0, reset: 0, otherError: 0, serverError: 0 });
    expect(counts.ok).toBeGreaterThan(20);
  });

  it("starts the sandbox empty, saying why, on a good save whose schemas refuse an object it holds", async () => {
    // A customer whose document number the next save's Customer schema (maxLength 10) no longer allows.
    const created = await sandboxFetch('/customers', { name: 'Pepito Perez', documentType: 'cc', documentNumber: '10375510229', email: 'pepito@gmail.com', phoneNumber: '3013111111' });
    const { id } = (await created.json()) as { id: string };
    const edit = editedSpec(original, 3);
    const customer = edit.text.indexOf('\n    Customer:\n');
    const field = edit.text.indexOf('        documentNumber:\n          type: string\n', customer);
    const narrowed = `${edit.text.slice(0, field)}        documentNumber:\n          type: string\n          maxLength: 10\n${edit.text.slice(field + '        documentNumber:\n          type: string\n'.length)}`;
    const from = start.output().length;
    start.save(narrowed);
    await printed(/✖ sandbox: its state does not fit the new spec \(the base token's merchant: objects\.customers\[\d+\]: documentNumber must .+\), so it starts empty/, from);
    // The message comes as the new sandbox starts, a moment before traffic moves to it.
    await until(async () => ((await sandboxFetch(`/customers/${id}`)).status === 404 ? true : undefined), 'the empty sandbox', { output: start.output });
  }, 60_000);

  it.each([
    ['docs', /--docs-port <port> or DOCS_PORT=<port>/],
    ['mock', /--mock-port <port> or MOCK_PORT=<port>/],
  ] as const)('says in one line which flag and variable choose another port when the %s port is busy (exit code 1)', async (name, hint) => {
    const busy = String(new URL(name === 'docs' ? start.docsUrl : start.mockUrl).port);
    const second = await busyPortStarts[name]!;
    const { code } = await second.exited;
    expect(code).toBe(1);
    const lines = second.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`port ${busy} for the ${name} is already in use`));
    expect(lines[0]).toMatch(hint);
  }, 30_000);

  it('stops every process it started on SIGTERM to the npm process', async () => {
    expect(processesMentioning(start.dir).length).toBeGreaterThan(1); // npm start itself and its Prism
    const from = start.output().length;
    start.child.kill('SIGTERM');
    await until(async () => (processesMentioning(start.dir).length === 0 ? true : undefined), 'every process to stop', {
      ms: 15_000,
      output: start.output,
    });
    expect(start.output().trimEnd().split('\n').at(-1)).toBe('npm start stopped (SIGTERM); every process it started has ended.');
    // What it ends on the way out is stopped, not found dead and restarted.
    expect(start.output().slice(from)).not.toMatch(/died|restart/);
    await expect(fetch(`${start.mockUrl}/payoutTargets`)).rejects.toThrow();
    await expect(fetch(start.docsUrl)).rejects.toThrow();
  }, 30_000);
});
