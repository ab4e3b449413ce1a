// --state-file: every merchant loaded from the file at start, and the file rewritten after every change. A change
// is written before its answer is sent (the sandbox calls `flush()` once a request or a due task is done), so a
// process killed at any moment loses at most the change being written.
import { createStateFileWriter, readStateFile, StateFileError } from './state-file.js';

/** What persistence needs of a merchant. */
export interface PersistedMerchant {
  /** The merchant's state as JSON text (what GET /state answers). */
  snapshotText(): string;
  load(state: unknown): void;
}

export interface PersistenceOptions<M extends PersistedMerchant> {
  path: string;
  /** The merchant with a label, made if need be (undefined once the sandbox holds as many as it may). */
  merchant(label: string): M | undefined;
  /** The merchant with a label if it exists: a merchant reset since is left out of the file. */
  existing(label: string): M | undefined;
}

export interface Persistence {
  /** Notes that a merchant changed; the next flush writes it. */
  changed(label: string): void;
  /** Writes the file if anything changed since the last write. */
  flush(): void;
  /** Bytes of the file as last written. */
  readonly size: number;
}

/** Loads every merchant from `path` (none when the file does not exist yet); throws a StateFileError naming what is wrong. */
export function openStateFile<M extends PersistedMerchant>({ path, merchant, existing }: PersistenceOptions<M>): Persistence {
  const file = readStateFile(path);
  const writer = createStateFileWriter(path);
  const dirty = new Set<string>();
  for (const [label, state] of Object.entries(file?.merchants ?? {})) {
    const target = merchant(label);
    if (!target) throw new StateFileError(`the state file ${path} holds more merchants than this sandbox may (${JSON.stringify(label)} is one too many)`);
    try {
      target.load(state);
    } catch (error) {
      throw new StateFileError(`the state file ${path} does not fit this sandbox: merchants[${JSON.stringify(label)}].${(error as Error).message}`, { cause: error });
    }
    writer.set(label, target.snapshotText());
  }
  // Loading may have run what fell due meanwhile (a link expired while the sandbox was down): write it down.
  if (file) writer.write();
  return {
    changed(label) {
      dirty.add(label);
    },
    flush() {
      if (dirty.size === 0) return;
      for (const label of dirty) writer.set(label, existing(label)?.snapshotText());
      dirty.clear();
      writer.write();
    },
    get size() {
      return writer.size;
    },
  };
}
