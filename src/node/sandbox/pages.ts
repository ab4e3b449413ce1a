// The customer's side: the small HTML page behind authUrl and paymentUrl, with Approve and Decline. Everything put
// into it is escaped by the one helper; its only style is the block below (its CSP allows that and no script).
import { escapeHtml } from '../http/html.js';
import type { SandboxRecord } from './record.js';

/** The page's one inline style block, exactly as sent: its CSP names its hash. */
export const pageStyle = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
  main { max-width: 28rem; margin: 3rem auto; background: #fff; border-radius: 12px; padding: 2rem; box-shadow: 0 2px 12px #0002; }
  .badge { display: inline-block; font-size: .75rem; letter-spacing: .05em; text-transform: uppercase; background: #fff3cd; color: #7a5b00; padding: .15rem .5rem; border-radius: 4px; }
  h1 { font-size: 1.4rem; margin: .75rem 0 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 0 0 1.5rem; }
  dt { color: #5b6475; } dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  button { font: inherit; border: 0; border-radius: 8px; padding: .7rem 1.2rem; cursor: pointer; }
  .approve { background: #1f7a4d; color: #fff; width: 100%; }
  fieldset { border: 1px solid #d9dce3; border-radius: 8px; margin-top: 1rem; padding: 1rem; display: grid; gap: .5rem; }
  select { font: inherit; padding: .4rem; }
  .decline { background: #b42318; color: #fff; }
  .note { background: #fff3cd; border-radius: 8px; padding: .75rem 1rem; }
  code { overflow-wrap: anywhere; }
  footer { color: #5b6475; font-size: .8rem; margin-top: 1.5rem; }
`;

const money = (amount: number) => `${new Intl.NumberFormat('es-CO').format(amount)} COP`;

export interface PageOptions {
  title: string;
  record: SandboxRecord;
  /** The `statusMessage` values Decline offers. */
  reasons: readonly string[];
  /** Whether the object still waits for the customer (else the page says it is decided). */
  waiting: boolean;
  /** Where the form posts. */
  action: string;
  /** The page's own token, posted with the form: a decision without it is refused. */
  token: string;
  /** Shown above the facts, as text: a redirect that was not followed, and its address. */
  note?: { text: string; value: string } | undefined;
}

/** The page for one object: what is asked of the customer, Approve, and Decline with a reason. */
export function renderPage({ title, record, reasons, waiting, action, token, note }: PageOptions): string {
  const who = record.customerDetails?.name;
  const facts: Array<[string, unknown]> = [
    ['Merchant reference', record.reference],
    ['Customer', who],
    ['Amount', record.amount !== undefined ? money(record.amount) : undefined],
    ['Account', record.bankAccount ? `${record.bankAccount.bank} · ${record.bankAccount.accountType} · ${record.bankAccount.accountNumber}` : undefined],
    ['Status', record.status ?? 'waiting for you'],
  ];
  const shown = facts.filter(([, value]) => value !== undefined);
  const options = reasons.map((r) => `<option value="${escapeHtml(r)}"${r === 'CUSTOMER_CANCELLATION' ? ' selected' : ''}>${escapeHtml(r)}</option>`).join('');
  const form = waiting
    ? `<form method="post" action="${escapeHtml(action)}" class="choices">
  <input type="hidden" name="token" value="${escapeHtml(token)}">
  <button type="submit" name="choice" value="approve" class="approve">Approve</button>
  <fieldset>
    <label for="statusMessage">Reason to decline</label>
    <select id="statusMessage" name="statusMessage">${options}</select>
    <button type="submit" name="choice" value="decline" class="decline">Decline</button>
  </fieldset>
</form>`
    : `<p class="done">This has already been decided: <strong>${escapeHtml(record.status)}</strong>.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · Palomma sandbox</title>
<style>${pageStyle}</style>
</head>
<body>
<main>
<span class="badge">Sandbox · no real money moves</span>
<h1>${escapeHtml(title)}</h1>
${note ? `<p class="note">${escapeHtml(note.text)} <code>${escapeHtml(note.value)}</code></p>\n` : ''}<dl>${shown.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
${form}
<footer>Palomma sandbox page for ${escapeHtml(record.id)}. Afterwards you are sent back to the merchant.</footer>
</main>
</body>
</html>
`;
}
