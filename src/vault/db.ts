// The IndexedDB schema (Dexie). Every CV value is stored sealed with the data key; only ids,
// times and document sizes are plain. Versions only ever add: a new version states the whole
// schema and, where rows change shape, an upgrade that migrates them.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Sealed } from './crypto/aead';
import type { Keyring } from './crypto/keyring';
import {
  LOG_SCHEMA,
  type ApplicationRow,
  type BlockRow,
  type DisclosureRow,
  type LogRecordRow,
  type RecipientRow,
} from '../disclosure/store';

export const DEFAULT_DB_NAME = 'meritvalv';

/** Key-value rows that are not CV data: the keyring (`key: 'keyring'`). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface KeyringRow extends MetaRow {
  key: 'keyring';
  value: Keyring;
}

/** One sealed record: the CV (`id: 'cv'`) or the device signing key (`id: 'deviceKey'`). */
export interface RecordRow {
  id: string;
  sealed: Sealed;
  updatedAt: number;
}

/** A document's description; `sealedInfo` contains the name, MIME type, role and time added. */
export interface DocumentRow {
  id: string;
  addedAt: number;
  /** Plaintext byte count, so the storage limits can be checked without decrypting. */
  size: number;
  sealedInfo: Sealed;
}

/** A document's bytes, kept apart from its description so listing does not read megabytes. */
export interface DocumentBytesRow {
  id: string;
  sealed: Sealed;
}

/** A version 1 document row, which kept the bytes in the same row. */
export interface DocumentRowV1 extends DocumentRow {
  sealedBytes: Sealed;
}

// The disclosure log's rows are defined beside the log code, which owns their contents.
export type { ApplicationRow, BlockRow, DisclosureRow, LogRecordRow, RecipientRow } from '../disclosure/store';

/** A version 2 log row, which held its entry sealed in the row itself. */
export interface DisclosureRowV2 extends Omit<DisclosureRow, 'block'> {
  sealed: Sealed;
}

export const SCHEMA_V1 = {
  meta: 'key',
  records: 'id',
  documents: 'id',
} as const;

export const SCHEMA_V2 = {
  meta: 'key',
  records: 'id',
  documents: 'id, addedAt',
  documentBytes: 'id',
  disclosures: LOG_SCHEMA.disclosures,
  applications: LOG_SCHEMA.applications,
  logRecords: LOG_SCHEMA.logRecords,
  recipients: LOG_SCHEMA.recipients,
} as const;

export const SCHEMA_V3 = {
  meta: 'key',
  records: 'id',
  documents: 'id, addedAt',
  documentBytes: 'id',
  ...LOG_SCHEMA,
} as const;

export const SCHEMA_VERSION = 3;

/** Moves version 1 document bytes into their own table; the sealed bytes are moved unchanged. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const documents = tx.table<DocumentRowV1, string>('documents');
  const rows = await documents.toArray();
  await tx
    .table<DocumentBytesRow, string>('documentBytes')
    .bulkPut(rows.filter((row) => row.sealedBytes).map((row) => ({ id: row.id, sealed: row.sealedBytes })));
  await documents.toCollection().modify((row: Partial<DocumentRowV1>) => {
    delete row.sealedBytes;
  });
}

/**
 * Moves each version 2 log entry, sealed in its own row, into a block of one. The sealed bytes
 * move unchanged, and the row keeps its index fields and names the block.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const disclosures = tx.table<DisclosureRowV2 | DisclosureRow, number>('disclosures');
  const blocks: BlockRow[] = [];
  await disclosures.toCollection().modify((row: Partial<DisclosureRowV2 & DisclosureRow>) => {
    if (!row.sealed || row.id === undefined) return;
    blocks.push({ id: row.id, sealed: row.sealed, legacy: true });
    row.block = row.id;
    delete row.sealed;
  });
  await tx.table<BlockRow, number>('disclosureBlocks').bulkPut(blocks);
}

export interface DbOptions {
  name?: string;
  /** IndexedDB implementation, for tests that do not install one globally. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class MeritvalvDb extends Dexie {
  declare meta: Table<MetaRow, string>;
  declare records: Table<RecordRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare documentBytes: Table<DocumentBytesRow, string>;
  declare disclosures: Table<DisclosureRow, number>;
  declare disclosureBlocks: Table<BlockRow, number>;
  declare applications: Table<ApplicationRow, string>;
  declare logRecords: Table<LogRecordRow, string>;
  declare recipients: Table<RecipientRow, string>;

  constructor(options: DbOptions = {}) {
    const { name = DEFAULT_DB_NAME, ...dependencies } = options;
    super(name, dependencies.indexedDB ? dependencies : undefined);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  }
}
