// The API report and spec:diff agree: a spec change that spec:diff calls breaking removes something from the
// package's TypeScript surface as API Extractor reports it, and an addition only adds; a report that no longer
// matches the surface is caught. Types come straight from the generator, so no build is needed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../scripts/lib/api-report.mjs';
import { diffSpecs } from '../../tools/spec-diff/classify.mjs';
import { readSpec } from '../../codegen/spec-file.mjs';
import { renderTypes } from '../../codegen/types.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-api-surface-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The API report's lines for the types generated from `spec`. */
async function reportLines(spec: unknown, name: string) {
  const types = join(scratch, `${name}.d.ts`);
  writeFileSync(types, await renderTypes(spec));
  const { fresh } = extractReport({ types, name, reportFolder: scratch, tempFolder: scratch, update: true });
  return new Set(readFileSync(fresh, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((line) => !b.has(line));

describe('API report and spec:diff', () => {
  const base = readSpec();
  let baseReport: Set<string>;
  // Every test compares with the report of the spec as it is (and the last one edits its file): made once, first.
  beforeAll(async () => {
    baseReport = await reportLines(base, 'base');
  });

  it('a breaking spec change (operationId renamed) removes from the reported surface', async () => {
    const head = structuredClone(base);
    head.paths['/payoutTargets'].post.operationId = 'registerPayoutTarget';
    expect(diffSpecs(base, head).changes).toContainEqual(expect.objectContaining({ kind: 'breaking', what: expect.stringMatching(/operationId renamed/) }));
    const headReport = await reportLines(head, 'renamed');
    expect(minus(baseReport, headReport)).toContainEqual(expect.stringMatching(/^createPayoutTarget: \{$/));
    expect(minus(headReport, baseReport)).toContainEqual(expect.stringMatching(/^registerPayoutTarget: \{$/));
  }, 30_000);

  it('a non-breaking spec change (new optional response field) only adds to it', async () => {
    const head = structuredClone(base);
    head.components.schemas.PayoutTarget.properties.nickname = { type: 'string', description: 'A name for the account.' };
    const changes = diffSpecs(base, head).changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((change: { kind: string }) => change.kind === 'breaking')).toEqual([]);
    const headReport = await reportLines(head, 'added');
    expect(minus(baseReport, headReport)).toEqual([]);
    expect(minus(headReport, baseReport)).toContainEqual('nickname?: string;');
  }, 30_000);

  it('reports a committed report that no longer matches the surface', async () => {
    const types = join(scratch, 'base.d.ts');
    const report = join(scratch, 'base.api.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace(/^\s*createPayoutTarget: \{$/m, '    renamedAway: {'));
    expect(extractReport({ types, name: 'base', reportFolder: scratch, tempFolder: join(scratch, 'fresh'), update: false }).changed).toBe(true);
  }, 30_000);
});
