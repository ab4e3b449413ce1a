// The state as JSON: the shape checks of a merchant's state and of the file, a missing file (none yet), a corrupt
// one (a clear error naming it), and the atomic rewrite.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMerchantState, createStateFileWriter, readStateFile, StateFileError } from '../../../src/node/sandbox/state-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-state-file-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const merchant = { format: 'palomma-sandbox-state', version: 1, now: '2025-03-01T10:00:00Z', objects: { customers: [{ id: 'C1', name: 'Pepito' }] } };

describe('checkMerchantState', () => {
  it('accepts what GET /state answers', () => {
    expect(checkMerchantState(merchant)).toBe(merchant);
    expect(checkMerchantState({ ...merchant, settledPayins: ['L1'] })).toMatchObject({ settledPayins: ['L1'] });
  });

  it.each([
    ['a list', [], /^body: must be a JSON object/],
    ['another format', { ...merchant, format: 'x' }, /^format: must be "palomma-sandbox-state"/],
    ['another version', { ...merchant, version: 2 }, /^version: must be 1, the version this sandbox reads, not 2/],
    ['an unknown field', { ...merchant, deliveries: [] }, /^deliveries: is not a known field/],
    ['a time without an offset', { ...merchant, now: '2025-03-01T10:00:00' }, /^now: must be a date-time with its offset/],
    ['objects that are not lists', { ...merchant, objects: { customers: {} } }, /^objects\.customers: must be a list of objects/],
    ['an object without an id', { ...merchant, objects: { customers: [{ name: 'x' }] } }, /^objects\.customers\[0\]\.id: must be a non-empty string/],
    ['an id twice', { ...merchant, objects: { customers: [{ id: 'A' }, { id: 'A' }] } }, /^objects\.customers\[1\]\.id: "A" appears twice/],
    ['settled payins that are not ids', { ...merchant, settledPayins: [1] }, /^settledPayins: must be a list of payin ids/],
  ])('refuses %s, naming the field', (_what, value, message) => {
    expect(() => checkMerchantState(value)).toThrow(message);
  });
});

describe('readStateFile', () => {
  it('finds nothing where there is no file yet', () => {
    expect(readStateFile(join(scratch, 'none.json'))).toBeUndefined();
  });

  it.each([
    ['cut short', '{"format":"palomma-sandbox-state","version":1,"merch', /is not valid JSON .*; move it away or fix it to start$/],
    ['of something else', '{"name":"my-app"}', /is not a sandbox state file: format: must be "palomma-sandbox-state"/],
    ['with a merchant that is not a label', JSON.stringify({ format: 'palomma-sandbox-state', version: 1, merchants: { 'a b': merchant } }), /merchants: "a b" is not a label/],
    ['with a broken merchant', JSON.stringify({ format: 'palomma-sandbox-state', version: 1, merchants: { w1: { ...merchant, now: 'x' } } }), /merchants\["w1"\]\.now: must be a date-time/],
  ])('says which file is %s and why it cannot be used', (_what, text, message) => {
    const path = join(scratch, 'bad.json');
    writeFileSync(path, text);
    const error = (() => {
      try {
        readStateFile(path);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StateFileError);
    expect((error as Error).message).toContain(`the state file ${path} `);
    expect((error as Error).message).toMatch(message);
  });
});

describe('createStateFileWriter', () => {
  it('writes every merchant by label, by write-and-rename, and the file reads back', () => {
    const path = join(scratch, 'state.json');
    const writer = createStateFileWriter(path);
    writer.set('', JSON.stringify(merchant));
    writer.set('worker-3', JSON.stringify({ ...merchant, objects: {} }));
    writer.write();
    expect(readStateFile(path)?.merchants).toEqual({ '': merchant, 'worker-3': { ...merchant, objects: {} } });
    writer.set('worker-3', undefined);
    writer.write();
    expect(Object.keys(readStateFile(path)!.merchants)).toEqual(['']);
    expect(writer.size).toBe(Buffer.byteLength(readFileSync(path, 'utf8')));
    // No temporary file is left beside it.
    expect(readdirSync(scratch).filter((name) => name.startsWith('state.json'))).toEqual(['state.json']);
  });
});
