// npm start's Prism pool: one host process serves save after save, each save's instance started beside the one
// serving and closed on its own; after its quota of instances the pool moves to a fresh host, and the old one ends
// once the last instance it runs has stopped. The sandbox's validating proxy runs in it too, as `prism proxy --errors`
// would. (A host killed with -9 while serving: hostile-steps.ts.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishFakerImport } from '../../../src/node/prism/english-faker.js';
import { prismCliPath } from '../../../src/node/prism/process.js';
import { createdId } from '../../../tools/dev-server/harness.mjs';
import { createPrismPool } from '../../../tools/dev-server/prism-pool.mjs';
import { startHttpServer } from '../../helpers/http-server.js';
import { isAlive } from '../../helpers/processes.js';
import { writeEdits } from '../../helpers/spec-edits.js';

const folder = mkdtempSync(join(tmpdir(), 'palomma-prism-pool-'));
const saves = writeEdits(folder, 3);
const pool = createPrismPool({ instancesPerHost: 2 });
const at = (instance: { port: number }) => `http://127.0.0.1:${instance.port}`;
const mock = (file: string) => ({ command: 'mock' as const, spec: file, errors: false });
// What the sandbox answers behind the proxy: an id it does not know.
const upstream = await startHttpServer((_request, response) => {
  response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'no such customer' }));
});

afterAll(async () => {
  await pool.close();
  await upstream.close();
  rmSync(folder, { recursive: true, force: true });
}, 30_000);

describe('the Prism pool of npm start', () => {
  it('starts the next save beside the one serving, in the same process, runs a validating proxy there too, and moves to a fresh one after its quota', async () => {
    const [one, two, three] = saves as [(typeof saves)[0], (typeof saves)[0], (typeof saves)[0]];
    const first = await pool.serve(folder, mock(one.file));
    const second = await pool.serve(folder, mock(two.file));
    expect(second.pid).toBe(first.pid);
    // With the English-only faker every Prism process the package starts has (src/node/prism/english-faker.ts).
    expect(readFileSync(`/proc/${first.pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(englishFakerImport(prismCliPath())));
    // Both serve, each its own snapshot, until the first is stopped; its process goes on serving the second.
    await expect(createdId(at(first))).resolves.toBe(one.id);
    await expect(createdId(at(second))).resolves.toBe(two.id);
    await first.stop();
    await expect(fetch(`${at(first)}/customers`)).rejects.toThrow();
    await expect(createdId(at(second))).resolves.toBe(two.id);
    expect(pool.pids()).toEqual([first.pid]);

    // Its quota (2 here) used, the next instance starts in a new process; the old one ends with its last instance.
    const third = await pool.serve(folder, mock(three.file));
    expect(third.pid).not.toBe(first.pid);
    await expect(createdId(at(third))).resolves.toBe(three.id);
    expect(pool.pids()).toEqual([third.pid, first.pid]);

    // The sandbox's validating proxy, in the process beside the mock: it forwards what the spec allows; what it
    // does not (no token) Prism answers itself, as --errors has it, and upstream never sees.
    const proxy = await pool.serve(folder, { command: 'proxy', spec: three.file, upstream: upstream.url, errors: true });
    expect(proxy.pid).toBe(third.pid);
    const customer = `${at(proxy)}/customers/01HPR57X6QR5ZRKEEKBSDBW4RA`;
    const found = await fetch(customer, { headers: { authorization: 'Bearer pool-test-token' } });
    expect([found.status, await found.json()]).toEqual([404, { message: 'no such customer' }]);
    expect(upstream.hits('customers')).toBe(1);
    expect((await fetch(customer)).status).toBe(401);
    expect(upstream.hits('customers')).toBe(1);

    await second.stop();
    await second.exited;
    expect(isAlive(first.pid!)).toBe(false);
    expect(pool.pids()).toEqual([third.pid]);
    await expect(createdId(at(third))).resolves.toBe(three.id);

    await pool.close();
    await third.exited;
    expect(isAlive(third.pid!)).toBe(false);
  }, 60_000);
});
