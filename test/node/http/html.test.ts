// One escape for everything put into HTML, and the headers every page is sent with.
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlHeaders, styleHash } from '../../../src/node/http/html.js';

describe('escapeHtml', () => {
  it('escapes what could open a tag, end an attribute or start an entity', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('htmlHeaders', () => {
  it('allows no script, only the given inline styles, forms to itself and the given targets, no framing', () => {
    const headers = htmlHeaders({ styles: ['body{}'], formTargets: ['https://merchant.example'] });
    const csp = headers['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${styleHash('body{}')}`);
    expect(csp).toContain("form-action 'self' https://merchant.example");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|unsafe/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(styleHash('body{}')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});
