#!/usr/bin/env node
// Lists every change to openapi.yaml since a git ref (--base; default: newest v* tag, else HEAD~1) and fails on breaking ones unless the major version was bumped.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffSpecs, isMajorBump, summarize } from './lib/spec-diff.mjs';

// Paths are relative to the current directory (npm runs scripts from the package root), so the script also
// works on another checkout: run it there, or point --spec and --package at the files.
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    spec: { type: 'string', default: 'openapi.yaml' },
    package: { type: 'string', default: 'package.json' },
  },
});
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
  const tag = git(['describe', '--tags', '--abbrev=0', '--match', 'v*', 'HEAD'], cwd);
  return tag.ok && tag.stdout.trim() ? tag.stdout.trim() : 'HEAD~1';
}

function nextMajor(version) {
  const [major = 0, minor = 0] = String(version ?? '0.0.0').split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
}

async function main() {
  const cwd = dirname(specFile);
  const ref = values.base ?? defaultBase(cwd);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (commit.missing) {
    console.log('spec:diff: git is not installed, so there is no base version to compare with; nothing to compare.');
    return 0;
  }
  if (!commit.ok) {
    console.log(`spec:diff: git ref ${ref} does not exist here (first commit, shallow clone or no git repository); nothing to compare.`);
    return 0;
  }
  const baseText = showAt(ref, specFile);
  if (baseText === undefined) {
    console.log(`spec:diff: ${basename(specFile)} does not exist at ${ref}; nothing to compare.`);
    return 0;
  }
  const { parse } = await import('yaml'); // only now: the early exits above stay quick
  const base = parse(baseText);
  const head = parse(readFileSync(specFile, 'utf8'));
  const { changes } = diffSpecs(base, head);
  const shortCommit = commit.stdout.trim().slice(0, 7);

  const labels = { breaking: 'BREAKING', 'non-breaking': 'non-breaking', docs: 'docs' };
  if (changes.length) {
    console.log(`Changes to ${basename(specFile)} since ${ref} (${shortCommit}):`);
    for (const kind of ['breaking', 'non-breaking', 'docs']) {
      for (const change of changes.filter((c) => c.kind === kind)) {
        console.log(`  ${labels[kind].padEnd(12)}  ${change.where} — ${change.what}`);
      }
    }
  } else {
    console.log(`No changes to ${basename(specFile)} since ${ref} (${shortCommit}).`);
  }

  const counts = summarize(changes);
  let code = 0;
  if (counts.breaking) {
    const before = JSON.parse(showAt(ref, packageFile) ?? '{}').version;
    const now = JSON.parse(readFileSync(packageFile, 'utf8')).version;
    const from = before ?? `(no ${basename(packageFile)} at ${ref})`;
    if (isMajorBump(before, now)) {
      console.log(`Breaking changes are allowed: ${basename(packageFile)} version went from ${from} to ${now}, a major bump.`);
    } else {
      const one = counts.breaking === 1;
      const zero = String(before).startsWith('0.') ? ': below 1.0.0 the minor number is the major one' : '';
      console.error(
        `✖ ${counts.breaking} breaking change${one ? '' : 's'}, but ${basename(packageFile)} version went from ${from} to ${now}. ` +
          `Undo ${one ? 'it' : 'them'}, or release ${one ? 'it' : 'them'} as a major version (${nextMajor(before)}${zero}).`,
      );
      code = 1;
    }
  }
  console.log(`${counts.breaking} breaking, ${counts.nonBreaking} non-breaking, ${counts.docs} docs`);
  return code;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`spec:diff failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
}
