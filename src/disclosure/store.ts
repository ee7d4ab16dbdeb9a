// Where the log lives in the vault's IndexedDB database, and what it needs from an unlocked
// vault. Entries are sealed in blocks (src/disclosure/blocks.ts). The index rows beside them hold
// only ids, times and keyed hashes (HMAC-SHA256 under a vault subkey), so recipient origins and
// field meanings can be queried without being stored.
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { openBlockRows } from './blocks';
import type { DeletionRecord, HeadRecord, LogRecord, RotationRecord, StoredEntry } from './chain';
import type { DeviceKeyPair } from './signing';

export { openEntries } from './blocks';

/** An encrypted record as the vault seals it (AES-256-GCM). */
export interface Sealed {
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * The index row of one log entry. `id` is the entry's chain position `seq`, so it survives export
 * and import. An entry counts as present only while its index row exists.
 */
export interface DisclosureRow {
  id?: number;
  recipientHash: string;
  meaningHash: string;
  applicationId: string;
  time: number;
  /** The id of the block that holds the sealed entry. */
  block: number;
}

/** Sealed entries in chain order (a PackedBlock); `id` is the position of the first one written. */
export interface BlockRow {
  id: number;
  /** Sealed with the block's id as additional data, unless `legacy`. */
  sealed: Sealed;
  /** A single entry carried over from the layout before blocks, sealed without additional data. */
  legacy?: true;
}

export interface ApplicationRow {
  id: string;
  time: number;
  sealed: Sealed;
}

/** The signed head (id 'head'), rotation records and deletion records, each sealed. */
export interface LogRecordRow {
  id: string;
  kind: LogRecord['kind'];
  at: number;
  sealed: Sealed;
}

/** A recipient the log has entries for, keyed by the keyed hash of its origin. */
export interface RecipientRow {
  recipientHash: string;
  /** A sealed RecipientInfo. */
  sealed: Sealed;
}

/**
 * The tables and indexes the log needs, in Dexie's notation, for the vault's schema. The compound
 * indexes serve one recipient's or one field's entries in a time range without a scan.
 */
export const LOG_SCHEMA = {
  disclosures:
    '++id, recipientHash, meaningHash, applicationId, time, [recipientHash+time], [meaningHash+time]',
  disclosureBlocks: 'id',
  applications: 'id, time',
  logRecords: 'id, kind, at',
  recipients: 'recipientHash',
} as const;

export interface LogTables {
  disclosures: Table<DisclosureRow, number>;
  disclosureBlocks: Table<BlockRow, number>;
  applications: Table<ApplicationRow, string>;
  logRecords: Table<LogRecordRow, string>;
  recipients: Table<RecipientRow, string>;
}

/** What the log needs from an unlocked vault. */
export interface LogVault {
  /** Seals a value; `aad` binds the ciphertext to where it is stored. */
  sealJson(value: unknown, aad?: string): Promise<Sealed>;
  openJson<T>(sealed: Sealed, aad?: string): Promise<T>;
  keyedHash(text: string): Promise<string>;
  /** The device's Ed25519 key pair, made with the vault and stored sealed in it. */
  getDeviceKey(): Promise<DeviceKeyPair>;
  db: Dexie & LogTables;
}

export const HEAD_ID = 'head';

/** Serialises writes to the log, so two fills never append from the same chain tip. */
let queue: Promise<unknown> = Promise.resolve();

/** Log writes queued and finished so far in this context, so a reader can tell whether the log may change. */
let writesQueued = 0;
let writesFinished = 0;

/** Returns the count of log writes queued so far, or null while one is queued or running. */
export function settledLogWrites(): number | null {
  return writesQueued === writesFinished ? writesQueued : null;
}

export function withLogLock<T>(task: () => Promise<T>): Promise<T> {
  writesQueued += 1;
  const counted = () =>
    task().finally(() => {
      writesFinished += 1;
    });
  const run = queue.then(counted, counted);
  queue = run.catch(() => undefined);
  return run;
}

export function recordId(record: LogRecord): string {
  const pad = (n: number) => String(n).padStart(12, '0');
  switch (record.kind) {
    case 'head':
      return HEAD_ID;
    case 'rotation':
      return `rotation:${pad(record.length)}:${record.at}`;
    case 'deletion':
      return `deletion:${pad(record.fromSeq)}`;
  }
}

export async function sealRecord(vault: LogVault, record: LogRecord): Promise<LogRecordRow> {
  return { id: recordId(record), kind: record.kind, at: Date.parse(record.at), sealed: await vault.sealJson(record) };
}

export async function readHead(vault: LogVault): Promise<HeadRecord | null> {
  const row = await vault.db.logRecords.get(HEAD_ID);
  return row ? vault.openJson<HeadRecord>(row.sealed) : null;
}

export async function readRecords<K extends 'rotation' | 'deletion'>(
  vault: LogVault,
  kind: K,
): Promise<(K extends 'rotation' ? RotationRecord : DeletionRecord)[]> {
  const rows = await vault.db.logRecords.where('kind').equals(kind).toArray();
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return Promise.all(rows.map((row) => vault.openJson<K extends 'rotation' ? RotationRecord : DeletionRecord>(row.sealed)));
}

/** The chain's tip: what the next entry links to. */
export function tipOf(head: HeadRecord | null): { length: number; hash: string; count: number } {
  return head ? { length: head.length, hash: head.hash, count: head.count } : { length: 0, hash: '0'.repeat(64), count: 0 };
}

/** Opens a batch of blocks and returns the entries in it that still have an index row. */
async function readBlockBatch(vault: LogVault, after: number, batchSize: number): Promise<{ entries: StoredEntry[]; lastId: number | null }> {
  const blocks = await vault.db.disclosureBlocks.where(':id').above(after).limit(batchSize).toArray();
  const lastId = blocks[blocks.length - 1]?.id;
  if (lastId === undefined) return { entries: [], lastId: null };
  const bySeq = await openBlockRows(vault, blocks);
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  const indexed = new Set(await vault.db.disclosures.where(':id').between(seqs[0] ?? 0, seqs[seqs.length - 1] ?? 0, true, true).primaryKeys());
  const entries = seqs.filter((seq) => indexed.has(seq)).map((seq) => bySeq.get(seq) as StoredEntry);
  return { entries, lastId };
}

/**
 * Yields every present entry in chain order, opening blocks in batches to bound memory. The next
 * batch is read and decrypted while the caller works on the current one. An entry whose index
 * row is gone is not yielded, so a removed index row shows up as a gap in the chain.
 */
export async function* iterateEntries(vault: LogVault, blocksPerBatch = 100): AsyncGenerator<StoredEntry> {
  let next = readBlockBatch(vault, 0, blocksPerBatch);
  for (;;) {
    const batch = await next;
    if (batch.lastId === null) return;
    next = readBlockBatch(vault, batch.lastId, blocksPerBatch);
    // A caller that stops early never awaits the prefetched batch; its failure is not an error then.
    next.catch(() => undefined);
    yield* batch.entries;
  }
}
