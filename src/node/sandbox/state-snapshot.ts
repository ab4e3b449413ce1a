// One merchant's state as a document and back: what GET /state answers, and the check PUT /state (and a state
// file) goes through before anything is replaced: shape, resources, every object against its schema, every
// reference to an object of the same document.
import { invalid } from './errors.js';
import { resourceRules } from './resources.js';
import { checkMerchantState, stateFormat, stateVersion, type MerchantState } from './state-file.js';
import { singular } from './state.js';

type Row = Record<string, unknown>;

interface Reference {
  resource: string;
  default?: string;
}

/** The references of each resource (a payout request's payoutTargetId…), from the sandbox's resource rules. */
const referencesOf = (resource: string): Record<string, Reference> => (resourceRules as Record<string, { references?: Record<string, Reference> }>)[resource]?.references ?? {};

// A payin settlement belongs to the merchant account it settled (its path parameter, not a rule of its own).
const ownerOf: Record<string, Record<string, Reference>> = { payinSettlements: { merchantAccountId: { resource: 'merchantAccounts' } } };

export interface SnapshotSource {
  /** The resources the sandbox keeps, in the order the document lists them. */
  resources: readonly string[];
  /** A resource's stored records, oldest first. */
  records(resource: string): Iterable<Row>;
  /** A record as the API shows it. */
  present(resource: string, record: Row): Row;
  /** The field holding a resource's page link (`authUrl`, `paymentUrl`), left out of the document. */
  pageField(resource: string): string | undefined;
  /** Whether a payin has been counted in a payin settlement. */
  settled(record: Row): boolean;
  /** The merchant's clock, ISO 8601. */
  now: string;
}

/** The merchant's state as a document: every object as the API shows it, its page links left out. */
export function takeSnapshot(source: SnapshotSource): MerchantState {
  const objects: MerchantState['objects'] = {};
  const settledPayins: string[] = [];
  for (const resource of source.resources) {
    const page = source.pageField(resource);
    const rows: MerchantState['objects'][string] = [];
    for (const record of source.records(resource)) {
      const shown = source.present(resource, record);
      if (page) delete shown[page];
      rows.push({ ...shown, id: String(record.id) });
      if (source.settled(record)) settledPayins.push(String(record.id));
    }
    if (rows.length) objects[resource] = rows;
  }
  return { format: stateFormat, version: stateVersion, now: source.now, objects, ...(settledPayins.length && { settledPayins }) };
}

export interface LoadTarget {
  resources: readonly string[];
  /** The problems with an object by its resource's schema, in one line, or undefined. */
  check(resource: string, object: Row): string | undefined;
  pageField(resource: string): string | undefined;
  /** The merchant accounts a merchant starts with, for a document that lists none. */
  seedAccounts(now: string): Row[];
}

export interface LoadPlan {
  /** The records to store, by resource, oldest first (page links left to be derived). */
  records: Map<string, Row[]>;
  /** Ids of the payins already settled. */
  settled: Set<string>;
  /** The document's clock, in ms. */
  now: number;
}

/**
 * What loading `value` would store, once all of it has been checked; throws the sandbox's `invalid` naming the
 * first field that is wrong (`objects.payoutRequests[2].payoutTargetId: …`), before anything is replaced.
 */
export function planLoad(value: unknown, target: LoadTarget): LoadPlan {
  const state = checkMerchantState(value);
  const known = new Set(target.resources);
  const unknown = Object.keys(state.objects).find((resource) => !known.has(resource));
  if (unknown !== undefined) throw invalid(`objects.${unknown}: is not a resource of this sandbox (${target.resources.join(', ')})`);
  const records = new Map<string, Row[]>();
  for (const resource of target.resources) {
    const given = state.objects[resource];
    const rows = given ?? (resource === 'merchantAccounts' ? target.seedAccounts(state.now) : []);
    const page = target.pageField(resource);
    records.set(
      resource,
      rows.map((object, i) => {
        // The page link is the sandbox's to make; the schema may require one, so a stand-in is checked.
        const row = { ...object };
        if (page) delete row[page];
        const problems = target.check(resource, page ? { ...row, [page]: `http://sandbox.palomma.invalid/pages/${resource}/${row.id}` } : row);
        if (problems) throw invalid(`objects.${resource}[${i}]: ${problems}`);
        return row;
      }),
    );
  }
  const ids = new Map([...records].map(([resource, rows]) => [resource, new Set(rows.map((row) => String(row.id)))]));
  for (const [resource, rows] of records) {
    const references = { ...referencesOf(resource), ...ownerOf[resource] };
    rows.forEach((row, i) => {
      for (const [field, reference] of Object.entries(references)) {
        const id = row[field] ?? reference.default;
        if (id === undefined) continue;
        if (!ids.get(reference.resource)?.has(String(id))) {
          throw invalid(`objects.${resource}[${i}].${field}: no ${singular(reference.resource)} of this document has the id ${JSON.stringify(id)}`);
        }
      }
    });
  }
  const payins = new Set([...(ids.get('payinLinks') ?? []), ...(ids.get('payinRequests') ?? [])]);
  const settled = new Set(state.settledPayins ?? []);
  for (const id of settled) if (!payins.has(id)) throw invalid(`settledPayins: ${JSON.stringify(id)} is not a payin link or payin request of this document`);
  return { records, settled, now: Date.parse(state.now) };
}

export interface SnapshotCache {
  /** A record was added or changed (no arguments: anything may have, such as after a load or a reset). */
  touch(resource?: string, record?: Row): void;
  /** The merchant's state as JSON text: the same document {@link takeSnapshot} gives, stringified. */
  text(now: string): string;
}

/**
 * The state file's view of a merchant: each object's JSON kept from its last change, so writing the file after a
 * change costs stringifying what changed, not all of it (the file itself is still written whole).
 */
export function createSnapshotCache(source: Omit<SnapshotSource, 'now'>): SnapshotCache {
  let pieces: Map<string, Map<string, string>> | undefined; // resource -> id -> JSON, oldest first
  const joined = new Map<string, string>(); // resource -> its list's JSON, until one of its records changes
  const settled = new Set<string>();
  const json = (resource: string, record: Row) => {
    const shown = source.present(resource, record);
    const page = source.pageField(resource);
    if (page) delete shown[page];
    return JSON.stringify(shown);
  };
  function rebuild() {
    pieces = new Map();
    joined.clear();
    settled.clear();
    for (const resource of source.resources) {
      const rows = new Map<string, string>();
      for (const record of source.records(resource)) {
        rows.set(String(record.id), json(resource, record));
        if (source.settled(record)) settled.add(String(record.id));
      }
      pieces.set(resource, rows);
    }
    return pieces;
  }
  return {
    touch(resource, record) {
      if (resource === undefined || record === undefined || !pieces) {
        pieces = undefined;
        return;
      }
      const rows = pieces.get(resource);
      if (!rows) return;
      rows.set(String(record.id), json(resource, record));
      joined.delete(resource);
      if (source.settled(record)) settled.add(String(record.id));
    },
    text(now) {
      const all = pieces ?? rebuild();
      const list = (resource: string, rows: Map<string, string>) => {
        let text = joined.get(resource);
        if (text === undefined) joined.set(resource, (text = `${JSON.stringify(resource)}:[${[...rows.values()].join(',')}]`));
        return text;
      };
      const objects = [...all].filter(([, rows]) => rows.size > 0).map(([resource, rows]) => list(resource, rows));
      // Settled payins in the order takeSnapshot lists them: by resource, oldest first.
      const settledIds = [...all].flatMap(([, rows]) => [...rows.keys()].filter((id) => settled.has(id)));
      const tail = settledIds.length ? `,"settledPayins":${JSON.stringify(settledIds)}` : '';
      return `{"format":${JSON.stringify(stateFormat)},"version":${stateVersion},"now":${JSON.stringify(now)},"objects":{${objects.join(',')}}${tail}}`;
    },
  };
}
