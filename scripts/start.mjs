#!/usr/bin/env node
// The main job: lint, generate and document openapi.yaml, serve the docs and a Prism mock, and redo it all on every edit.
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocs, defaultOutputs, generate, lintSpec } from './lib/pipeline.mjs';
import { startMockServer } from '../src/mock.js';
import { readSpec, specPath } from './lib/spec.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: specPath },
    generated: { type: 'string', default: defaultOutputs.generated },
    docs: { type: 'string', default: defaultOutputs.docs },
    'docs-port': { type: 'string', default: process.env.DOCS_PORT ?? '8080' },
    'mock-port': { type: 'string', default: process.env.MOCK_PORT ?? '4010' },
  },
});
const spec = values.spec;

async function rebuild() {
  const started = performance.now();
  const lint = await lintSpec({ spec, quiet: true });
  if (!lint.ok) {
    console.log(`✖ lint failed; keeping the last good types and docs:\n${lint.output}`);
    return false;
  }
  await generate({ spec, out: values.generated });
  const docs = await buildDocs({ spec, out: values.docs, quiet: true });
  if (!docs.ok) {
    console.log(`✖ docs failed:\n${docs.output}`);
    return false;
  }
  console.log(`✔ lint clean, types generated, docs built (${Math.round(performance.now() - started)} ms)`);
  return true;
}

function serveDocs(port) {
  const server = createServer(async (request, response) => {
    if (request.url !== '/' && request.url !== '/index.html') {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const html = await readFile(values.docs);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } catch {
      response.writeHead(503).end('docs not built yet: fix the spec and save it');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

await rebuild();
const docsServer = await serveDocs(Number(values['docs-port']));
const docsUrl = `http://127.0.0.1:${docsServer.address().port}/`;

// Prism watches the spec and reloads on its own; it is restarted here only if it died on a broken spec.
let mock = await startMockServer({ spec, port: Number(values['mock-port']) });
const mockPort = mock.port;

console.log(`\nDocs: ${docsUrl}\nMock: ${mock.url}\n\nTry the mock with the spec's own example (any token works):\n${exampleCurl(mock.url)}`);
console.log(`Watching ${spec} for changes; Ctrl-C stops.\n`);

let timer;
let running = Promise.resolve();
// Editors often save by replacing the file, so the folder is watched rather than the file itself.
const watcher = watch(dirname(spec), (_event, name) => {
  if (name !== basename(spec)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(async () => {
      console.log(`${basename(spec)} changed: rebuilding…`);
      const ok = await rebuild();
      if (ok && mock.child.exitCode !== null) mock = await startMockServer({ spec, port: mockPort });
    });
  }, 150);
});

function exampleCurl(url) {
  const example = readSpec(spec).paths?.['/payoutTargets']?.post?.requestBody?.content?.['application/json']?.examples;
  const body = Object.values(example ?? {})[0]?.value ?? {};
  return `curl -s -X POST ${url}/payoutTargets -H 'Authorization: Bearer test-token' -H 'Content-Type: application/json' -d '${JSON.stringify(body)}'`;
}

async function stop() {
  watcher.close();
  docsServer.close();
  await mock.close();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
