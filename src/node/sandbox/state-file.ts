// The sandbox's state as JSON: one merchant's (GET /state, PUT /state: a fixture) and every merchant's (the
// --state-file). The file is rewritten after every change by writing a new file and renaming it over the old one,
// so a process killed at any moment leaves either the old state or the new one, never half of each.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { invalid } from './errors.js';
import { labelPattern } from './merchants.js';
import type { SandboxMerchantState } from './types.js';

export const stateFormat = 'palomma-sandbox-state' as const;
export const stateVersion = 1 as const;

/** One merchant's state: what GET /state answers and PUT /state takes. */
export type MerchantState = SandboxMerchantState;

/** The --state-file: every merchant's state, by label (`""` for the base token's merchant; never a token). */
export interface StateFile {
  format: typeof stateFormat;
  version: typeof stateVersion;
  merchants: Record<string, MerchantState>;
}

/** A state file that cannot be read: the message names the file and what is wrong with it. */
export class StateFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StateFileError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

function checkHeader(value: Record<string, unknown>, at: string) {
  if (value.format !== stateFormat) throw invalid(`${at}format: must be ${JSON.stringify(stateFormat)} (the sandbox's own state documents)`);
  if (value.version !== stateVersion) throw invalid(`${at}version: must be ${stateVersion}, the version this sandbox reads, not ${JSON.stringify(value.version)}`);
}

/**
 * `value` as a merchant's state, checked for shape (the state checks the objects themselves against the spec).
 * Throws the sandbox's `invalid` naming the field; `at` prefixes the names (`merchants.worker-3.`).
 */
export function checkMerchantState(value: unknown, at = ''): MerchantState {
  if (!isObject(value)) throw invalid(`${at || 'body'}: must be a JSON object, as GET /state answers`);
  checkHeader(value, at);
  const extra = Object.keys(value).find((key) => !['format', 'version', 'now', 'objects', 'settledPayins'].includes(key));
  if (extra !== undefined) throw invalid(`${at}${extra}: is not a known field (allowed: format, version, now, objects, settledPayins)`);
  if (typeof value.now !== 'string' || Number.isNaN(Date.parse(value.now)) || !/(Z|[+-]\d\d:\d\d)$/i.test(value.now)) {
    throw invalid(`${at}now: must be a date-time with its offset, such as 2025-03-01T15:00:00Z`);
  }
  if (!isObject(value.objects)) throw invalid(`${at}objects: must be an object of lists, by resource`);
  for (const [resource, list] of Object.entries(value.objects)) {
    if (!Array.isArray(list)) throw invalid(`${at}objects.${resource}: must be a list of objects`);
    const ids = new Set<string>();
    list.forEach((object, i) => {
      if (!isObject(object)) throw invalid(`${at}objects.${resource}[${i}]: must be an object`);
      if (typeof object.id !== 'string' || object.id === '') throw invalid(`${at}objects.${resource}[${i}].id: must be a non-empty string`);
      if (ids.has(object.id)) throw invalid(`${at}objects.${resource}[${i}].id: ${JSON.stringify(object.id)} appears twice`);
      ids.add(object.id);
    });
  }
  const settled = value.settledPayins;
  if (settled !== undefined && !(Array.isArray(settled) && settled.every((id) => typeof id === 'string'))) {
    throw invalid(`${at}settledPayins: must be a list of payin ids`);
  }
  return value as unknown as MerchantState;
}

/** `value` as a whole state file, every merchant checked for shape. */
export function checkStateFile(value: unknown): StateFile {
  if (!isObject(value)) throw invalid('(file): must be a JSON object');
  checkHeader(value, '');
  if (!isObject(value.merchants)) throw invalid('merchants: must be an object of merchant states, by label');
  for (const [label, merchant] of Object.entries(value.merchants)) {
    if (label !== '' && !labelPattern.test(label)) throw invalid(`merchants: ${JSON.stringify(label)} is not a label (letters, digits, - or _)`);
    checkMerchantState(merchant, `merchants[${JSON.stringify(label)}].`);
  }
  return value as unknown as StateFile;
}

/** The state file at `path`, or undefined when there is none yet; a StateFileError saying why it cannot be used. */
export function readStateFile(path: string): StateFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`the state file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(`the state file ${path} is not valid JSON (${(error as Error).message}); move it away or fix it to start`, { cause: error });
  }
  try {
    return checkStateFile(parsed);
  } catch (error) {
    throw new StateFileError(`the state file ${path} is not a sandbox state file: ${(error as Error).message}`, { cause: error });
  }
}

export interface StateFileWriter {
  /** The JSON text of a merchant's state, or undefined to leave that merchant out. */
  set(label: string, json: string | undefined): void;
  /** Writes every merchant to the file, atomically: a new file, renamed over the old one. */
  write(): void;
  /** Bytes of the last write. */
  readonly size: number;
}

/**
 * A writer that keeps each merchant's JSON as it was last given, so a change to one merchant costs serialising
 * that merchant only (the file is still written whole).
 */
export function createStateFileWriter(path: string): StateFileWriter {
  const merchants = new Map<string, string>();
  const temporary = `${path}.${process.pid}.tmp`;
  let size = 0;
  return {
    set(label, json) {
      if (json === undefined) merchants.delete(label);
      else merchants.set(label, json);
    },
    write() {
      const parts = [...merchants].map(([label, json]) => `${JSON.stringify(label)}:${json}`);
      const text = `{"format":${JSON.stringify(stateFormat)},"version":${stateVersion},"merchants":{${parts.join(',')}}}\n`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
      size = Buffer.byteLength(text);
    },
    get size() {
      return size;
    },
  };
}
