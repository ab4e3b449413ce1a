// Issue 20 against `palomma sandbox` as a user runs it (the bin, real Prism, real Chromium): a request that used to
// kill Prism is refused and Prism lives; a Prism killed anyway is restarted with one line; another site's page can
// neither read, reset nor decide anything, nor kill Prism with an <img>; a rebinding Host is refused; the pages
// escape what they show and redirect only to web addresses; 1 000 hostile requests leave every good one answered.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, rssMiB, runBin, type RunningBin } from '../../helpers/bin.js';
import { launchChromium } from '../../helpers/chromium.js';
import { hostileRequests, sendRaw, survive, type RawRequest } from '../../helpers/hostile-requests.js';
import { bankAccount, customerBody, integrityKey, startReceiver } from '../../helpers/sandbox.js';

const token = 'palomma-sandbox-token';
const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
let bin: RunningBin;
let api: string;
let control: string;
let browser: Browser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let site: Server;
let siteUrl: string;
let attackPage = '';

beforeAll(async () => {
  receiver = await startReceiver();
  // Another site's page, on another loopback port: what a web page the developer visits can do.
  site = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(request.url === '/attack' ? attackPage : '<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  bin = runBin(['sandbox', '--port', '0', '--control-port', '0', '--webhook-url', receiver.url], { PALOMMA_INTEGRITY_KEY: integrityKey });
  [browser] = await Promise.all([launchChromium(), bin.waitFor(/Ctrl-C stops it/)]);
  api = /API: +(http:\/\/127\.0\.0\.1:\d+)/.exec(bin.output())![1]!;
  control = /Control: +(http:\/\/127\.0\.0\.1:\d+)/.exec(bin.output())![1]!;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await bin?.stop();
  await receiver?.close();
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
});

const json = async <T = any>(response: Response): Promise<T> => (await response.json()) as T;
async function customerAndTarget(n: number, redirectUrl = 'https://merchant.example.com/back') {
  const customer = await json(await fetch(`${api}/customers`, { method: 'POST', headers: auth, body: JSON.stringify(customerBody(n)) }));
  const target = await fetch(`${api}/payoutTargets`, { method: 'POST', headers: auth, body: JSON.stringify({ customerId: customer.id, redirectUrl, type: 'bankAccount', bankAccount: bankAccount() }) });
  expect(target.status).toBe(200);
  return { customer, target: await json(target) };
}
const prismPid = () => childrenOf(bin.child.pid!, '@stoplight/prism-cli');

describe('requests that used to kill Prism', () => {
  it.each([
    ['a path with broken percent-encoding', { path: '/customers/%E0%A4%A' }, /^path: is not valid percent-encoding/],
    ['a 10 KB body nested 5 000 levels deep', { method: 'POST', path: '/customers', headers: auth, body: '['.repeat(5_000) + ']'.repeat(5_000) }, /^body: is nested deeper than 64 levels$/],
  ])('%s gets a 400 { message } and Prism lives on', async (_what, raw, message) => {
    // What this test printed: another test kills Prism on purpose, and in a shuffled order it may come first.
    const from = bin.output().length;
    const [before] = prismPid();
    const answer = await sendRaw(api, raw as RawRequest);
    expect(answer).toMatchObject({ status: 400 });
    expect(JSON.parse((answer as { body: string }).body).message).toMatch(message);
    expect((await fetch(`${api}/customers?limit=1`, { headers: auth })).status).toBe(200);
    expect(prismPid()).toEqual([before]);
    expect(bin.output().slice(from)).not.toMatch(/died/);
  });

  it('four 10 MB bodies at once get their 413s, and neither Prism nor the sandbox grows by their size', async () => {
    const [pid] = prismPid();
    const before = { prism: rssMiB(pid!), sandbox: rssMiB(bin.child.pid!) };
    const answers = await Promise.all(Array.from({ length: 4 }, () => fetch(`${api}/customers`, { method: 'POST', headers: auth, body: Buffer.alloc(10_000_000, 32) })));
    expect(answers.map((answer) => answer.status)).toEqual([413, 413, 413, 413]);
    // Prism used to buffer each at about 40 times its size (+380 to 760 MiB a request).
    expect(rssMiB(pid!) - before.prism).toBeLessThan(50);
    expect(rssMiB(bin.child.pid!) - before.sandbox).toBeLessThan(50);
  });

  it('a body over 1 MB gets its 413 from the front, before Prism buffers it', async () => {
    const answer = await fetch(`${api}/customers`, { method: 'POST', headers: auth, body: Buffer.alloc(5_000_000, 32) });
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({ message: 'body: larger than 1 MB' });
  });
});

describe('Host and Origin', () => {
  it('a Host that is not this machine (DNS rebinding) is refused by the API, the control API and the pages', async () => {
    const { target } = await customerAndTarget(1);
    for (const [url, path] of [[api, '/customers'], [control, '/webhookDeliveries'], [control, new URL(target.authUrl).pathname]] as const) {
      const forged = await sendRaw(url, { path, headers: { ...auth, host: `rebind.example:${new URL(url).port}` } });
      expect(forged, `${url}${path}`).toMatchObject({ status: 403 });
      expect((forged as { body: string }).body).toMatch(/is not a name this server answers to/);
    }
  });

  it('another site’s page (Chromium) cannot read customers, reset the sandbox, approve a target, nor kill Prism with an <img>', async () => {
    const from = bin.output().length;
    const { customer, target } = await customerAndTarget(2);
    const [before] = prismPid();
    attackPage = `<!doctype html><title>attack</title>
<img src="${api}/customers/%E0%A4%A">
<img src="${api}/customers/%zz">
<iframe name="sink"></iframe>
<form id="approve" method="post" action="${target.authUrl}" target="sink"><input name="choice" value="approve"></form>
<script>
  window.results = {};
  const settle = (name, promise) => promise.then((r) => r.text().then((t) => (results[name] = 'read: ' + t.slice(0, 80))), (e) => (results[name] = 'blocked: ' + e.name));
  settle('read', fetch(${JSON.stringify(`${api}/customers`)}, { headers: { authorization: 'Bearer ${token}' } }));
  settle('readSimple', fetch(${JSON.stringify(`${api}/customers/${customer.id}`)}));
  settle('reset', fetch(${JSON.stringify(`${control}/reset`)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{}' }));
  settle('deliveries', fetch(${JSON.stringify(`${control}/webhookDeliveries`)}));
  document.getElementById('approve').submit();
</script>`;
    const tab = await browser.newPage();
    try {
      await tab.goto(`${siteUrl}/attack`);
      await tab.waitForFunction(() => Object.keys((window as any).results).length === 4, undefined, { timeout: 10_000 });
      const results = await tab.evaluate(() => (window as any).results);
      expect(results.read).toBe('blocked: TypeError');
      expect(results.readSimple).toBe('blocked: TypeError');
      expect(results.deliveries).toBe('blocked: TypeError');
      // no-cors: the page cannot read the answer either way; what matters is that nothing was reset.
      expect(results.reset).toBe('read: ');
      await tab.waitForLoadState('networkidle');
    } finally {
      await tab.close();
    }
    expect((await fetch(`${api}/customers/${customer.id}`, { headers: auth })).status).toBe(200);
    // Still undecided (a target waiting for its customer has no status in Palomma's enum).
    expect((await json(await fetch(`${api}/payoutTargets/${target.id}`, { headers: auth }))).status).toBeUndefined();
    expect(prismPid()).toEqual([before]);
    expect(bin.output().slice(from)).not.toMatch(/died/);
  });
});

describe('the customer pages', () => {
  it('a reflected <img onerror> in a 404 is escaped, under a CSP that allows no script (Chromium runs none)', async () => {
    const raw = await sendRaw(control, { path: '/pages/<img%20src=x%20onerror=alert(document.domain)>/x' });
    expect(raw).toMatchObject({ status: 404 });
    expect((raw as { body: string }).body).not.toContain('<img');
    expect((raw as { body: string }).body).toContain('&lt;img src=x onerror=alert(document.domain)&gt;');
    expect((raw as { headers: Record<string, string> }).headers['content-security-policy']).toMatch(/default-src 'none'/);
    const tab = await browser.newPage();
    let dialogs = 0;
    tab.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    try {
      const answer = await tab.goto(`${control}/pages/%3Cimg%20src=x%20onerror=alert(document.domain)%3E/x`);
      expect(answer?.status()).toBe(404);
      await tab.waitForTimeout(200);
      expect(dialogs).toBe(0);
      expect(await tab.locator('img').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it.each(['javascript:alert(document.cookie)', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'http://merchant.example.com/plain-http'])(
    'a redirectUrl of %s is not followed: the decision is made, the page shows the address as text with a note',
    async (redirectUrl) => {
      const { target } = await customerAndTarget(3, redirectUrl);
      const page = await fetch(target.authUrl);
      const html = await page.text();
      const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
      expect(token).toBeDefined();
      const decided = await fetch(target.authUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `choice=approve&token=${encodeURIComponent(token!)}`, redirect: 'manual' });
      expect(decided.status).toBe(200);
      expect(decided.headers.get('location')).toBeNull();
      const text = await decided.text();
      expect(text).toContain('not sent there');
      expect(text).toContain(redirectUrl.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      expect(text).not.toMatch(/href="(javascript|vbscript|file):/i);
      expect(await json(await fetch(`${api}/payoutTargets/${target.id}`, { headers: auth }))).toMatchObject({ status: 'active' });
      expect((await receiver.waitFor((e) => e.event.id === target.id)).event.status).toBe('active');
    },
  );

  it('a decision needs the page’s own token; another site’s Origin is refused', async () => {
    const { target } = await customerAndTarget(4);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await fetch(target.authUrl, { method: 'POST', headers: form, body: 'choice=approve' })).status).toBe(403);
    expect((await fetch(target.authUrl, { method: 'POST', headers: form, body: 'choice=approve&token=forged' })).status).toBe(403);
    const token = /name="token" value="([^"]+)"/.exec(await (await fetch(target.authUrl)).text())![1]!;
    const foreign = await fetch(target.authUrl, { method: 'POST', headers: { ...form, origin: siteUrl }, body: `choice=approve&token=${token}`, redirect: 'manual' });
    expect(foreign.status).toBe(403);
    expect((await json(await fetch(`${api}/payoutTargets/${target.id}`, { headers: auth }))).status).toBeUndefined();
    const own = await fetch(target.authUrl, { method: 'POST', headers: { ...form, origin: new URL(control).origin }, body: `choice=approve&token=${token}`, redirect: 'manual' });
    expect(own.status).toBe(303);
    expect(own.headers.get('location')).toBe('https://merchant.example.com/back');
  });
});

describe('hostile traffic and a dead Prism', () => {
  it('1 000 hostile requests (700 on the API, 300 on the control port), mixed with good ones: every good one answered', async () => {
    const from = bin.output().length;
    let n = 100;
    const [onApi, onControl] = await Promise.all([
      survive(api, hostileRequests({ hostPort: Number(new URL(api).port), paths: ['/customers', '/payoutTargets'], jsonPath: '/customers' }), [
        { request: () => ({ method: 'POST', path: '/customers', headers: auth, body: JSON.stringify(customerBody(n++)) }), statuses: [200] },
        { request: () => ({ path: '/customers?limit=1', headers: auth }), statuses: [200] },
      ], { count: 700 }),
      survive(control, hostileRequests({ hostPort: Number(new URL(control).port), paths: ['/pages/payoutTargets', '/payoutTargets'], jsonPath: '/payoutTargets/NOPE/authorize' }), [
        { request: () => ({ path: '/webhookDeliveries' }), statuses: [200] },
      ], { count: 300 }),
    ]);
    expect(onApi.failures).toEqual([]);
    expect(onControl.failures).toEqual([]);
    expect(bin.output().slice(from)).not.toMatch(/died/);
  }, 60_000);

  it('a Prism killed with -9 is restarted on the same port, in one line; the sandbox keeps its state', async () => {
    const { customer } = await customerAndTarget(5);
    const [pid] = prismPid();
    const from = bin.output().length;
    process.kill(pid!, 'SIGKILL');
    // Sent while Prism is down: held by the front until the new one listens.
    const during = await fetch(`${api}/customers/${customer.id}`, { headers: auth });
    expect(during.status).toBe(200);
    await bin.waitFor(/restarted/, 30_000, from);
    const lines = bin.output().slice(from).split('\n').filter(Boolean);
    expect(lines[0]).toMatch(new RegExp(`^✖ Prism \\(the sandbox's validating proxy on ${api}\\) \\(pid ${pid}\\) died \\(killed by SIGKILL\\); restarting it$`));
    expect(lines[1]).toMatch(/^✔ Prism .* restarted \(pid \d+\) in \d+ ms$/);
    expect(prismPid()).toHaveLength(1);
    expect(prismPid()).not.toEqual([pid]);
  }, 40_000);
});
