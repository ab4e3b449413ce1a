// The README's table of resource methods, rendered from the spec and kept between two markers by `npm run generate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootDir } from './spec-file.mjs';

export const readmePath = join(rootDir, 'README.md');
const start = '<!-- methods: generated from openapi.yaml by `npm run generate` -->';
const end = '<!-- /methods -->';

function call(op) {
  const args = [
    ...op.pathParameters.map((p) => p.name),
    ...(op.body ? ['body'] : []),
    ...(op.queryParameters.length ? [`{ ${op.queryParameters.map((p) => p.name).join(', ')} }`] : []),
  ];
  return `${op.method}(${args.join(', ')})`;
}

/** One row per method: where it lives, how it is called, the operation it sends and what it does. */
export function methodTable(operations) {
  const rows = operations.map(
    (op) => `| \`palomma.${op.resource}\` | \`${call(op)}\`${op.paging ? ' (paged)' : ''} | \`${op.httpMethod} ${op.path}\` | ${op.summary} |`,
  );
  return ['| resource | method | operation | does |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with its method table replaced; an Error when the markers are missing. */
export function withMethodTable(readme, operations) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: the method table needs the markers ${start} and ${end}`);
  return `${readme.slice(0, from + start.length)}\n${methodTable(operations)}\n${readme.slice(to)}`;
}

/** Rewrites the README's method table in place; true when it changed. */
export function updateReadme(operations, path = readmePath) {
  const before = readFileSync(path, 'utf8');
  const after = withMethodTable(before, operations);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}
