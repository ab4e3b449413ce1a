#!/usr/bin/env node
// Lists every change to openapi.yaml since a git ref (--base; default: newest v* tag, else HEAD~1) and fails on breaking
// ones unless the major version was bumped. A ref that is not there fails too: only a history too short to hold it passes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseCommandLine } from '../../src/node/cli/args.js';
import { diffSpecs, isMajorBump, summarize } from './classify.mjs';
import { renderJson, renderMarkdown, renderText } from './report.mjs';

// Paths are relative to the current directory (npm runs scripts from the package root), so the script also
// works on another checkout: run it there, or point --spec and --package at the files.
const usage = `Usage: npm run spec:diff -- [--base <git-ref>] [--format text|markdown|json] [--spec openapi.yaml] [--package package.json] [--require-history]

  --base             what to compare with (default: HEAD when the spec has uncommitted changes, else the newest
                     v* tag, else HEAD~1)
  --format           text (default), markdown (for a pull request comment) or json
  --require-history  a base cut off by a shallow clone is an error, not a pass (for CI); a base before the
                     first commit still passes
Exit code 1 on a breaking change without a major version bump, 2 when the comparison itself fails (a base ref
that does not exist included). A base missing only for want of history (HEAD~1 of the first commit, or beyond
a shallow clone's end) passes with a notice: there is nothing to compare.`;
const { values, fail } = parseCommandLine(process.argv.slice(2), 'spec:diff', usage, {
  base: { type: 'string' },
  format: { type: 'string', default: 'text' },
  spec: { type: 'string', default: 'openapi.yaml' },
  package: { type: 'string', default: 'package.json' },
  'require-history': { type: 'boolean', default: false },
});
const renderers = { text: renderText, markdown: renderMarkdown, json: renderJson };
const render = renderers[values.format] ?? fail(`--format must be text, markdown or json, not ${JSON.stringify(values.format)}`);
const specFile = resolve(values.spec);
const packageFile = resolve(values.package);

function git(args, cwd) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', missing: result.error?.code === 'ENOENT' };
}

/** The file at `ref`, by its path relative to the working directory's checkout; undefined when it is not there. */
function showAt(ref, file) {
  const result = git(['show', `${ref}:./${basename(file)}`], dirname(file));
  return result.ok ? result.stdout : undefined;
}

function defaultBase(cwd) {
  // An uncommitted edit is what the maintainer wants reviewed: compare it with the last commit.
  const status = git(['status', '--porcelain', '--', basename(specFile)], cwd);
  if (status.ok && status.stdout.trim()) return 'HEAD';
  const tag = git(['describe', '--tags', '--abbrev=0', '--match', 'v*', 'HEAD'], cwd);
  return tag.ok && tag.stdout.trim() ? tag.stdout.trim() : 'HEAD~1';
}

function nextMajor(version) {
  const [major = 0, minor = 0] = String(version ?? '0.0.0').split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
}

/**
 * Why `ref`, which does not resolve, is missing for want of history rather than mistyped: it counts back from a
 * commit that exists (`HEAD~1`, `main^`) past the first commit or the end of a shallow clone, or from a HEAD that
 * has no commit yet. Undefined when the ref is simply not there.
 */
function missingHistory(ref, cwd) {
  const [, start = '', back] = /^(.*?)((?:[~^]\d*)+)?$/.exec(ref) ?? [];
  const startsAtHead = start === 'HEAD' || start === '@';
  const startCommit = git(['rev-parse', '--verify', '--quiet', `${start}^{commit}`], cwd);
  if (!startCommit.ok) return startsAtHead ? { shallow: false, reason: 'there is no commit yet' } : undefined;
  if (!back) return undefined;
  if (git(['rev-parse', '--is-shallow-repository'], cwd).stdout.trim() === 'true') {
    return { shallow: true, reason: `this is a shallow clone and its history stops before ${ref}` };
  }
  return { shallow: false, reason: `${ref} goes back past the first commit` };
}

async function main() {
  const cwd = dirname(specFile);
  const repository = git(['rev-parse', '--git-dir'], cwd);
  if (repository.missing) throw new Error('git is not installed, so there is no base version to compare with');
  if (!repository.ok) throw new Error(`${cwd} is not in a git repository, so there is no base version to compare with`);
  const ref = values.base ?? defaultBase(cwd);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (!commit.ok) {
    const missing = missingHistory(ref, cwd);
    if (!missing) throw new Error(`git ref ${ref} does not exist here (no commit, branch or tag of that name)`);
    if (missing.shallow && values['require-history']) {
      throw new Error(`${missing.reason}; fetch the history (git fetch --deepen=1, or --unshallow) to compare with it`);
    }
    return nothingToCompare(missing.reason);
  }
  const baseText = showAt(ref, specFile);
  if (baseText === undefined) return nothingToCompare(`${basename(specFile)} does not exist at ${ref}`);
  const { parse } = await import('yaml'); // only now: the early exits above stay quick
  const base = parse(baseText);
  const head = parse(readFileSync(specFile, 'utf8'));
  const { changes } = diffSpecs(base, head);
  const counts = summarize(changes);
  const dirty = git(['status', '--porcelain', '--', basename(specFile)], cwd).stdout.trim() !== '';
  const result = {
    file: basename(specFile),
    base: ref,
    baseCommit: commit.stdout.trim().slice(0, 7),
    head: dirty ? 'the working tree (uncommitted)' : 'the working tree',
    changes,
    counts,
    verdict: { ok: true },
  };
  if (counts.breaking) {
    const before = JSON.parse(showAt(ref, packageFile) ?? '{}').version;
    const now = JSON.parse(readFileSync(packageFile, 'utf8')).version;
    const from = before ?? `(no ${basename(packageFile)} at ${ref})`;
    if (isMajorBump(before, now)) {
      result.verdict = { ok: true, message: `Breaking changes are allowed: ${basename(packageFile)} version went from ${from} to ${now}, a major bump.` };
    } else {
      const one = counts.breaking === 1;
      const zero = String(before).startsWith('0.') ? ': below 1.0.0 the minor number is the major one' : '';
      result.verdict = {
        ok: false,
        message:
          `${counts.breaking} breaking change${one ? '' : 's'}, but ${basename(packageFile)} version went from ${from} to ${now}. ` +
          `Undo ${one ? 'it' : 'them'}, or release ${one ? 'it' : 'them'} as a major version (${nextMajor(before)}${zero}).`,
      };
    }
  }
  process.stdout.write(render(result));
  if (!result.verdict.ok) console.error(`✖ ${result.verdict.message}`);
  return result.verdict.ok ? 0 : 1;
}

/** Passes, saying why there was nothing to compare (in JSON as `{ nothingToCompare }`), on stdout and stderr. */
function nothingToCompare(reason) {
  const text = `spec:diff: ${reason}; nothing to compare.`;
  console.log(values.format === 'json' ? JSON.stringify({ nothingToCompare: reason, changes: [] }, null, 2) : text);
  if (values.format === 'json') console.error(text); // a notice where a reader of the log sees it
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`spec:diff failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
}
