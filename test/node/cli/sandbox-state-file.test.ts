// `palomma sandbox --state-file`: what was created is still there after a SIGKILL and a restart on the same file
// (each merchant apart), and a file it cannot use stops it at start with a message naming the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childrenOf, runBin } from '../../helpers/bin.js';
import { customerBody } from '../../helpers/sandbox.js';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-sandbox-state-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const token = 'palomma-sandbox-token';
const sandbox = (file: string) => runBin(['sandbox', '--port', '0', '--control-port', '0', '--state-file', file]);

/** The bin's API URL, once it says it is ready. */
async function apiOf(bin: ReturnType<typeof runBin>) {
  await bin.waitFor(/Ctrl-C stops it/);
  return /API: +(http:\/\/127\.0\.0\.1:\d+)/.exec(bin.output())![1]!;
}

const call = (api: string, path: string, who = token, body?: unknown) =>
  fetch(`${api}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${who}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('palomma sandbox --state-file', () => {
  // Two starts of the bin, each with its Prism: more than the default 20 s on a loaded machine.
  it('keeps a customer through a SIGKILL and a restart on the same file, each merchant apart', { timeout: 60_000 }, async () => {
    const file = join(scratch, 'state.json');
    const first = sandbox(file);
    let id: string;
    try {
      const api = await apiOf(first);
      expect(first.output()).toMatch(/State: +\S+state\.json/);
      const created = await call(api, '/customers', token, customerBody(1));
      expect(created.status).toBe(200);
      ({ id } = (await created.json()) as { id: string });
      expect((await call(api, '/customers', `${token}.worker-1`, customerBody(2))).status).toBe(200);
    } finally {
      // A SIGKILL runs no exit handler: the Prism the bin started is stopped here.
      const orphans = childrenOf(first.child.pid!, 'prism');
      first.child.kill('SIGKILL');
      await first.exited;
      for (const pid of orphans) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {}
      }
    }
    const second = sandbox(file);
    try {
      const api = await apiOf(second);
      const found = await call(api, `/customers/${id}`);
      expect(found.status).toBe(200);
      expect(await found.json()).toMatchObject({ id, documentNumber: customerBody(1).documentNumber });
      expect((await call(api, `/customers/${id}`, `${token}.worker-1`)).status).toBe(404);
      const theirs = (await (await call(api, '/customers', `${token}.worker-1`)).json()) as { items: { documentNumber: string }[] };
      expect(theirs.items.map((c) => c.documentNumber)).toEqual([customerBody(2).documentNumber]);
    } finally {
      await second.stop();
    }
  });

  it('refuses to start on a file it cannot use, naming it (exit code 1)', async () => {
    const file = join(scratch, 'corrupt.json');
    writeFileSync(file, '{"format":"palomma-sandbox-state","version":1,"merch');
    const bin = sandbox(file);
    expect(await bin.exited).toBe(1);
    expect(bin.output()).toContain(`palomma sandbox: the state file ${file} is not valid JSON`);
  });
});
