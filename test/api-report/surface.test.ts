// The API report and spec:diff agree: a spec change that spec:diff calls breaking removes something from the
// package's TypeScript surface as API Extractor reports it, and an addition only adds; a report that no longer
// matches the surface is caught. Types come straight from the generator, so no build is needed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport, sharedProgram } from '../../scripts/lib/api-report.mjs';
import { diffSpecs } from '../../tools/spec-diff/classify.mjs';
import { readSpec } from '../../codegen/spec-file.mjs';
import { renderTypes } from '../../codegen/types.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-api-surface-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((line) => !b.has(line));

// The two edits of the spec the tests compare with it.
const base = readSpec();
function renamed() {
  const head = structuredClone(base);
  head.paths['/payoutTargets'].post.operationId = 'registerPayoutTarget';
  return head;
}
function added() {
  const head = structuredClone(base);
  head.components.schemas.PayoutTarget.properties.nickname = { type: 'string', description: 'A name for the account.' };
  return head;
}
const typesOf = (name: string) => join(scratch, `${name}.d.ts`);
let program: ReturnType<typeof sharedProgram>;

/** The API report's lines for the types generated from the spec named `name` (written in beforeAll). */
function reportLines(name: string) {
  const { fresh } = extractReport({ types: typesOf(name), name, reportFolder: scratch, tempFolder: scratch, update: true, program });
  return new Set(readFileSync(fresh, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

describe('API report and spec:diff', () => {
  let baseReport: Set<string>;
  // The types of the spec as it is and of its two edits, read by API Extractor in one TypeScript program (as
  // check:api reads the package's entries); every test compares with the report of the spec as it is (and the
  // last one edits its file): made once, first.
  beforeAll(async () => {
    for (const [name, spec] of Object.entries({ base, renamed: renamed(), added: added() })) writeFileSync(typesOf(name), await renderTypes(spec));
    program = sharedProgram(['base', 'renamed', 'added'].map(typesOf));
    baseReport = reportLines('base');
  });

  it('a breaking spec change (operationId renamed) removes from the reported surface', async () => {
    expect(diffSpecs(base, renamed()).changes).toContainEqual(expect.objectContaining({ kind: 'breaking', what: expect.stringMatching(/operationId renamed/) }));
    const headReport = reportLines('renamed');
    expect(minus(baseReport, headReport)).toContainEqual(expect.stringMatching(/^createPayoutTarget: \{$/));
    expect(minus(headReport, baseReport)).toContainEqual(expect.stringMatching(/^registerPayoutTarget: \{$/));
  }, 30_000);

  it('a non-breaking spec change (new optional response field) only adds to it', async () => {
    const changes = diffSpecs(base, added()).changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((change: { kind: string }) => change.kind === 'breaking')).toEqual([]);
    const headReport = reportLines('added');
    expect(minus(baseReport, headReport)).toEqual([]);
    expect(minus(headReport, baseReport)).toContainEqual('nickname?: string;');
  }, 30_000);

  it('reports a committed report that no longer matches the surface', async () => {
    const report = join(scratch, 'base.api.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace(/^\s*createPayoutTarget: \{$/m, '    renamedAway: {'));
    expect(extractReport({ types: typesOf('base'), name: 'base', reportFolder: scratch, tempFolder: join(scratch, 'fresh'), update: false, program }).changed).toBe(true);
  }, 30_000);
});
