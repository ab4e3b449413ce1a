// An object as the sandbox keeps it: the fields the API shows, plus its own bookkeeping (names starting with `$`).

/**
 * The fields of an object of any resource. Those the state machine reads are named; every other field the
 * merchant sent or the sandbox derived is carried as it is.
 */
export interface RecordFields {
  id: string;
  /** A collected payin already counted in a payin settlement. */
  $settled?: boolean;
  status?: string;
  statusMessage?: string;
  createdAt?: string;
  updatedAt?: string;
  customerId?: string;
  customerDetails?: { name?: string };
  reference?: string;
  redirectUrl?: string;
  expiration?: string;
  amount?: number;
  amountCollected?: number;
  amountSent?: number;
  fee?: number;
  partialPayinsEnabled?: boolean;
  payinSourceId?: string;
  targetMerchantAccountId?: string;
  sourceMerchantAccountId?: string;
  bankAccount?: { bank?: string; accountType?: string; accountNumber?: string };
  /** Merchant accounts. */
  type?: string;
  unsettledAmount?: number;
  availableBalance?: number;
  [field: string]: unknown;
}

/** One stored object. */
export interface SandboxRecord extends RecordFields {
  /** Insertion order: lists are newest first, and cursors point into it. */
  $seq: number;
}

/** What a merchant sent to create an object (already checked against the request schema, when checks are on). */
export type RequestBody = Readonly<Record<string, unknown>>;
