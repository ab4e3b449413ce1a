// Issue 20 against `npm start` (mock, sandbox, its control port and the docs, each behind its front): hostile
// requests mixed with good ones leave every server up and every good request answered; the Prism process serving the
// mock and the sandbox's proxy, killed with -9, is restarted on the same spec with one line for each, and a request
// sent meanwhile is answered, not a 502;
// the Redocly processes loaded ahead for lint and the docs, killed with -9, leave every save checked and served;
// another site's page and a rebinding Host are refused; only the docs page may read the mock (CORS).
// Steps of a launch another file owns (start-lifecycle.test.ts, between its saves and its Ctrl-C): an npm start of
// its own would cost a whole start (lint, docs, types, Prism and the sandbox) to prove nothing more.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createdId, editedSpec, until, type launchStart } from '../../../tools/dev-server/harness.mjs';
import { hostileRequests, sendRaw, survive, type RawRequest } from '../../helpers/hostile-requests.js';
import { customerBody } from '../../helpers/sandbox.js';
import { exampleCreateBody } from '../../helpers/spec.js';

type Started = Awaited<ReturnType<typeof launchStart>>;

const port = (url: string) => Number(new URL(url).port);
const json = { 'content-type': 'application/json' };
const mockAuth = { authorization: 'Bearer test-token' };
const sandboxAuth = { authorization: 'Bearer palomma-sandbox-token' };
const get = (path: string, headers: Record<string, string> = {}): RawRequest => ({ path, headers });
const post = (path: string, body: unknown, headers: Record<string, string> = {}): RawRequest => ({ method: 'POST', path, headers: { ...json, ...headers }, body: JSON.stringify(body) });

/** Pids of processes whose command line has every one of `parts` and none of `without`. */
function pidsOf(parts: string[], without: string[] = []) {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return parts.every((part) => line.includes(part)) && !without.some((part) => line.includes(part));
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * The hostile steps against a running `npm start` with its sandbox (read through `current` when the steps run);
 * `servedId` is the id its mock answers a create with for the spec it serves then.
 */
export function hostileSteps(current: () => { start: Started; servedId: string }) {
  let start: Started;
  let servedId: string;
  let urls: { docs: string; mock: string; sandbox: string; control: string };
  const url = (label: string) => new RegExp(`^${label}: (\\S+)`, 'm').exec(start.output())![1]!.replace(/\/$/, '');

  describe('under hostile requests', () => {
    it('1 000 hostile requests across mock, sandbox, control port and docs, mixed with good ones: every server up, every good one answered', async () => {
      ({ start, servedId } = current());
      urls = { docs: url('Docs'), mock: url('Mock'), sandbox: url('Sandbox'), control: url('Sandbox control') };
      // Every service serves the spec (under a starved CPU a Prism may miss its start deadline: that is said here).
      expect(start.output()).toMatch(/✔ openapi\.yaml as of \d\d:\d\d:\d\d lint clean: serving it/);
      let n = 0;
      const runs = await Promise.all([
        survive(urls.mock, hostileRequests({ hostPort: port(urls.mock), paths: ['/customers', '/payoutTargets'], jsonPath: '/payoutTargets' }), [
          { request: () => get('/customers?limit=1', mockAuth), statuses: [200] },
          { request: () => post('/payoutTargets', exampleCreateBody(), mockAuth), statuses: [200] },
        ], { count: 400 }),
        survive(urls.sandbox, hostileRequests({ hostPort: port(urls.sandbox), paths: ['/customers', '/payoutTargets'], jsonPath: '/customers' }), [
          { request: () => post('/customers', customerBody(n++), sandboxAuth), statuses: [200] },
          { request: () => get('/customers?limit=1', sandboxAuth), statuses: [200] },
        ], { count: 300 }),
        survive(urls.control, hostileRequests({ hostPort: port(urls.control), paths: ['/pages/payoutTargets', '/payoutTargets'], jsonPath: '/payoutTargets/NOPE/authorize' }), [
          { request: () => get('/webhookDeliveries'), statuses: [200] },
        ], { count: 200 }),
        survive(urls.docs, hostileRequests({ hostPort: port(urls.docs), paths: ['/'], jsonPath: '/' }).map((h) => ({ ...h, statuses: [...h.statuses, 403, 404, 405] })), [
          { request: () => get('/'), statuses: [200] },
        ], { count: 100 }),
      ]);
      for (const run of runs) expect(run.failures).toEqual([]);
      expect(runs.map((run) => run.hostile).reduce((a, b) => a + b)).toBe(1_000);
      expect(runs.map((run) => run.good).reduce((a, b) => a + b)).toBe(100);
      expect(start.output()).not.toMatch(/died/);
      expect(start.child.exitCode).toBeNull();
    }, 60_000);

    it('a Prism killed with -9 is restarted on the same spec, said in one line for the mock and one for the sandbox it also served; a request meanwhile waits for it', async () => {
      // One Prism process serves the mock and the sandbox's proxy, save after save (prism-pool.mjs): no spare is
      // loaded beside it.
      const [pid, ...others] = pidsOf(['prism-host.cjs', start.dir]);
      expect(pid).toBeDefined();
      expect(others).toEqual([]);
      const from = start.output().length;
      process.kill(pid!, 'SIGKILL');
      const [mockAnswer, sandboxAnswer] = await Promise.all([
        fetch(`${urls.mock}/customers?limit=1`, { headers: mockAuth }),
        fetch(`${urls.sandbox}/customers?limit=1`, { headers: sandboxAuth }),
      ]);
      expect([mockAnswer.status, sandboxAnswer.status]).toEqual([200, 200]);
      // The restart loads a new Prism process: on a starved machine that can take most of a minute.
      const restarted = (text: string) => /✔ mock .* restarted/.test(text) && /✔ Prism \(the sandbox's validating proxy .* restarted/.test(text);
      await until(async () => (restarted(start.output().slice(from)) ? true : undefined), 'the restart lines', { ms: 50_000, output: start.output });
      const died = start.output().slice(from).split('\n').filter((line) => / died /.test(line)).sort();
      expect(died).toHaveLength(2);
      expect(died[0]).toMatch(new RegExp(`^✖ Prism \\(the sandbox's validating proxy on http://127\\.0\\.0\\.1:\\d+\\) \\(pid ${pid}\\) died \\(killed by SIGKILL\\); restarting it$`));
      expect(died[1]).toMatch(new RegExp(`^✖ mock \\(Mock on ${urls.mock}\\) \\(pid ${pid}\\) died \\(killed by SIGKILL\\); restarting it$`));
      // The same spec: the save it served before the kill, not the one it was started on.
      await expect(createdId(urls.mock)).resolves.toBe(servedId);
    }, 60_000);

    it('the Redocly processes loaded ahead for lint and the docs, killed with -9, are replaced: a bad save is still refused, a good one served', { timeout: 120_000 }, async () => {
      // Loaded a second after the last reload, each labelled with npm start's folder.
      const spares = await until(async () => {
        const pids = pidsOf(['redocly-spare.mjs', start.dir]);
        return pids.length === 2 ? pids : undefined;
      }, 'the two Redocly spares', { output: start.output });
      for (const pid of spares) process.kill(pid, 'SIGKILL');
      const original = start.read();
      const from = start.output().length;
      start.save(original.replace('operationId: createPayoutTarget', 'operationId: ""'));
      await until(async () => (/✖ openapi\.yaml .*fails lint \(1 problem; .+operation-operationId/.test(start.output().slice(from)) ? true : undefined), 'the lint failure', { ms: 60_000, output: start.output });
      await expect(createdId(urls.mock)).resolves.toBe(servedId);
      // Killed again, mid-load or while waiting, just before a good save.
      for (const pid of pidsOf(['redocly-spare.mjs', start.dir])) process.kill(pid, 'SIGKILL');
      // The spec served carries servedId where the pristine one has the example's id: edited from that.
      const edit = editedSpec(original.replaceAll(servedId, '01HPR8S7YF43PV3QV16TZDC80P'), 11);
      start.save(edit.text);
      await until(async () => ((await createdId(urls.mock)) === edit.id ? true : undefined), 'the mock on the save', { ms: 60_000, output: start.output });
      await until(async () => ((await fetch(urls.docs).then((r) => r.text())).includes(edit.summary) ? true : undefined), 'the docs of the save', { ms: 60_000, output: start.output });
      // Back to the spec the later steps expect.
      start.save(original);
      await until(async () => ((await createdId(urls.mock)) === servedId ? true : undefined), 'the mock back on the spec', { ms: 60_000, output: start.output });
    });

    it('the docs server answers only its Host names', async () => {
      const docs = port(urls.docs);
      expect((await sendRaw(urls.docs, get('/', { host: `evil.example:${docs}` }))) as { status: number }).toMatchObject({ status: 403 });
      expect((await sendRaw(urls.docs, get('/', { host: `localhost:${docs}` }))) as { status: number }).toMatchObject({ status: 200 });
    });

    it('only the docs page may read the mock and the sandbox (CORS without credentials); other pages are refused', async () => {
      const docsOrigin = new URL(urls.docs).origin;
      for (const url of [urls.mock, urls.sandbox]) {
        const allowed = await fetch(`${url}/customers?limit=1`, { headers: { ...sandboxAuth, origin: docsOrigin } });
        expect(allowed.headers.get('access-control-allow-origin')).toBe(docsOrigin);
        expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
        const foreign = await fetch(`${url}/customers?limit=1`, { headers: { ...sandboxAuth, origin: 'http://127.0.0.1:1' } });
        expect(foreign.status).toBe(403);
        expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      }
    });
  });
}
