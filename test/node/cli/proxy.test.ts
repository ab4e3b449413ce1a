// `npm run contract:proxy` against two local upstreams built from the spec: one that honours it (0 violations,
// exit 0) and one that drifts in nine ways, each of which must be caught and named in the report (exit 1).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCalls } from '../../../src/node/cli/contract-check.js';
import { spec } from '../../helpers/spec.js';
import { json, startSpecUpstream, type SpecUpstream } from '../../helpers/spec-upstream.js';
import { runCli, type CliResult } from '../../helpers/spawn-cli.js';

/** Runs `palomma proxy` (through `npm run contract:proxy` when `viaNpm`). */
const run = (args: string[], env: Record<string, string | undefined> = {}, viaNpm = false) =>
  viaNpm ? runCli(args, { env, command: ['npm', 'run', '-s', 'contract:proxy', '--'] }) : runCli(['proxy', ...args], { env });

interface JsonReport {
  violations: number;
  unchecked: number;
  results: { operationId: string; method: string; path: string; violations: { location: string[]; message: string; severity: string }[] }[];
}

const calls = exampleCalls(spec);
const scratch = mkdtempSync(join(tmpdir(), 'palomma-contract-proxy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each drift is a real break of the spec (most response fields are optional, so none of these is a missing optional field).
const drifts = {
  'POST /payoutTargets': (res, example) => json(res, 200, { ...example, createdAt: 12, status: 'pending' }),
  'GET /payoutTargets/{payoutTargetId}': (res, example) => json(res, 201, example),
  'POST /customers': (res) => json(res, 418, { message: "I'm a teapot" }),
  'POST /payoutRequests': (res) => json(res, 200, ['not', 'an', 'object']),
  'GET /payoutRequests': (res) => json(res, 200, { items: [] }),
  'GET /payoutRequests/{payoutRequestId}': (res) => json(res, 200, 'OK', 'text/plain'),
  'GET /payinLinks': (res, example) => json(res, 200, { ...example, cursor: 12 }),
  'POST /payinSources': (res, example) => json(res, 200, { ...example, status: 'authorised' }),
  'GET /merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}': (res, example) =>
    json(res, 200, { ...example, payinSettlementCycle: 12 }),
} satisfies Parameters<typeof startSpecUpstream>[1];

// What the report must say about each drift: the operation, where, and what.
const expected: { operation: string; location: string; message: RegExp }[] = [
  { operation: 'createPayoutTarget', location: 'response.body.createdAt', message: /createdAt must be string/ },
  { operation: 'createPayoutTarget', location: 'response.body.status', message: /status must be equal to one of the allowed values: active, cancelled/ },
  { operation: 'getPayoutTargetById', location: 'response', message: /Unable to match the returned status code/ },
  { operation: 'createCustomer', location: 'response', message: /Unable to match the returned status code/ },
  { operation: 'createPayoutRequest', location: 'response.body', message: /must be object/ },
  { operation: 'listPayoutRequests', location: 'response.body', message: /required property 'count'/ },
  { operation: 'getPayoutRequestById', location: 'response', message: /media type "text\/plain"/ },
  { operation: 'listPayinLinks', location: 'response.body.cursor', message: /cursor must be string,null/ },
  { operation: 'createPayinSource', location: 'response.body.status', message: /status must be equal to one of the allowed values: pending, processing, active, cancelled/ },
  { operation: 'getPayinSettlementById', location: 'response.body.payinSettlementCycle', message: /must be equal to one of the allowed values: 11, 13, 16, 18, 20/ },
];

const driftChecked = [...new Set(expected.map((e) => e.operation)), 'listCustomers', 'createPayinLink'];

describe('npm run contract:proxy', () => {
  let honest: SpecUpstream;
  let drifting: SpecUpstream;
  let honestRun: CliResult;
  let driftRun: CliResult;
  const secret = 'sk_test_contract_proxy_4f1c9a';

  beforeAll(async () => {
    [honest, drifting] = await Promise.all([startSpecUpstream(spec), startSpecUpstream(spec, drifts)]);
    [honestRun, driftRun] = await Promise.all([
      run(['--upstream', honest.url, '--json', join(scratch, 'honest.json')], { PALOMMA_TOKEN: secret }, true),
      // The drifting upstream is asked only about the drifted operations and two clean ones (`--only`): the honest
      // run already walks every operation, and the proxy checks one call at a time.
      run(['--upstream', drifting.url, '--json', join(scratch, 'drift.json'), '--only', driftChecked.join(',')], { PALOMMA_TOKEN: undefined }),
    ]);
  }, 120_000);
  afterAll(() => Promise.all([honest?.close(), drifting?.close()]));

  it('finds nothing wrong with an upstream that honours the spec: every example call, 0 violations, exit 0', () => {
    expect(honestRun.code, honestRun.stdout + honestRun.stderr).toBe(0);
    expect(honestRun.stdout.trimEnd().split('\n').at(-1)).toBe('0 violations');
    const report = JSON.parse(readFileSync(join(scratch, 'honest.json'), 'utf8')) as JsonReport;
    expect(report.results).toHaveLength(calls.length);
    // Every operation the spec has is walked, from its own examples.
    const operationIds = Object.values<Record<string, { operationId: string }>>(spec.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(report.results.map((r) => r.operationId))).toEqual(new Set(operationIds));
    expect(operationIds.length).toBeGreaterThanOrEqual(22);
    expect(report.results.every((r) => r.violations.length === 0)).toBe(true);
    expect(honest.requests).toHaveLength(calls.length);
  });

  it('sends PALOMMA_TOKEN upstream and never prints it', () => {
    expect(honest.requests.every((r) => r.authorization === `Bearer ${secret}`)).toBe(true);
    expect(honestRun.stdout + honestRun.stderr).not.toContain(secret);
    expect(readFileSync(join(scratch, 'honest.json'), 'utf8')).not.toContain(secret);
  });

  it('catches and names every drift, with the request that triggered it, and exits 1', () => {
    expect(driftRun.code, driftRun.stdout + driftRun.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(scratch, 'drift.json'), 'utf8')) as JsonReport;
    for (const { operation, location, message } of expected) {
      const results = report.results.filter((r) => r.operationId === operation);
      expect(results.length, operation).toBeGreaterThan(0);
      for (const result of results) {
        const found = result.violations.find((v) => v.location.join('.') === location && message.test(v.message));
        expect(found, `${operation}: ${location} ${message}`).toBeDefined();
        // In the printed report: the violation, then the request that triggered it.
        const lines = driftRun.stdout.split('\n');
        const at = lines.findIndex((l, i) => l.includes(`${location}: ${found!.message}`) && lines[i + 1]?.includes(`request: ${result.method} ${result.path}`));
        expect(at, `report lines for ${operation} ${location}`).toBeGreaterThan(-1);
      }
    }
    // Only the operations asked about were called, and those without a drift stay clean.
    expect(new Set(report.results.map((r) => r.operationId))).toEqual(new Set(driftChecked));
    const drifted = new Set(expected.map((e) => e.operation));
    expect(report.results.filter((r) => !drifted.has(r.operationId)).flatMap((r) => r.violations)).toEqual([]);
    const total = report.results.reduce((n, r) => n + r.violations.length, 0);
    expect(report.violations).toBe(total);
    expect(driftRun.stdout.trimEnd().split('\n').at(-1)).toBe(`${total} violations`);
  });

  it('refuses a remote upstream without PALOMMA_TOKEN, and the production server, before starting anything', async () => {
    const noToken = await run(['--upstream', 'https://sandbox.api.palomma.com/v0'], { PALOMMA_TOKEN: undefined });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/PALOMMA_TOKEN is required/);
    const production = await run(['--upstream', 'https://prod.api.palomma.com/v0'], { PALOMMA_TOKEN: secret });
    expect(production.code).toBe(2);
    expect(production.stderr).toMatch(/production server/);
    expect(production.stdout + production.stderr).not.toContain(secret);
    const missing = await run([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--upstream <url> is required/);
  });
});
