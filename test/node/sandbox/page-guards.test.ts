// The customer's page: where it may send the customer afterwards, and the token its form carries.
import { describe, expect, it } from 'vitest';
import { createPageTokens } from '../../../src/node/sandbox/page-tokens.js';
import { redirectTarget } from '../../../src/node/sandbox/redirect-target.js';
import { checkTimerMs, maxTimerMs } from '../../../src/node/sandbox/timer-limits.js';

describe('redirectTarget', () => {
  it.each(['https://merchant.example.com/back?x=1', 'http://localhost:3000/done', 'http://127.0.0.1:3000/', 'http://[::1]:3000/'])('%s is followed', (url) => {
    const target = redirectTarget(url);
    expect(target).toMatchObject({ ok: true, href: new URL(url).href });
  });
  it.each([
    ['javascript:alert(document.domain)', /not to javascript:/],
    ['JaVaScRiPt:alert(1)', /not to javascript:/],
    ['vbscript:msgbox(1)', /not to vbscript:/],
    ['file:///etc/passwd', /not to file:/],
    ['data:text/html,<script>alert(1)</script>', /not to data:/],
    ['http://merchant.example.com/back', /not to http:/],
    ['https://merchant.example.com/\r\nSet-Cookie: a=b', /control characters/],
    ['/relative', /not an absolute URL/],
    [undefined, /no redirectUrl/],
  ])('%j is not', (url, reason) => {
    const target = redirectTarget(url);
    expect(target.ok).toBe(false);
    expect(!target.ok && target.reason).toMatch(reason);
  });
});

describe('createPageTokens', () => {
  it('a token fits its own object only, and another sandbox’s tokens fit none', () => {
    const tokens = createPageTokens();
    const token = tokens.tokenFor('payoutTargets', 'PT1');
    expect(tokens.matches('payoutTargets', 'PT1', token)).toBe(true);
    expect(tokens.matches('payoutTargets', 'PT2', token)).toBe(false);
    expect(tokens.matches('payinLinks', 'PT1', token)).toBe(false);
    expect(tokens.matches('payoutTargets', 'PT1', undefined)).toBe(false);
    expect(tokens.matches('payoutTargets', 'PT1', `${token}x`)).toBe(false);
    expect(createPageTokens().matches('payoutTargets', 'PT1', token)).toBe(false);
  });
});

describe('checkTimerMs', () => {
  it('takes what Node timers hold and refuses the rest, naming the setting', () => {
    expect(checkTimerMs('autoAdvance', 0)).toBe(0);
    expect(checkTimerMs('autoAdvance', maxTimerMs)).toBe(maxTimerMs);
    expect(() => checkTimerMs('autoAdvance', 3_000_000_000)).toThrow('autoAdvance must be at most 2147483647 ms (about 24.8 days, the longest delay Node\'s timers hold), not 3000000000');
    expect(() => checkTimerMs('retryDelays[1]', 1.5)).toThrow(/retryDelays\[1\] must be a whole number/);
    expect(() => checkTimerMs('x', -1)).toThrow(RangeError);
  });
});

describe('a redirectUrl with CR/LF, where nothing checked it', () => {
  it('the decision is made and reported, and the page says where it would have gone, instead of a 500 See Other', async () => {
    const { createSandbox } = await import('../../../src/node/sandbox/index.js');
    const sent: string[] = [];
    const sandbox = createSandbox({
      checkRequests: false,
      checkResponses: false,
      webhookUrls: ['http://127.0.0.1:1/hook'],
      webhookFetch: async (_url, init) => {
        sent.push(String(init.body));
        return new Response(null, { status: 200 });
      },
    });
    try {
      const post = (path: string, body: unknown) =>
        sandbox.fetch(`http://sandbox.test${path}`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
      const customer = await post('/customers', { name: 'Ana', documentType: 'cc', documentNumber: '1', email: 'a@b.co', phoneNumber: '3000000000' });
      const redirectUrl = 'https://merchant.example.com/back\r\nSet-Cookie: session=stolen';
      const target = await post('/payoutTargets', { customerId: customer.id, redirectUrl, type: 'bankAccount', bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' } });
      const token = /name="token" value="([^"]+)"/.exec(await (await sandbox.control.fetch(target.authUrl)).text())![1]!;
      const decided = await sandbox.control.fetch(target.authUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `choice=approve&token=${token}` });
      expect(decided.status).toBe(200);
      expect(decided.headers.get('location')).toBeNull();
      expect(await decided.text()).toContain('the redirectUrl contains control characters');
      await sandbox.control.webhooksSettled();
      expect(sent.map((body) => JSON.parse(body).event.status)).toEqual(['active']);
    } finally {
      sandbox.close();
    }
  });
});
