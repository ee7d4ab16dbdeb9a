// Reads and decrypts the whole vault for an export or for an import's comparison.
import type { Application } from '../../disclosure/applications';
import { exportLog, type LogExport } from '../../disclosure/export';
import { RECORD_IDS } from '../../vault/records';
import { emptyCv, type Cv } from '../../vault/cv/model';
import type { DocumentWithBytes, ProgressCallback, VaultContent } from '../content';
import { openStreamedLog, type StreamedLog } from '../log-stream';
import type { TransferContext } from './port';
import { IMPORTED_LOGS_RECORD, openDocument, openRecord, readDeviceKey } from './rows';

/** Counts progress units: one for the records, one per document, application and log entry. */
export interface ProgressCounter {
  advance(units: number): void;
  /** Reports the whole vault as read. */
  finish(): void;
  /** Returns the share of the units counted so far, from 0 to 1. */
  fraction(): number;
}

async function startProgress(context: TransferContext, onProgress: ProgressCallback): Promise<ProgressCounter> {
  const { db } = context.vault;
  const total = (await db.documents.count()) + (await db.applications.count()) + (await db.disclosures.count()) + 1;
  let done = 0;
  return {
    advance(units) {
      done = Math.min(total, done + units);
      onProgress(done, total);
    },
    finish() {
      done = total;
      onProgress(done, total);
    },
    fraction: () => done / total,
  };
}

/** Reads everything but this device's log. */
async function readAllButLog(context: TransferContext, progress: ProgressCounter): Promise<Omit<VaultContent, 'log'>> {
  const { vault } = context;
  const documentRows = await vault.db.documents.orderBy('addedAt').toArray();
  const applicationRows = await vault.db.applications.orderBy('time').toArray();

  const cv = (await openRecord<Cv>(vault, RECORD_IDS.cv)) ?? emptyCv();
  const deviceKey = await readDeviceKey(vault);
  const importedLogs = (await openRecord<LogExport[]>(vault, IMPORTED_LOGS_RECORD)) ?? [];
  progress.advance(1);

  const documents: DocumentWithBytes[] = [];
  for (const row of documentRows) {
    documents.push(await openDocument(vault, row));
    progress.advance(1);
  }
  const applications: Application[] = [];
  for (const row of applicationRows) applications.push(await vault.openJson<Application>(row.sealed));
  progress.advance(applicationRows.length);

  return { cv, documents, applications, importedLogs, settings: await context.settings.read(), deviceKey };
}

/** Returns the vault's content; reports progress per document, application and log entry. */
export async function readVaultContent(
  context: TransferContext,
  onProgress: ProgressCallback = () => undefined,
  now = new Date(),
): Promise<VaultContent> {
  const progress = await startProgress(context, onProgress);
  const content = await readAllButLog(context, progress);
  // A vault without a device key cannot have signed a log.
  const log = content.deviceKey ? await exportLog(context.vault, now) : null;
  progress.finish();
  return { ...content, log: log && (log.entries.length > 0 || log.head) ? log : null };
}

/** The vault's content for an export, with this device's log still to be read as it is written. */
export interface VaultExportContent extends Omit<VaultContent, 'log'> {
  log: StreamedLog | null;
}

/**
 * Reads the vault for an export, all but the entries of this device's log, which are read while
 * the export is written. The returned counter counts those entries too, in the units that
 * readVaultContent sends `onProgress`. The caller finishes it once the export is written.
 */
export async function readVaultForExport(
  context: TransferContext,
  onProgress: ProgressCallback = () => undefined,
  now = new Date(),
): Promise<{ content: VaultExportContent; progress: ProgressCounter }> {
  const progress = await startProgress(context, onProgress);
  const content = await readAllButLog(context, progress);
  const log = content.deviceKey ? await openStreamedLog(context.vault, now, (count) => progress.advance(count)) : null;
  return { content: { ...content, log: log?.hasContent ? log : null }, progress };
}
