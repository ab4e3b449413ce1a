// Decides whether a saved spec is good enough to serve: it parses as YAML and passes lint. Failures come back
// as one line saying what failed, plus the linter's problems, one per line.
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import { runBin } from '../../codegen/run.mjs';
import { rootDir } from '../../codegen/spec-file.mjs';

/** Parses `text`; resolves `{ ok: true, document }` or `{ ok: false, reason }` with the first YAML error's place. */
export function parseSpec(text, name) {
  const parsed = parseDocument(text);
  const [error] = parsed.errors;
  if (error) {
    const at = error.linePos?.[0];
    const place = at ? `${name}:${at.line}:${at.col}` : name;
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, reason: `${place} is not valid YAML (${message})` };
  }
  const document = parsed.toJS();
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, reason: `${name} is not an OpenAPI document (no mapping at the top)` };
  }
  return { ok: true, document };
}

/**
 * Lints the spec file `file` (a snapshot of `name`) with the project's Redocly rules. Resolves `{ ok: true }` or
 * `{ ok: false, reason, details }`: the reason counts the problems and names the first, the details list them all.
 * `redocly(args)` runs the CLI (npm start's keeps one loaded, redocly-pool.mjs).
 */
export async function lintFile(file, name, redocly = (args) => runBin('redocly', args, { quiet: true })) {
  const { code, output } = await redocly(['lint', relative(rootDir, file), '--format', 'stylish']);
  if (code === 0) return { ok: true };
  // Stylish lines look like "  163:7  error    operation-operationId  Operation object `operationId` must be …".
  const problems = [...output.matchAll(/^\s*(\d+):(\d+)\s+(error|warning)\s+(\S+)\s+(.*)$/gm)].map(
    ([, line, col, severity, rule, message]) => ({ line, col, severity, rule, message: message.trim() }),
  );
  const [first] = problems;
  if (!first) return { ok: false, reason: `${name} fails lint`, details: output.trim().split('\n').slice(-5) };
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return {
    ok: false,
    reason: `${name} fails lint (${count}; first ${name}:${first.line}:${first.col} ${first.rule}: ${first.message})`,
    details: problems.map((p) => `${name}:${p.line}:${p.col}  ${p.severity}  ${p.rule}  ${p.message}`),
  };
}
