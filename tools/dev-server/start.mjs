#!/usr/bin/env node
// The maintainer's loop: serve the docs and a Prism mock of the last good openapi.yaml, regenerate types, and move everything to each good save.
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/node/cli/args.js';
import { defaultOutputs } from '../../codegen/pipeline.mjs';
import { rootDir, specPath } from '../../codegen/spec-file.mjs';
import { startDocsServer } from './docs-server.mjs';
import { startGuardFront } from '../../src/node/prism/front.js';
import { watchLauncher } from './parent-watch.mjs';
import { createReloader } from './reloader.mjs';
import { sandboxDefaultToken } from './sandbox-service.mjs';
import { sandbox, services } from './services.mjs';

const ports = [{ name: 'docs', label: 'Docs', flag: 'docs-port', env: 'DOCS_PORT', defaultPort: '8080' }, ...services];
const usage = `Usage: npm start [-- options]

  --spec <file>        the spec to watch (default openapi.yaml)
  --generated <dir>    where the types go (default generated/)
  --docs <file>        where the docs page goes (default dist/docs/index.html)
  --state-dir <dir>    where the last good spec is kept between runs (default node_modules/.cache/palomma-start)
  --without-sandbox    serve the docs and the mock only
${ports.map((p) => `  --${`${p.flag} <port>`.padEnd(19)} ${p.name} port (default $${p.env} or ${p.defaultPort}; 0 picks a free one)`).join('\n')}`;

const { values, fail } = parseCommandLine(process.argv.slice(2), 'npm start', usage, {
  spec: { type: 'string', default: specPath },
  generated: { type: 'string', default: defaultOutputs.generated },
  docs: { type: 'string', default: defaultOutputs.docs },
  'state-dir': { type: 'string', default: join(rootDir, 'node_modules/.cache/palomma-start') },
  'without-sandbox': { type: 'boolean', default: false },
  ...Object.fromEntries(ports.map((p) => [p.flag, { type: 'string', default: process.env[p.env] ?? p.defaultPort }])),
});
for (const p of ports) {
  const port = values[p.flag];
  if (!/^\d+$/.test(port) || Number(port) > 65535) fail(`--${p.flag} (or ${p.env}) must be a port number from 0 to 65535, not ${JSON.stringify(port)}`);
}
const spec = resolve(values.spec);
const name = basename(spec);
const log = (text) => console.log(text);
let watcher;
let reloader;
let timer;
const opened = [];
let stopping;
function stop(code = 0) {
  stopping ??= (async () => {
    watcher?.close();
    clearTimeout(timer);
    await Promise.all(opened.map((server) => server.close()));
    await reloader?.stop();
    process.exit(code);
  })();
  return stopping;
}
// npm start's own processes (Prism instances) go too, whichever way it is told to stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => (stopping ? process.exit(1) : stop(0))); // a second signal does not wait
}
watchLauncher(() => stop(0));

/** Binds a public port, or ends the run with one line naming the flag and the variable that choose another. */
async function bind(p, listen) {
  try {
    return await listen(Number(values[p.flag]));
  } catch (error) {
    const why = error.code === 'EADDRINUSE' ? 'is already in use' : error.code === 'EACCES' ? 'is not allowed' : `failed (${error.code ?? error.message})`;
    console.error(`npm start: port ${values[p.flag]} for the ${p.name} ${why}. Pick another with --${p.flag} <port> or ${p.env}=<port> (0 picks a free one).`);
    await stop(1);
  }
}

// The ports are taken before anything else, so a busy one is reported at once; until the first good spec the
// fronts answer 503 saying so.
const waitingText = `no good spec yet: fix ${name} and save it`;
const docsServer = await bind(ports[0], (port) => startDocsServer({ port, file: values.docs, waitingText }));
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
reloader = createReloader({ spec, stateDir: resolve(values['state-dir']), docs: values.docs, generated: values.generated, fronts, log });

// First round: the spec as it is, else the last good spec of an earlier run.
const first = await reloader.attempt(await readFile(spec, 'utf8').catch(() => ''));
if (!first.ok && !reloader.served) {
  const kept = reloader.lastGoodText();
  if (kept !== undefined) await reloader.attempt(kept, { source: `the last good ${name} (from an earlier run)` });
}
log(`\nDocs: ${docsServer.url}\n${fronts.map(({ service, front }) => `${service.label}: ${front.url}`).join('\n')}`);
if (reloader.served) log(`\nTry the mock with the spec's own example (any token works):\n${exampleCurl(reloader.served.document, fronts[0].front.url)}`);
const sandboxToken = process.env.PALOMMA_SANDBOX_TOKEN ? '$PALOMMA_SANDBOX_TOKEN' : sandboxDefaultToken;
if (served.includes(sandbox.api)) log(`\nThe sandbox keeps state (create, then authorise through the control API, then pay) and accepts the token ${sandboxToken} (and ${sandboxToken}.<label>, a merchant each); each good save restarts it, keeping its state when the new spec accepts every object.`);
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
    await reloader.attempt(text, { started });
  }
  running = false;
}
// Editors often save by replacing the file, so the folder is watched rather than the file itself.
watcher = watch(dirname(spec), (_event, file) => {
  if (file !== name) return;
  savedAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(() => {
    pending = true;
    reloadLoop().catch((error) => log(`✖ reload failed: ${error.message}`));
  }, 25);
});

function exampleCurl(document, url) {
  const examples = document.paths?.['/payoutTargets']?.post?.requestBody?.content?.['application/json']?.examples;
  const body = Object.values(examples ?? {})[0]?.value ?? {};
  return `curl -s -X POST ${url}/payoutTargets -H 'Authorization: Bearer test-token' -H 'Content-Type: application/json' -d '${JSON.stringify(body)}'`;
}
