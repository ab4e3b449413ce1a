// --state-file: merchants loaded at start, the file rewritten once per flush with what changed, a reset merchant
// left out, and a file that does not fit the sandbox refused at start, naming the merchant and the field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invalid } from '../../../src/node/sandbox/errors.js';
import { openStateFile, type PersistedMerchant } from '../../../src/node/sandbox/persistence.js';
import type { MerchantState } from '../../../src/node/sandbox/state-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-persistence-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const state = (names: string[]): MerchantState => ({
  format: 'palomma-sandbox-state',
  version: 1,
  now: '2025-03-01T10:00:00.000Z',
  objects: { customers: names.map((name, i) => ({ id: `C${i}`, name })) },
});

/** Merchants that keep a list of customer names, and refuse a customer without one. */
function fakeMerchants(max = 10) {
  const table = new Map<string, PersistedMerchant & { names: string[] }>();
  const make = (label: string) => {
    const merchant = {
      names: [] as string[],
      snapshotText: () => JSON.stringify(state(merchant.names)),
      load(value: unknown) {
        const rows = (value as MerchantState).objects.customers ?? [];
        rows.forEach((row, i) => {
          if (typeof row.name !== 'string') throw invalid(`objects.customers[${i}]: name: is required`);
        });
        merchant.names = rows.map((row) => row.name as string);
      },
    };
    return merchant;
  };
  return {
    table,
    merchant: (label: string) => table.get(label) ?? (table.size < max ? (table.set(label, make(label)), table.get(label)) : undefined),
    existing: (label: string) => table.get(label),
  };
}

const fileText = (merchants: Record<string, MerchantState>) => JSON.stringify({ format: 'palomma-sandbox-state', version: 1, merchants });

describe('openStateFile', () => {
  it('starts empty without a file, writes on the first flush after a change, and only then', () => {
    const path = join(scratch, 'fresh.json');
    const merchants = fakeMerchants();
    const persistence = openStateFile({ path, ...merchants });
    persistence.flush();
    expect(() => readFileSync(path)).toThrow(/ENOENT/);
    merchants.merchant('worker-1')!.names.push('Pepito');
    persistence.changed('worker-1');
    persistence.flush();
    expect(JSON.parse(readFileSync(path, 'utf8')).merchants).toEqual({ 'worker-1': state(['Pepito']) });
    expect(persistence.size).toBe(readFileSync(path).length);
  });

  it('loads every merchant at start, and leaves out one that was reset (forgotten) since', () => {
    const path = join(scratch, 'two.json');
    writeFileSync(path, fileText({ '': state(['Ana']), 'worker-2': state(['Beto']) }));
    const merchants = fakeMerchants();
    const persistence = openStateFile({ path, ...merchants });
    expect(merchants.existing('')!.names).toEqual(['Ana']);
    expect(merchants.existing('worker-2')!.names).toEqual(['Beto']);
    merchants.table.delete('worker-2');
    persistence.changed('worker-2');
    persistence.flush();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).merchants)).toEqual(['']);
  });

  it('refuses at start a file with an object the sandbox refuses, naming the merchant and the field', () => {
    const path = join(scratch, 'misfit.json');
    writeFileSync(path, fileText({ w1: { ...state([]), objects: { customers: [{ id: 'C0' }] } } }));
    expect(() => openStateFile({ path, ...fakeMerchants() })).toThrow(
      new RegExp(`^the state file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not fit this sandbox: merchants\\["w1"\\]\\.objects\\.customers\\[0\\]: name: is required$`),
    );
  });

  it('refuses a file with more merchants than the sandbox may hold', () => {
    const path = join(scratch, 'crowded.json');
    writeFileSync(path, fileText({ a: state([]), b: state([]) }));
    expect(() => openStateFile({ path, ...fakeMerchants(1) })).toThrow(/holds more merchants than this sandbox may \("b" is one too many\)/);
  });
});
