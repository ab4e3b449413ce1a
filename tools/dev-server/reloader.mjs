// One state for everything `npm start` serves: a save becomes the last good spec only once it parses and passes
// lint; then every service is moved to it (a new instance started from the snapshot, traffic switched, the old
// one stopped), the docs page is replaced and the types regenerated from the same snapshot. Instances and the
// page are prepared beside lint, to be quick, but nothing is switched before lint passes: a bad save changes
// none of them.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocs } from '../../codegen/docs-page.mjs';
import { updateReadme } from '../../codegen/readme-methods.mjs';
import { supervise } from '../../src/node/prism/supervise.js';
import { describeOperations } from '../../src/spec/operations.js';
import { lintFile, parseSpec } from './check-spec.mjs';
import { createRedoclyPool } from './redocly-pool.mjs';
import { createTypesRunner } from './types-runner.mjs';

const clock = () => new Date().toTimeString().slice(0, 8);

/**
 * `readme` (optional) is the README whose method table is rewritten with the types.
 * @param {{ spec: string, stateDir: string, docs: string, generated: string, readme?: string,
 *   fronts: { service: import('./services.mjs').Service, front: any }[], log(line: string): void }} options
 */
export function createReloader({ spec, stateDir, docs, generated, readme, fronts, log }) {
  const name = basename(spec);
  const lastGoodFile = join(stateDir, 'openapi.yaml');
  mkdirSync(stateDir, { recursive: true });
  // The generations' scratch folders (gen-<n>-…): an earlier run killed hard leaves some, and stop() removes its own.
  const removeSnapshots = () => {
    for (const file of readdirSync(stateDir)) if (/^gen-\d+/.test(file)) rmSync(join(stateDir, file), { recursive: true, force: true });
  };
  removeSnapshots();

  let generation = 0;
  let served; // { document, at } of the spec everything serves now
  const users = new Map(); // generation -> how many instances (and types runs) use its snapshot now
  const dropping = new Set(); // stops of candidates that lost, finishing in the background
  let typesRun; // the types being generated in the background, if any
  // Lint and the docs build run on a Redocly CLI loaded ahead, and the mock on a Prism host loaded ahead: the
  // first round's load from here on, while the spec is read and parsed, later ones between saves.
  // The docs a little behind lint, which gates the mock (the stricter deadline), for the CPU.
  const docsNiceness = 4;
  const redoclyCommands = { lint: 0, 'build-docs': docsNiceness };
  const redocly = createRedoclyPool(stateDir);
  const types = createTypesRunner(stateDir);
  redocly.refill(redoclyCommands);
  fronts.forEach(({ service }) => service.prepare?.(stateDir, { warm: false }));

  const hold = (gen) => users.set(gen, (users.get(gen) ?? 0) + 1);
  const release = (gen) => {
    const left = (users.get(gen) ?? 1) - 1;
    if (left > 0) return users.set(gen, left);
    users.delete(gen);
    rmSync(join(stateDir, `gen-${gen}.yaml`), { force: true });
  };
  const stillServing = () => {
    if (served) return `still serving the last good spec (from ${served.at})`;
    if (generation === 1 && existsSync(lastGoodFile)) return 'trying the last good spec of an earlier run';
    return `nothing served yet: fix ${name} and save it (still watching)`;
  };

  /**
   * Tries `text` as the new spec; one attempt at a time. Resolves `{ ok, ms: { mock, docs } }` (ms since
   * `started`, the moment of the save). `source` names the text in messages.
   */
  let preparing;
  async function attempt(text, options) {
    clearTimeout(preparing);
    const earlierTypes = typesRun;
    earlierTypes?.yieldCpu();
    try {
      return await tryServing(text, options);
    } finally {
      // Still running (this save did not pass, so it did not replace them): the types have the CPU back.
      if (typesRun === earlierTypes) earlierTypes?.yieldCpu(false);
      // Between saves, once things are quiet, the services may get their next start ready (a warm Prism, say).
      // Not before anything is served: there is no spec to warm up on, and the run may be a short one.
      if (served) {
        preparing = setTimeout(() => {
          fronts.forEach(({ service }) => service.prepare?.(stateDir));
          redocly.refill(redoclyCommands);
        }, 1_000);
        preparing.unref();
      }
    }
  }

  async function tryServing(text, { source, started = performance.now() } = {}) {
    const gen = ++generation;
    // Which spec a line is about: this save, by the time it was read (types finish later, after other lines).
    const at = clock();
    const label = source ?? `${name} as of ${at}`;
    source ??= name;
    const snapshot = join(stateDir, `gen-${gen}.yaml`);
    writeFileSync(snapshot, text);
    // Lint gates everything served, so it goes first, on the file, before this process parses the text (for the
    // place of a YAML error, and the document the docs and the types come from) beside it.
    const linting = lintFile(snapshot, source, (args) => redocly.run(args));
    await new Promise((resolve) => setImmediate(resolve));
    const parsed = parseSpec(text, source);
    if (!parsed.ok) {
      log(`✖ ${parsed.reason}; ${stillServing()}`);
      // Lint's verdict on a text that does not parse is of no use; the snapshot goes once lint is done with it.
      const done = linting.catch(() => {}).then(() => rmSync(snapshot, { force: true }));
      dropping.add(done);
      done.finally(() => dropping.delete(done));
      return { ok: false };
    }
    // The services take longest to start, so they start at once, beside lint; none gets traffic before lint passes.
    // A service that holds state (the sandbox) starts only once lint has passed: it is started afresh anyway; and
    // once the others' instances are up (at once on a save, from warm processes; in the first round, cold, they
    // need every CPU there is).
    const startCandidate = ({ service }) =>
      service.start(snapshot).then(
        (instance) => ({ instance }),
        (error) => ({ error }),
      );
    let lintPassed;
    const linted = new Promise((resolve) => (lintPassed = resolve));
    const early = fronts.map((entry) => (entry.service.afterLint ? undefined : startCandidate(entry)));
    const earlyDone = Promise.all(early);
    const candidates = fronts.map((entry, index) =>
      entry.service.afterLint ? linted.then((ok) => (ok ? earlyDone.then(() => startCandidate(entry)) : {})) : early[index],
    );
    // The docs are built beside lint, into a draft that becomes the page only if lint passes; their samples are
    // written here (a fifth of a second of this process's time), so only once the mock's start is under way.
    const draftDocs = new Promise((resolve) => setImmediate(resolve)).then(() => buildDocsDraft(snapshot, gen, parsed.document));
    // A candidate cannot be stopped before it has started; that finishes in the background, so the verdict
    // is printed, and the next save checked, at once.
    const dropCandidates = () => {
      const done = Promise.all(candidates)
        .then((results) => Promise.all(results.map((result) => result.instance?.stop())))
        .then(() => rmSync(snapshot, { force: true }));
      const all = Promise.all([done, draftDocs.then((result) => rmSync(result.draft, { force: true }))]);
      dropping.add(all);
      all.finally(() => dropping.delete(all));
    };
    const lint = await linting;
    lintPassed(lint.ok);
    if (!lint.ok) {
      log([`✖ ${lint.reason}; ${stillServing()}`, ...lint.details.map((line) => `    ${line}`)].join('\n'));
      dropCandidates();
      return { ok: false };
    }

    // Good: this snapshot is now the last good spec, for this run and the next.
    writeFileSync(`${lastGoodFile}.tmp`, text);
    renameSync(`${lastGoodFile}.tmp`, lastGoodFile);
    served = { document: parsed.document, at };
    const ms = {};
    const since = () => Math.round(performance.now() - started);
    const failures = [];
    const switches = fronts.map(async ({ service, front }, index) => {
      const { instance, error } = await candidates[index];
      if (error) return failures.push(`${service.name} did not start on it (${firstLine(error)}), so it still serves the previous spec`);
      hold(gen);
      const previousGen = front.generation;
      front.generation = gen;
      ms[service.name] = since();
      const previousSupervisor = front.supervisor;
      front.supervisor = superviseInstance(service, front, instance, snapshot);
      const previous = await front.switchTo(instance);
      if (previous) {
        // The supervisor of the previous instance stops it (or whatever restarted it since), without a restart.
        await (previousSupervisor ? previousSupervisor.stop() : previous.stop());
        release(previousGen);
      }
    });
    const docsDone = draftDocs.then((result) => {
      if (result.ok) {
        mkdirSync(join(docs, '..'), { recursive: true });
        renameSync(result.draft, docs);
        ms.docs = since();
      } else {
        rmSync(result.draft, { force: true });
        failures.push(`docs did not build from it (${result.output.trim().split('\n').at(-1)})`);
      }
    });
    await Promise.all([...switches, docsDone]);
    const timings = Object.entries(ms).map(([what, value]) => `${what} ${value} ms`).join(', ');
    if (failures.length) log(`✖ ${label} passes lint, but ${failures.join('; ')}`);
    else log(`✔ ${label} lint clean: serving it (${timings})`);
    // The types are not served: they are generated after the mock and the docs, in the background, so the
    // next save need not wait for them; a newer good save cancels them and writes its own.
    typesRun?.cancel();
    hold(gen);
    const run = generateFrom(snapshot, gen, parsed.document);
    typesRun = run;
    const what = readme ? "types and the README's method table" : 'types';
    run.done.then((result) => {
      if (typesRun === run) typesRun = undefined;
      release(gen);
      if (result.cancelled) return;
      if (result.ok) log(`  ${what} generated from ${label} (${since()} ms)`);
      else log(`✖ ${what} not generated from ${label} (${result.output.trim().split('\n').at(-1)}); they are on the previous spec`);
    });
    return { ok: failures.length === 0, ms };
  }

  /**
   * An instance that dies while it serves (a request that kills Prism, a kill -9) is started again from the same
   * snapshot at once, with one line saying what died and why; the front holds requests meanwhile. Instances without
   * an `exited` promise (the sandbox, which supervises its own Prism) are not watched here.
   */
  function superviseInstance(service, front, instance, snapshot) {
    if (!instance.exited) return undefined;
    return supervise({
      name: `${service.name} (${service.label} on ${front.url})`,
      first: instance,
      start: () => service.start(snapshot),
      onDown: (reason) => front.hold(reason),
      onUp: (next) => {
        void front.switchTo(next);
        // A restart may have used up its Prism process's quota: a fresh one is loaded once things are quiet.
        setTimeout(() => service.prepare?.(stateDir), 1_000).unref();
      },
      report: log,
    });
  }

  async function buildDocsDraft(snapshot, gen, document) {
    const draft = join(stateDir, `gen-${gen}-docs.html`);
    // A little behind lint, which gates the mock (the stricter deadline), for the CPU.
    return { ...(await buildDocs({ spec: snapshot, document, out: draft, quiet: true, niceness: docsNiceness, redocly: (args, options) => redocly.run(args, options) })), draft };
  }

  // Generation runs in its own process (types-runner.mjs): it takes most of a second of CPU, which would stall
  // the fronts here.
  function generateFrom(snapshot, gen, document) {
    const draft = join(stateDir, `gen-${gen}-types`);
    const run = types.run(snapshot, draft);
    return {
      ...run,
      done: run.done.then((result) => {
        let { ok, output } = result;
        if (ok && !result.cancelled) {
          // validators/ (a module per component schema) is replaced whole, so a schema the spec dropped leaves none.
          rmSync(join(generated, 'validators'), { recursive: true, force: true });
          cpSync(draft, generated, { recursive: true });
          // The method table, as `npm run generate` writes it, so check:generated agrees with what npm start made.
          try {
            if (readme) updateReadme(describeOperations(document), readme);
          } catch (error) {
            ok = false;
            output += `\n${readme}: ${error.message}`;
          }
        }
        rmSync(draft, { recursive: true, force: true });
        return { ok, cancelled: result.cancelled, output };
      }),
    };
  }

  return {
    attempt,
    /** The spec text of the last good snapshot from an earlier run, if there is one. */
    lastGoodText() {
      try {
        return readFileSync(lastGoodFile, 'utf8');
      } catch {
        return undefined;
      }
    },
    get served() {
      return served;
    },
    /** Stops every running instance and removes this run's snapshots (the last good spec stays for the next run). */
    async stop() {
      clearTimeout(preparing);
      await Promise.all(fronts.map(({ front }) => front.close()));
      typesRun?.cancel();
      await types.close();
      await Promise.all([...dropping, typesRun?.done]);
      // The instances first, each by its supervisor (so no restart), then the processes they ran in (the Prism host).
      await Promise.all(fronts.map(({ front }) => (front.supervisor ? front.supervisor.stop() : front.target?.stop())));
      await Promise.all([...fronts.map(({ service }) => service.close?.()), redocly.close()]);
      removeSnapshots();
    },
  };
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
