import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocs } from '../../../codegen/pipeline.mjs';
import { startMockServer } from '../../../src/node/prism/mock.js';
import { editedSpec, launchStart, probe, until } from '../../dev-server/harness.mjs';
import { median } from '../measure.mjs';
import { measureReady } from './start-ready.mjs';
import { pad } from '../print.mjs';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// f) npm start: from its launch to the docs, the mock and the sandbox answering with the spec, against node's
// start-up plus a cold Prism's first answer (start-ready.mjs); from a save to the docs and the mock serving it,
// against the bare tools measured in the same run (a cold Prism answering its first request, one
// `redocly build-docs`); a probe calls the mock every 25 ms across 20 saves and counts refused and reset connections.
export async function startSection() {
  const prism = [];
  const docs = [];
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-docs-'));
  try {
    for (let i = 0; i < 3; i++) {
      let begin = performance.now();
      const mock = await startMockServer();
      await fetch(`${mock.url}/payoutTargets`, { headers: { authorization: 'Bearer t' } }).then((r) => r.arrayBuffer());
      prism.push(performance.now() - begin);
      await mock.close();
      begin = performance.now();
      await buildDocs({ out: join(scratch, 'index.html'), quiet: true });
      docs.push(performance.now() - begin);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const ready = await measureReady();
  const start = await launchStart();
  await until(async () => (/types generated from /.test(start.output()) ? true : undefined), 'the first types', { output: start.output, ms: 120_000 });
  await pause(3_000);
  const watcher = probe(start.mockUrl, 25);
  const toMock = [];
  const toDocs = [];
  try {
    const original = start.read();
    for (let n = 1; n <= 20; n++) {
      const edit = editedSpec(original, n);
      const saved = performance.now();
      start.save(edit.text);
      const [mock, page] = await Promise.all([
        until(async () => ((await start.createdId()) === edit.id ? performance.now() - saved : undefined), `the mock on save ${n}`, {
          output: start.output,
          everyMs: 50,
        }),
        until(async () => ((await start.docsText()).includes(edit.summary) ? performance.now() - saved : undefined), `the docs of save ${n}`, {
          output: start.output,
          everyMs: 50,
        }),
      ]);
      toMock.push(mock);
      toDocs.push(page);
      // The types come last; the next save waits for this one to be done, as a maintainer's next save would.
      // A maintainer's next save comes seconds later, once this one is done (types included): so do these.
      const typed = () => start.output().split('types generated from ').length - 1;
      await until(async () => (typed() > n ? true : undefined), 'the types of the save', { output: start.output, ms: 120_000 });
      await pause(3_000);
    }
  } finally {
    await watcher.stop();
    await start.stop();
  }
  const ms = (value) => `${value.toFixed(0)} ms`.padStart(9);
  console.log('\nf) npm start, from the launch to each service answering with the spec (medians of 3 launches, fresh state each, each after its floor)');
  console.log(`  ${pad('', 22)}${'launch'.padStart(9)}${'floor'.padStart(9)}   × its floor`);
  const readyRow = (name, key) => console.log(`  ${pad(name, 22)}${ms(ready[key])}${ms(ready.floor)}   ${ready.ratio[key].toFixed(2)}×`);
  readyRow('ready: docs', 'docs');
  readyRow('ready: mock', 'mock');
  readyRow('ready: docs and mock', 'both');
  readyRow('ready: sandbox', 'sandbox');
  console.log(`  (floor: node's own start-up, ${ready.node.toFixed(0)} ms, plus a cold Prism until its first answer, ${ready.prism.toFixed(0)} ms: what any npm start pays before its mock answers)`);
  const row = (name, five, all, baseline) =>
    console.log(`  ${pad(name, 22)}${ms(five)}${ms(all)}${ms(baseline)}   ${(five / baseline).toFixed(2)}×`);
  console.log('\n   npm start, from a save to the change being served (median of the first 5 saves and of all 20; saves 3 s after the previous one is done)');
  console.log(`  ${pad('', 22)}${'5 saves'.padStart(9)}${'20 saves'.padStart(9)}${'bare tool'.padStart(9)}   5 saves × bare tool`);
  row('save → docs', median(toDocs.slice(0, 5)), median(toDocs), median(docs));
  row('save → mock', median(toMock.slice(0, 5)), median(toMock), median(prism));
  console.log('  (bare tool: one `redocly build-docs`; a cold Prism until its first answer; median of 3)');
  const c = watcher.counts;
  console.log(
    `  probe every 25 ms across 20 saves: ${c.requests} requests, ${c.ok} answered, ${c.refused} refused, ${c.reset} reset, ` +
      `${c.otherError} other errors, ${c.serverError} 5xx${watcher.failures.length ? ` (${[...new Set(watcher.failures)].join(', ')})` : ''}`,
  );
}
