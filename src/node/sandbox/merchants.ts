// A merchant per token: the sandbox's token, or that token, a `.` and a label, picks whose objects, balances,
// deliveries, clock and faults a call sees. Tokens are never stored or written anywhere: merchants are known by
// their label (the base token's merchant by the empty label).

/** A label: 1 to 64 letters, digits, `-` or `_` (`worker-3`, `test_17`). */
export const labelPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** How many merchants one sandbox holds at most, by default. */
export const defaultMaxMerchants = 1_000;

/**
 * The label of the merchant an `Authorization` header names: `''` for `Bearer <base>`, `'worker-3'` for
 * `Bearer <base>.worker-3`, undefined for anything else (no header, another scheme, another token, a bad label).
 */
export function merchantLabel(baseToken: string, authorization: string | null | undefined): string | undefined {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return undefined;
  const token = authorization.slice('Bearer '.length);
  if (token === baseToken) return '';
  if (!token.startsWith(`${baseToken}.`)) return undefined;
  const label = token.slice(baseToken.length + 1);
  return labelPattern.test(label) ? label : undefined;
}

/** The token of a merchant, for the base token: the base itself for `''`, `<base>.<label>` otherwise. */
export function merchantToken(baseToken: string, label: string): string {
  if (label !== '' && !labelPattern.test(label)) throw new TypeError(`label: must be 1 to 64 letters, digits, - or _, not ${JSON.stringify(label)}`);
  return label === '' ? baseToken : `${baseToken}.${label}`;
}

/** A merchant's name in messages: the label, never the token. */
export const merchantName = (label: string): string => (label === '' ? "the base token's merchant" : `merchant ${label}`);

export interface Merchants<M> {
  /** The merchant with this label, created empty on first use; undefined once `max` merchants exist. */
  get(label: string): M | undefined;
  /** The merchant with this label if it exists (never creates one). */
  find(label: string): M | undefined;
  /** Forgets a merchant: its next call starts it afresh. */
  drop(label: string): void;
  /** Every merchant, in the order they were first used. */
  entries(): IterableIterator<[string, M]>;
  readonly size: number;
  readonly max: number;
}

/**
 * The sandbox's merchants, made on first use by `create(label)`, at most `max` of them: a hostile neighbour
 * inventing labels in a loop fills the table, not the memory.
 */
export function createMerchants<M>({ create, max = defaultMaxMerchants }: { create: (label: string) => M; max?: number }): Merchants<M> {
  if (!Number.isInteger(max) || max < 1) throw new TypeError(`maxMerchants: must be a whole number of at least 1, not ${JSON.stringify(max)}`);
  const table = new Map<string, M>();
  return {
    get(label) {
      let merchant = table.get(label);
      if (merchant === undefined) {
        if (table.size >= max) return undefined;
        merchant = create(label);
        table.set(label, merchant);
      }
      return merchant;
    },
    find: (label) => table.get(label),
    drop(label) {
      table.delete(label);
    },
    entries: () => table.entries(),
    get size() {
      return table.size;
    },
    max,
  };
}
