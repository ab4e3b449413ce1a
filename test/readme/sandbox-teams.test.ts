// The README's "For teams and CI" examples, run as written: each curl line against a sandbox (in process, its
// control API standing at the README's http://127.0.0.1:4021), and the vitest line giving a token the sandbox takes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import { merchantLabel } from '../../src/node/sandbox/merchants.js';
import { createSandbox } from '../../src/node/sandbox/index.js';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const section = readme.split('\n#### For teams and CI')[1]?.split('\n### ')[0] ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'palomma-readme-curl-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Shell words of one line: '…' and "…" quoting, $NAME from `env`, and a trailing `> file`. */
function words(line: string, env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) {
    const [, single, double, bare] = match;
    out.push(single ?? (double ?? bare!).replace(/\$(\w+)/g, (_, name: string) => env[name] ?? ''));
  }
  return out;
}

/** Runs one README curl line with `fetch` (-s, -X, -H, -d, -d @file, > file); the answer's status. */
async function curl(line: string, fetch: (url: string, init: RequestInit) => Promise<Response>, env: Record<string, string>) {
  const args = words(line, env);
  expect(args[0], line).toBe('curl');
  let method: string | undefined;
  let url: string | undefined;
  let body: string | undefined;
  let out: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-s') continue;
    else if (arg === '-X') method = args[++i];
    else if (arg === '-H') {
      const [name, ...value] = args[++i]!.split(':');
      headers[name!.trim().toLowerCase()] = value.join(':').trim();
    } else if (arg === '-d') {
      const data = args[++i]!;
      body = data.startsWith('@') ? readFileSync(join(scratch, data.slice(1)), 'utf8') : data;
    } else if (arg === '>') out = args[++i];
    else if (/^https?:\/\//.test(arg)) url = arg;
    else throw new Error(`the README's curl line uses ${arg}, which this test does not read: ${line}`);
  }
  const response = await fetch(url!, { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  if (out) writeFileSync(join(scratch, out), text);
  return { status: response.status, text };
}

describe("the README's sandbox for teams and CI", () => {
  it('has a curl example for each of the clock, faults, redelivery and state, and each answers 2xx as written', async () => {
    const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n')).filter((line) => line.startsWith('curl '));
    for (const path of ['/clock/advance', '/faults', '/redeliver', '/state']) expect(lines.some((line) => line.includes(path)), path).toBe(true);
    const sandbox = createSandbox({ webhookUrls: ['http://receiver.test/hook'], webhookFetch: async () => new Response('ok') });
    try {
      // Something to redeliver: a payout target authorised by the base token's merchant.
      const palomma = createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch });
      const customer = await palomma.customers.create({ name: 'Pepito Perez', documentType: 'cc', documentNumber: '1037551022', email: 'pepito@gmail.com', phoneNumber: '3013111111' });
      const target = await palomma.payoutTargets.create({
        customerId: customer.id!,
        redirectUrl: 'https://merchant.example.com/r',
        type: 'bankAccount',
        bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
      });
      await sandbox.control.authorizePayoutTarget(target.id!, { outcome: 'active' });
      await sandbox.control.webhooksSettled();
      const env = { WEBHOOK_ID: (await sandbox.control.webhookDeliveries())[0]!.webhookId };
      const control = (url: string, init: RequestInit) => sandbox.control.fetch(url.replace('http://127.0.0.1:4021', 'http://sandbox.palomma.invalid'), init);
      for (const line of lines) {
        const { status, text } = await curl(line, control, env);
        expect(status, `${line}\n→ ${text}`).toBeLessThan(300);
      }
      expect(await sandbox.control.faults()).toEqual([expect.objectContaining({ operationId: 'createPayoutRequest', status: 429 })]);
    } finally {
      sandbox.close();
    }
  });

  it("gives each vitest worker a token the sandbox takes as a merchant of its own", () => {
    const line = /```ts\n(const token = `palomma-sandbox-token\.[^`]*`;)[^\n]*\n```/.exec(section)?.[1];
    expect(line, 'the one-line vitest pattern').toBeDefined();
    const token = new Function('process', `${line} return token;`)({ env: { VITEST_POOL_ID: '3' } }) as string;
    expect(merchantLabel('palomma-sandbox-token', `Bearer ${token}`)).toBe('worker-3');
  });
});
