// The generators in test/helpers/arbitraries.ts checked against a full Ajv (all formats) for every schema in
// the spec: what they call valid is valid, and every invalid variant is invalid exactly where it says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaArbitraries } from './arbitraries.js';
import { ajv, schemaId } from './schemas.js';
import { spec } from './spec.js';

const seed = Number(process.env.PROPERTY_SEED ?? 20_240_611);
const arbitraries = schemaArbitraries(spec);
const names = Object.keys(spec.components.schemas as Record<string, unknown>);
// Samples shared out among the schemas, so the file's time stays put as the spec grows.
const validRuns = Math.max(30, Math.round(3_000 / names.length));
const variantRuns = Math.max(10, Math.round(800 / names.length));

// One compiled validator per component (full Ajv, every format checked).
const schemaErrors = (name: string, value: unknown) => {
  const validate = ajv.getSchema(`${schemaId}#/$defs/${name}`)!;
  return validate(value) ? [] : (validate.errors ?? []);
};

// '/bankAccount/accountNumber' → 'bankAccount.accountNumber', as the variants word paths.
const ajvPath = (error: { instancePath: string; keyword: string; params: Record<string, unknown> }) => {
  const parts = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? `[${p}]` : p));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  if (error.keyword === 'discriminator') parts.push(String(error.params.tag));
  return parts.reduce((path, part) => (part.startsWith('[') || !path ? path + part : `${path}.${part}`), '');
};

describe('arbitraries derived from the spec', () => {
  it.each(names)('%s: generated values are valid', (name) => {
    for (const value of fc.sample(arbitraries.valid(name), { numRuns: validRuns, seed })) {
      expect(schemaErrors(name, value), JSON.stringify(value)).toEqual([]);
    }
  });

  it.each(names)('%s: every invalid variant is invalid, at its path', (name) => {
    for (const value of fc.sample(arbitraries.valid(name), { numRuns: variantRuns, seed })) {
      for (const variant of arbitraries.variants(name, value)) {
        const errors = schemaErrors(name, variant.body);
        expect(errors.length, variant.detail).toBeGreaterThan(0);
        expect(errors.map(ajvPath), variant.detail).toContain(variant.path);
      }
    }
  });

  it('covers the kinds of fault the contract tests need, for the payout-target request', () => {
    const kinds = new Set<string>();
    const paths = new Set<string>();
    for (const variant of fc.sample(arbitraries.invalid('CreatePayoutTargetRequest'), { numRuns: 500, seed })) {
      kinds.add(variant.kind);
      if (variant.kind === 'missing-required') paths.add(variant.path);
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['bad-format', 'empty-string', 'missing-required', 'unknown-enum', 'wrong-shape', 'wrong-type']),
    );
    expect([...paths].sort()).toEqual([...arbitraries.requiredPaths('CreatePayoutTargetRequest')].sort());
  });

  it('treats bankAccount.bank as the open enum it is: an unknown code is valid, an empty one is not', () => {
    const body = fc.sample(arbitraries.valid('CreatePayoutTargetRequest'), { numRuns: 1, seed })[0] as Record<string, unknown>;
    const bank = (code: unknown) => ({ ...body, bankAccount: { ...(body.bankAccount as object), bank: code } });
    expect(arbitraries.accepts('CreatePayoutTargetRequest', bank('bancoNuevo'))).toBe(true);
    expect(arbitraries.accepts('CreatePayoutTargetRequest', bank(''))).toBe(false);
    const variants = arbitraries.variants('CreatePayoutTargetRequest', bank('santander'));
    expect(variants.filter((v) => v.path === 'bankAccount.bank').map((v) => v.kind).sort()).toEqual([
      'empty-string', 'missing-required', 'wrong-type', 'wrong-type', 'wrong-type',
    ]);
    expect(variants.find((v) => v.path === 'bankAccount.accountType' && v.kind === 'unknown-enum')).toBeDefined();
  });

  it('walks into the form a discriminated oneOf body names by its tag, and only that form', () => {
    const general = {
      customerId: '01J6BME9VDRYERTYQCWMP954NN',
      redirectUrl: 'https://merchant.example.com/payments/return',
      amount: 45_000,
      type: 'general',
      availableTypes: ['pse'],
    };
    const paths = new Set(arbitraries.variants('CreatePayinLinkRequest', general).map((v) => `${v.path} ${v.kind}`));
    for (const expected of ['amount out-of-range', 'availableTypes[0] unknown-enum', 'customerId empty-string', 'type unknown-enum', 'type missing-required', 'expiration wrong-type']) {
      expect(paths, expected).toContain(expected);
    }
    // A form known only by its tag: the tag is all there is to break, besides the whole body.
    const pse = arbitraries.variants('CreatePayinLinkRequest', { type: 'pse' }).map((v) => v.path);
    expect(new Set(pse)).toEqual(new Set(['', 'type']));
  });

  it('refuses schema keywords it does not understand instead of guessing', () => {
    const odd = schemaArbitraries({ components: { schemas: { Odd: { type: 'string', not: { const: 'x' } } } } });
    expect(() => odd.valid('Odd')).toThrow(/keyword "not"/);
  });
});
