// A merchant per token: which Authorization headers name which merchant, and the bound on how many there are.
import { describe, expect, it } from 'vitest';
import { createMerchants, merchantLabel, merchantToken } from '../../../src/node/sandbox/merchants.js';

const base = 'palomma-sandbox-token';

describe('merchantLabel', () => {
  it.each([
    [`Bearer ${base}`, ''],
    [`Bearer ${base}.worker-3`, 'worker-3'],
    [`Bearer ${base}.test_17`, 'test_17'],
    [`Bearer ${base}.${'a'.repeat(64)}`, 'a'.repeat(64)],
  ])('%s names the merchant %j', (header, label) => {
    expect(merchantLabel(base, header)).toBe(label);
  });

  it.each([
    [undefined],
    [null],
    [''],
    [base],
    [`bearer ${base}`],
    [`Basic ${base}`],
    [`Bearer ${base}.`],
    [`Bearer ${base}.worker 3`],
    [`Bearer ${base}.worker.3`],
    [`Bearer ${base}.${'a'.repeat(65)}`],
    [`Bearer ${base}x`],
    [`Bearer other-token`],
    [`Bearer other-token.worker-3`],
  ])('%j names no merchant', (header) => {
    expect(merchantLabel(base, header)).toBeUndefined();
  });

  it('merchantToken is its inverse, and refuses a label that is not one', () => {
    for (const label of ['', 'worker-3']) expect(merchantLabel(base, `Bearer ${merchantToken(base, label)}`)).toBe(label);
    expect(() => merchantToken(base, 'worker 3')).toThrow(/^label: must be 1 to 64 letters/);
  });
});

describe('createMerchants', () => {
  it('makes each merchant once, on first use, and at most max of them', () => {
    const made: string[] = [];
    const merchants = createMerchants({ create: (label) => (made.push(label), { label }), max: 2 });
    const a = merchants.get('a');
    expect(merchants.get('a')).toBe(a);
    expect(merchants.get('b')).toEqual({ label: 'b' });
    expect(merchants.get('c')).toBeUndefined();
    expect(merchants.find('c')).toBeUndefined();
    expect(made).toEqual(['a', 'b']);
    merchants.drop('a');
    expect(merchants.size).toBe(1);
    expect(merchants.get('c')).toEqual({ label: 'c' });
    expect([...merchants.entries()].map(([label]) => label)).toEqual(['b', 'c']);
  });

  it('refuses a max that is not a whole number of at least 1', () => {
    expect(() => createMerchants({ create: () => ({}), max: 0 })).toThrow(/^maxMerchants: must be a whole number/);
  });
});
