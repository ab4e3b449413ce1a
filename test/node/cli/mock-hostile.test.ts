// Issue 20 against `palomma mock` as a user runs it (the bin, a real Prism): what used to kill Prism is refused
// with 400 { message }; 1 000 hostile requests leave every good one answered; no Host but this machine's, and no
// page of another site, gets an answer; Prism's CORS echo is gone. (A Prism killed with -9: sandbox-hostile.test.ts,
// through the same front and supervisor.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, runBin, type RunningBin } from '../../helpers/bin.js';
import { hostileRequests, sendRaw, survive } from '../../helpers/hostile-requests.js';
import { exampleCreateBody } from '../../helpers/spec.js';

let bin: RunningBin;
let url: string;
const auth = { authorization: 'Bearer test-token', 'content-type': 'application/json' };
const prismPid = () => childrenOf(bin.child.pid!, '@stoplight/prism-cli');

beforeAll(async () => {
  bin = runBin(['mock', '--port', '0']);
  url = (await bin.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
}, 60_000);
afterAll(() => bin?.stop());

describe('palomma mock', () => {
  it('refuses what Prism 5.14.2 dies of, in Palomma’s shape, and stays up', async () => {
    const [pid] = prismPid();
    const pct = await sendRaw(url, { path: '/customers/%E0%A4%A', headers: auth });
    expect(pct).toMatchObject({ status: 400 });
    expect(JSON.parse((pct as { body: string }).body)).toEqual({ message: 'path: is not valid percent-encoding (a % must start two hex digits forming UTF-8)' });
    const deep = await sendRaw(url, { method: 'POST', path: '/payoutTargets', headers: auth, body: '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000) });
    expect(JSON.parse((deep as { body: string }).body)).toEqual({ message: 'body: is nested deeper than 64 levels' });
    expect((await fetch(`${url}/customers?limit=1`, { headers: auth })).status).toBe(200);
    expect(prismPid()).toEqual([pid]);
  });

  it('answers only this machine’s names, no page of another site, and never echoes an origin', async () => {
    expect(await sendRaw(url, { path: '/customers', headers: { ...auth, host: `rebind.example:${new URL(url).port}` } })).toMatchObject({ status: 403 });
    const foreign = await fetch(`${url}/customers`, { headers: { ...auth, origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const preflight = await fetch(`${url}/customers`, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect(preflight.status).toBe(403);
    const plain = await fetch(`${url}/customers`, { headers: auth });
    for (const answer of [foreign, preflight, plain]) {
      expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('1 000 hostile requests mixed with good ones: every good one answered', async () => {
    const run = await survive(url, hostileRequests({ hostPort: Number(new URL(url).port), paths: ['/customers', '/payoutTargets'], jsonPath: '/payoutTargets' }), [
      { request: () => ({ path: '/customers?limit=1', headers: auth }), statuses: [200] },
      { request: () => ({ method: 'POST', path: '/payoutTargets', headers: auth, body: JSON.stringify(exampleCreateBody()) }), statuses: [200] },
    ]);
    expect(run.failures).toEqual([]);
    expect(bin.output()).not.toMatch(/died/);
  }, 60_000);
});
