#!/usr/bin/env node
// Writes (`npm run api:report`) or checks (`npm run check:api`, part of `npm test`) the API reports in api/: the package's exported TypeScript surface, per entry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractReport, sharedProgram } from './lib/api-report.mjs';
import { parseCommandLine } from '../src/node/cli/args.js';
import { rootDir } from '../codegen/spec-file.mjs';

const usage = `Usage: npm run api:report                  rebuild dist/ and rewrite the reports in api/
       npm run check:api [-- --no-build]   fail when api/ no longer matches the exported surface
  --no-build   use dist/ as it is (npm test has just built it)`;
const { values } = parseCommandLine(process.argv.slice(2), 'api-report', usage, {
  check: { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
});

// Each package entry: its subpath, the .d.ts consumers get (emitted from the source by the build), its report's name.
const entries = [
  { subpath: '.', types: 'dist/index.d.ts', name: 'palomma-openapi' },
  { subpath: './webhooks', types: 'dist/webhooks.d.ts', name: 'palomma-openapi-webhooks' },
  { subpath: './mock', types: 'dist/mock.d.ts', name: 'palomma-openapi-mock' },
  { subpath: './sandbox', types: 'dist/sandbox.d.ts', name: 'palomma-openapi-sandbox' },
  { subpath: './webhooks/node', types: 'dist/webhooks-node.d.ts', name: 'palomma-openapi-webhooks-node' },
  { subpath: './webhooks/redis', types: 'dist/webhooks-redis.d.ts', name: 'palomma-openapi-webhooks-redis' },
];

if (!values['no-build'] || !entries.every((entry) => existsSync(join(rootDir, entry.types)))) {
  execFileSync(process.execPath, ['--import', 'tsx', join(rootDir, 'scripts/build.mjs')], { stdio: 'ignore' });
}
const reportFolder = join(rootDir, 'api');
mkdirSync(reportFolder, { recursive: true });
const tempFolder = mkdtempSync(join(tmpdir(), 'palomma-api-report-'));
try {
  const stale = [];
  // The entries share most of their declarations (the client's types): one TypeScript program reads them all.
  const program = sharedProgram(entries.map((entry) => join(rootDir, entry.types)));
  for (const entry of entries) {
    const result = extractReport({ types: join(rootDir, entry.types), name: entry.name, reportFolder, tempFolder, update: !values.check, program });
    if (result.changed) stale.push({ ...entry, ...result });
  }
  if (values.check && stale.length) {
    for (const entry of stale) console.error(reportDiff(entry));
    console.error(
      `✖ The exported TypeScript surface changed (${stale.map((e) => `'${e.subpath}'`).join(', ')}) and api/ was not updated. ` +
        'Review the change above, then run `npm run api:report` and commit api/.',
    );
    process.exitCode = 1;
  } else if (values.check) {
    console.log(`api/ matches the exported TypeScript surface (${entries.length} entries)`);
  } else {
    console.log(stale.length ? `updated ${stale.map((e) => `api/${e.name}.api.md`).join(', ')}` : 'api/ was already up to date');
  }
} finally {
  rmSync(tempFolder, { recursive: true, force: true });
}

/** The changed lines between the committed report and the surface now (at most 40). */
function reportDiff({ committed, fresh, name }) {
  let text = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--no-color', '--', existsSync(committed) ? committed : '/dev/null', fresh], { encoding: 'utf8' });
  } catch (error) {
    text = error.stdout ?? '';
  }
  const lines = text.split('\n').filter((line) => /^[-+@]/.test(line) && !/^(---|\+\+\+) /.test(line));
  return [`api/${name}.api.md:`, ...lines.slice(0, 40), ...(lines.length > 40 ? [`… ${lines.length - 40} more lines`] : [])].join('\n');
}
