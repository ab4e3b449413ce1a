// The docs step: the HTML page Redocly renders from the spec, made to work offline. Its own module (re-exported by
// pipeline.mjs) because `npm start` rebuilds it on every save and must not load the type generator (TypeScript) to do so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { withCodeSamples } from './code-samples.mjs';
import { withFlowsSection } from './flows-section.mjs';
import { defaultOutputs } from './outputs.mjs';
import { sandboxSpecPath } from './lint.mjs';
import { readSpec, rootDir, specPath } from './spec-file.mjs';
import { runBin } from './run.mjs';

// Redoc's scripts are inlined; this policy keeps the page from reaching any other host all the same: images,
// fonts and fetches may come only from the page itself.
const offlinePolicy =
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; frame-src 'none'; object-src 'none'";

// The "API docs by Redocly" link at the foot of Redoc's sidebar loads its logo from Redocly's CDN, the one request
// the page would make (and the policy above would block, leaving the link empty). The name is drawn inline instead.
const redoclyLogo = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g;
const inlineLogo = (full) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${full ? 46 : 10}" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#555">${full ? 'Redocly' : 'R'}</text></svg>`,
  )}`;

// Code never runs off its column: a line too long for it wraps (a copy still gives the text as written). The
// samples keep their first two lines short, clear of the Copy button (codegen/code-samples.mjs). (`!important`:
// Redoc's styled components add their own rules for these elements at run time, after this one.)
const codeStyle = `<style>
pre[data-component-name="CodeBlock/CodeBlockContainer"], [data-component-name="Markdown/Markdown"] pre {
  white-space: pre-wrap !important;
  overflow-wrap: anywhere !important;
}
</style>`;

/**
 * Renders the docs page with Redoc's scripts inlined, so it works with no network. With `codeSamples` (the API's
 * page) it renders a copy of the spec that carries a TypeScript and a curl sample for every operation
 * (codegen/code-samples.mjs) and the Flows section (codegen/flows-section.mjs); without (the sandbox's control
 * API) the file itself, whose `$ref`s into openapi.yaml are relative to it. `niceness` runs Redocly at a lower CPU priority (npm start's docs, behind its mock).
 * `document` is the spec already parsed, if the caller has it. `redocly(args, { niceness })` runs the CLI (npm start's keeps one loaded, tools/dev-server/redocly-pool.mjs).
 */
export async function buildDocs({
  spec = specPath,
  out = defaultOutputs.docs,
  quiet = false,
  title = 'Palomma API reference',
  codeSamples = true,
  niceness = 0,
  document,
  redocly = (args, options) => runBin('redocly', args, { quiet, ...options }),
} = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-docs-spec-'));
  let result;
  try {
    let input = relative(rootDir, spec);
    if (codeSamples) {
      // JSON, which Redocly renders exactly as the same spec in YAML, and which is written in a fraction of the time.
      input = join(scratch, 'openapi.json');
      try {
        const documented = withFlowsSection(withCodeSamples(document ?? readSpec(spec)), { control: readSpec(sandboxSpecPath) });
        writeFileSync(input, JSON.stringify(documented));
      } catch (error) {
        // A spec the generator's rules refuse (no operationId, a name clash), or a flow calling an operation it
        // lacks, has no page: say why, build nothing.
        return { ok: false, output: `docs samples: ${error.message}` };
      }
    }
    result = await redocly(['build-docs', input, '--output', out, '--title', title, '--inlineBundle'], { niceness });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const { code, output } = result;
  if (code !== 0) return { ok: false, output };
  const html = readFileSync(out, 'utf8');
  if (!html.includes('<head>')) return { ok: false, output: `${output}\nno <head> in ${out} to add the offline policy to` };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy}">`;
  const page = html.replace('<head>', `<head>\n${meta}\n${codeStyle}`).replace(redoclyLogo, (_, full) => inlineLogo(Boolean(full)));
  writeFileSync(out, page);
  return { ok: true, output };
}
