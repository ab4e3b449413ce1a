// HTML the local servers send: every interpolated value escaped by one helper, and headers that keep a page to
// itself (nothing but its own inline style, no scripts, no framing, forms posted only where they are meant to go).
import { createHash } from 'node:crypto';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` as text safe anywhere in HTML: element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => entities[c]!);
}

/** The CSP source for one inline `<style>` block's exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export interface PageSecurity {
  /** The inline `<style>` blocks the page has (their exact text): the only styles it may use. */
  styles?: readonly string[];
  /** Where its forms may be sent besides the page's own origin (a redirect after a form counts). */
  formTargets?: readonly string[];
}

/**
 * Headers for an HTML answer: a Content-Security-Policy that allows no script at all, only the page's own inline
 * styles, `data:` images (the empty favicon) and forms to itself (and `formTargets`); no framing; no sniffing.
 */
export function htmlHeaders({ styles = [], formTargets = [] }: PageSecurity = {}): Record<string, string> {
  const policy = [
    "default-src 'none'",
    `style-src ${styles.length ? styles.map(styleHash).join(' ') : "'none'"}`,
    'img-src data:',
    `form-action 'self'${formTargets.map((target) => ` ${target}`).join('')}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // Not `no-referrer`: under it Chromium sends `Origin: null` with the page's own form, which is then refused.
    'referrer-policy': 'same-origin',
  };
}
