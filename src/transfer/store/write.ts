// Stores a vault's whole content in place of the vault's current content, all or nothing. Every
// row is sealed first, because an IndexedDB transaction commits as soon as it waits on anything
// else (WebCrypto included). Then one transaction over every table clears and writes, so an
// error at any point leaves the vault as it was.
import { sealLogImport } from '../../disclosure/import';
import type { BlockRow, DisclosureRow, LogRecordRow, RecipientRow } from '../../disclosure/store';
import { AppError } from '../../messaging/protocol';
import type { ApplicationRow, DocumentBytesRow, DocumentRow, RecordRow } from '../../vault/db';
import { RECORD_IDS } from '../../vault/records';
import type { ProgressCallback, VaultContent } from '../content';
import type { TransferContext } from './port';
import {
  IMPORTED_LOGS_RECORD,
  applicationRow,
  cvRow,
  deviceKeyRow,
  documentRows,
  importedLogsRow,
} from './rows';

/** How far the log reached when the vault was read, so an import cannot drop a newer entry. */
export interface LogPosition {
  count: number;
  lastId: number | null;
}

export async function readLogPosition(context: TransferContext): Promise<LogPosition> {
  const { disclosures } = context.vault.db;
  const last = await disclosures.orderBy(':id').last();
  return { count: await disclosures.count(), lastId: last?.id ?? null };
}

interface SealedContent {
  records: RecordRow[];
  documents: DocumentRow[];
  documentBytes: DocumentBytesRow[];
  applications: ApplicationRow[];
  disclosures: DisclosureRow[];
  disclosureBlocks: BlockRow[];
  logRecords: LogRecordRow[];
  recipients: RecipientRow[];
}

async function sealContent(
  context: TransferContext,
  content: VaultContent,
  onProgress: ProgressCallback,
): Promise<SealedContent> {
  const { vault } = context;
  const now = Date.now();
  const logEntries = content.log?.entries.length ?? 0;
  // One unit for the records and applications, one per document and one per log entry.
  const total = 1 + content.documents.length + logEntries;
  let done = 0;
  const advance = (units: number): void => {
    done += units;
    onProgress(done, total);
  };

  const records = [await cvRow(vault, content.cv, now), await importedLogsRow(vault, content.importedLogs, now)];
  if (content.deviceKey?.secretKey) {
    records.push(await deviceKeyRow(vault, { publicKey: content.deviceKey.publicKey, secretKey: content.deviceKey.secretKey }, now));
  }
  const sealed: SealedContent = {
    records,
    documents: [],
    documentBytes: [],
    applications: [],
    disclosures: [],
    disclosureBlocks: [],
    logRecords: [],
    recipients: [],
  };
  for (const application of content.applications) sealed.applications.push(await applicationRow(vault, application));
  advance(1);
  for (const document of content.documents) {
    const rows = await documentRows(vault, document);
    sealed.documents.push(rows.info);
    sealed.documentBytes.push(rows.bytes);
    advance(1);
  }
  if (content.log) {
    const rows = await sealLogImport(vault, content.log);
    sealed.disclosures = rows.disclosures;
    sealed.disclosureBlocks = rows.disclosureBlocks;
    sealed.logRecords = rows.logRecords;
    sealed.recipients = rows.recipients;
    advance(logEntries);
  }
  return sealed;
}

/**
 * Replaces the vault's CV, documents, applications, recipients, logs and (when `content` has its
 * secret key) device key with `content`, then applies its settings. The keyring is not touched.
 * `expectedLog` makes the write fail with AppError('previewExpired') when a fill logged entries
 * after the vault was read.
 */
export async function writeVaultContent(
  context: TransferContext,
  content: VaultContent,
  onProgress: ProgressCallback = () => undefined,
  expectedLog?: LogPosition,
): Promise<void> {
  const sealed = await sealContent(context, content, onProgress);
  const { db } = context.vault;
  const tables = [db.records, db.documents, db.documentBytes, db.applications, db.disclosures, db.disclosureBlocks, db.logRecords, db.recipients];

  await db.transaction('rw', tables, async () => {
    if (expectedLog) {
      const position = await readLogPosition(context);
      if (position.count !== expectedLog.count || position.lastId !== expectedLog.lastId) {
        throw new AppError('previewExpired', 'The disclosure log changed during the import; nothing was imported');
      }
    }
    await db.records.bulkDelete([RECORD_IDS.cv, IMPORTED_LOGS_RECORD]);
    await db.documents.clear();
    await db.documentBytes.clear();
    await db.applications.clear();
    await db.disclosures.clear();
    await db.disclosureBlocks.clear();
    await db.logRecords.clear();
    await db.recipients.clear();
    await db.records.bulkPut(sealed.records);
    await db.documents.bulkAdd(sealed.documents);
    await db.documentBytes.bulkAdd(sealed.documentBytes);
    await db.applications.bulkAdd(sealed.applications);
    await db.disclosures.bulkAdd(sealed.disclosures);
    await db.disclosureBlocks.bulkAdd(sealed.disclosureBlocks);
    await db.logRecords.bulkAdd(sealed.logRecords);
    await db.recipients.bulkAdd(sealed.recipients);
  });

  // NOTE: settings live in storage.local, outside the transaction; a failure here leaves the
  // data imported and the previous settings in place.
  await context.settings.apply(content.settings);
}
