#!/usr/bin/env node
// The maintainer's loop: serve the docs and a Prism mock of the last good openapi.yaml, regenerate types, and move everything to each good save.
import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isPortInUse, parseCommandLine, portInUseLine } from '../../src/node/cli/args.js';
import { onShutdown } from '../../src/node/cli/shutdown.js';
import { buildDocs } from '../../codegen/docs-page.mjs';
import { sandboxSpecPath } from '../../codegen/lint.mjs';
import { defaultOutputs } from '../../codegen/outputs.mjs';
import { rootDir, specPath } from '../../codegen/spec-file.mjs';
import { startDocsServer } from './docs-server.mjs';
import { startGuardFront } from '../../src/node/prism/front.js';
import { createReloader } from './reloader.mjs';
import { loadSandboxModules } from './sandbox-service.mjs';
import { sandbox, services } from './services.mjs';

const ports = [{ name: 'docs', label: 'Docs', flag: 'docs-port', env: 'DOCS_PORT', defaultPort: '8080' }, ...services];
const usage = `Usage: npm start [-- options]

  --spec <file>        the spec to watch (default openapi.yaml)
  --generated <dir>    where the types go (default generated/)
  --docs <file>        where the docs page goes (default dist/docs/index.html)
  --state-dir <dir>    where the last good spec is kept between runs (default node_modules/.cache/palomma-start)
  --readme <file>      the README whose method table follows the spec (default README.md, with the default --generated)
  --without-sandbox    serve the docs and the mock only
${ports.map((p) => `  --${`${p.flag} <port>`.padEnd(19)} ${p.name} port (default $${p.env} or ${p.defaultPort}; 0 picks a free one)`).join('\n')}`;

const { values, fail } = parseCommandLine(process.argv.slice(2), 'npm start', usage, {
  spec: { type: 'string', default: specPath },
  generated: { type: 'string', default: defaultOutputs.generated },
  docs: { type: 'string', default: defaultOutputs.docs },
  'state-dir': { type: 'string', default: join(rootDir, 'node_modules/.cache/palomma-start') },
  readme: { type: 'string' },
  'without-sandbox': { type: 'boolean', default: false },
  ...Object.fromEntries(ports.map((p) => [p.flag, { type: 'string', default: process.env[p.env] ?? p.defaultPort }])),
});
for (const p of ports) {
  const port = values[p.flag];
  if (!/^\d+$/.test(port) || Number(port) > 65535) fail(`--${p.flag} (or ${p.env}) must be a port number from 0 to 65535, not ${JSON.stringify(port)}`);
}
const spec = resolve(values.spec);
const name = basename(spec);
// A spec that is not there is not a spec that fails lint: say so, and start nothing.
if (!existsSync(spec)) {
  console.error(`npm start: ${values.spec}: no such file (--spec names the spec to serve)`);
  process.exit(1);
}
// The README's method table follows the spec when the types go to the project's own generated/ (as
// `npm run generate` does), or to the README named.
const readme = values.readme ?? (resolve(values.generated) === defaultOutputs.generated ? join(rootDir, 'README.md') : undefined);
const log = (text) => console.log(text);
let watcher;
let reloader;
let timer;
let sandboxDocsBuilt;
const opened = [];
// npm start's own processes (Prism instances, the sandbox) go too, whichever way it is told to stop; one line says so.
const shutdown = onShutdown(
  async () => {
    watcher?.close();
    clearTimeout(timer);
    await Promise.all(opened.map((server) => server.close()));
    await reloader?.stop();
    await sandboxDocsBuilt;
  },
  (reason) => `npm start stopped (${reason}); every process it started has ended.`,
);

/** Binds a public port, or ends the run with one line naming the flag and the variable that choose another. */
async function bind(p, listen) {
  try {
    return await listen(Number(values[p.flag]));
  } catch (error) {
    const setting = { what: p.name, flag: p.flag, env: p.env };
    const line = isPortInUse(error)
      ? portInUseLine('npm start', values[p.flag], setting)
      : `npm start: port ${values[p.flag]} for the ${p.name} ${error.code === 'EACCES' ? 'is not allowed' : `failed (${error.code ?? error.message})`}. Pick another with --${p.flag} <port> or ${p.env}=<port> (0 picks a free one).`;
    return shutdown.stop(line, 1);
  }
}

// The ports are taken before anything else, so a busy one is reported at once; until the first good spec the
// fronts answer 503 saying so.
const waitingText = `no good spec yet: fix ${name} and save it`;
// The sandbox's control API page, beside the API's; sandbox.yaml takes its objects from the project's openapi.yaml.
const sandboxDocs = join(dirname(resolve(values.docs)), 'sandbox.html');
const docsServer = await bind(ports[0], (port) => startDocsServer({ port, file: values.docs, sandboxPage, waitingText }));
opened.push(docsServer);
const fronts = [];
const served = values['without-sandbox'] ? services.filter((s) => s !== sandbox.api && s !== sandbox.control) : services;
// The docs page is the one other page that may call the mock and the sandbox (CORS, without credentials).
const docsPort = new URL(docsServer.url).port;
const docsOrigins = [`http://127.0.0.1:${docsPort}`, `http://localhost:${docsPort}`];
for (const service of served) {
  const front = await bind(service, (port) => startGuardFront({ port, name: `the ${service.name}`, waitingText, allowedOrigins: docsOrigins }));
  opened.push(front);
  fronts.push({ service, front });
  if (service === sandbox.api) sandbox.setPublicUrl(front.url);
  if (service === sandbox.control) sandbox.setPublicControlUrl(front.url);
}
sandbox.setLog(log);
reloader = createReloader({ spec, stateDir: resolve(values['state-dir']), docs: values.docs, generated: values.generated, readme, fronts, log });
// Its Prism and Redocly processes loading, the sandbox's own modules load here (a save is served by then).
const sandboxLoaded = served.includes(sandbox.api) ? loadSandboxModules() : undefined;

// First round: the spec as it is, else the last good spec of an earlier run.
const firstText = await readFile(spec, 'utf8').catch(() => '');
const first = await reloader.attempt(firstText);
if (!first.ok && !reloader.served) {
  const kept = reloader.lastGoodText();
  if (kept !== undefined) await reloader.attempt(kept, { source: `the last good ${name} (from an earlier run)` });
}
log(`\nDocs: ${docsServer.url}\n${fronts.map(({ service, front }) => `${service.label}: ${front.url}`).join('\n')}`);
if (served.includes(sandbox.api)) log(`Sandbox control API docs: ${docsServer.url}sandbox.html`);
if (reloader.served) log(`\nTry the mock with the spec's own example (any token works):\n${exampleCurl(reloader.served.document, fronts[0].front.url)}`);
const sandboxToken = process.env.PALOMMA_SANDBOX_TOKEN ? '$PALOMMA_SANDBOX_TOKEN' : (await sandboxLoaded)?.defaultToken;
if (sandboxLoaded) log(`\nThe sandbox keeps state (create, then authorise through the control API, then pay) and accepts the token ${sandboxToken} (and ${sandboxToken}.<label>, a merchant each); each good save restarts it, keeping its state when the new spec accepts every object.`);
log(`\nWatching ${name}: each save that parses and passes lint is served; Ctrl-C stops.\n`);

// One reload at a time; saves that arrive meanwhile collapse into one more reload of the newest text.
let pending = false;
let running = false;
let savedAt = 0;
async function reloadLoop() {
  if (running) return;
  running = true;
  while (pending) {
    pending = false;
    const started = savedAt;
    const text = await readFile(spec, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // replaced mid-save: the next event brings the new file
    log(`${name} changed: checking it…`);
    const { ok } = await reloader.attempt(text, { started });
    // sandbox.yaml takes its objects from the project's openapi.yaml: a good save of it dates the page.
    if (ok && spec === specPath) sandboxDocsBuilt = undefined;
  }
  running = false;
}
function saved() {
  savedAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(() => {
    pending = true;
    reloadLoop().catch((error) => log(`✖ reload failed: ${error.message}`));
  }, 25);
}
// Editors often save by replacing the file, so the folder is watched rather than the file itself.
watcher = watch(dirname(spec), (_event, file) => {
  if (file === name) saved();
});
// A save made while the first round ran, before the watcher was there, is on disk but was never tried: now that
// the watcher sees every later save, what is on disk is compared with what the first round read.
if ((await readFile(spec, 'utf8').catch(() => firstText)) !== firstText) saved();

/**
 * The sandbox control API's page, rendered when it is first asked for (so it costs nothing at start-up, when the
 * mock, the docs and the types all want the CPU) and again after a good save dated it; a failure is reported
 * and the previous page, if any, stays.
 */
function sandboxPage() {
  sandboxDocsBuilt ??= buildDocs({ spec: sandboxSpecPath, out: sandboxDocs, title: 'Palomma sandbox control API', codeSamples: false, quiet: true }).then(
    (result) => result.ok || failed(result.output.trim().split('\n').at(-1)),
    (error) => failed(error.message),
  );
  const failed = (why) => {
    sandboxDocsBuilt = undefined; // the next request tries again
    log(`✖ sandbox.html was not built (${why})`);
  };
  return sandboxDocsBuilt.then(() => sandboxDocs);
}

function exampleCurl(document, url) {
  const examples = document.paths?.['/payoutTargets']?.post?.requestBody?.content?.['application/json']?.examples;
  const body = Object.values(examples ?? {})[0]?.value ?? {};
  return `curl -s -X POST ${url}/payoutTargets -H 'Authorization: Bearer test-token' -H 'Content-Type: application/json' -d '${JSON.stringify(body)}'`;
}
