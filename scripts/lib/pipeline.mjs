// The spec's three build steps (lint, generate, docs), each taking the spec's path so `npm start` can rerun them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatedHeader, readSpec, rootDir, specPath } from './spec.mjs';
import { renderTypes } from './types.mjs';
import { renderServers } from './servers.mjs';
import { renderValidators } from './validators.mjs';
import { runBin } from './run.mjs';

export const defaultOutputs = {
  generated: join(rootDir, 'generated'),
  docs: join(rootDir, 'dist/docs/index.html'),
};

/** Lints with Redocly's recommended-strict rules; resolves true when there is no problem at all. */
export async function lintSpec({ spec = specPath, quiet = false } = {}) {
  const { code, output } = await runBin('redocly', ['lint', relative(rootDir, spec)], { quiet });
  return { ok: code === 0, output };
}

/** Writes every file under generated/ (or `out`) from the spec; resolves with the file names. */
export async function generate({ spec = specPath, out = defaultOutputs.generated } = {}) {
  const document = readSpec(spec);
  const files = {
    'schema.ts': await renderTypes(document),
    'servers.ts': renderServers(document),
    ...renderValidators(document),
  };
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), generatedHeader + text);
  return Object.keys(files);
}

// Redoc's scripts are inlined, but its "API docs by" badge still loads a logo from Redocly's CDN. This policy
// keeps the page from reaching any other host: images, fonts and fetches may come only from the page itself.
const offlinePolicy =
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; frame-src 'none'; object-src 'none'";

/** Renders the docs page with Redoc's scripts inlined, so it works with no network. */
export async function buildDocs({ spec = specPath, out = defaultOutputs.docs, quiet = false, niceness = 0 } = {}) {
  const { code, output } = await runBin(
    'redocly',
    ['build-docs', relative(rootDir, spec), '--output', out, '--title', 'Palomma API reference', '--inlineBundle'],
    { quiet, niceness },
  );
  if (code !== 0) return { ok: false, output };
  const html = readFileSync(out, 'utf8');
  if (!html.includes('<head>')) return { ok: false, output: `${output}\nno <head> in ${out} to add the offline policy to` };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy}">`;
  writeFileSync(out, html.replace('<head>', `<head>\n${meta}`));
  return { ok: true, output };
}
