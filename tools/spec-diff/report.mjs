// Renders a spec:diff result as text (the terminal), Markdown (a pull request comment) or JSON (other tools).
import { kinds } from './classify.mjs';

const labels = { breaking: 'BREAKING', risk: 'risk', 'non-breaking': 'non-breaking', docs: 'docs' };
const headings = {
  breaking: 'Breaking',
  risk: 'Risk (clients that switch over these values)',
  'non-breaking': 'Non-breaking',
  docs: 'Docs',
};

/** "1 breaking, 0 risk, 2 non-breaking, 3 docs" */
const countLine = (counts) => `${counts.breaking} breaking, ${counts.risk} risk, ${counts.nonBreaking} non-breaking, ${counts.docs} docs`;

/**
 * @param {{ file: string, base: string, baseCommit: string, head: string, changes: import('./classify.mjs').Change[],
 *   counts: ReturnType<import('./classify.mjs').summarize>, verdict: { ok: boolean, message?: string } }} result
 */
export function renderText(result) {
  const lines = [];
  if (result.changes.length) {
    lines.push(`Changes to ${result.file} from ${result.base} (${result.baseCommit}) to ${result.head}:`);
    for (const kind of kinds) {
      for (const change of result.changes.filter((c) => c.kind === kind)) lines.push(`  ${labels[kind].padEnd(12)}  ${change.where} — ${change.what}`);
    }
  } else {
    lines.push(`No changes to ${result.file} from ${result.base} (${result.baseCommit}) to ${result.head}.`);
  }
  if (result.verdict.ok && result.verdict.message) lines.push(result.verdict.message);
  lines.push(countLine(result.counts));
  return `${lines.join('\n')}\n`;
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderMarkdown(result) {
  const lines = [`### \`${result.file}\`: ${countLine(result.counts)}`, '', `From \`${result.base}\` (${result.baseCommit}) to ${result.head}.`];
  if (result.verdict.message) lines.push('', `${result.verdict.ok ? '✅' : '❌'} ${result.verdict.message}`);
  for (const kind of kinds) {
    const changes = result.changes.filter((c) => c.kind === kind);
    if (!changes.length) continue;
    lines.push('', `#### ${headings[kind]} (${changes.length})`, '', '| Where | What |', '| --- | --- |');
    for (const change of changes) lines.push(`| \`${cell(change.where)}\` | ${cell(change.what)} |`);
  }
  if (!result.changes.length) lines.push('', 'No changes.');
  return `${lines.join('\n')}\n`;
}

export function renderJson(result) {
  return `${JSON.stringify(result, null, 2)}\n`;
}
