// Reads and decrypts the whole vault for an export or for an import's comparison.
import type { Application } from '../../disclosure/applications';
import { exportLog, type LogExport } from '../../disclosure/export';
import { RECORD_IDS } from '../../vault/records';
import { emptyCv, type Cv } from '../../vault/cv/model';
import type { DocumentWithBytes, ProgressCallback, VaultContent } from '../content';
import type { TransferContext } from './port';
import { IMPORTED_LOGS_RECORD, openDocument, openRecord, readDeviceKey } from './rows';

/** Returns the vault's content; reports progress per document, application and log entry. */
export async function readVaultContent(
  context: TransferContext,
  onProgress: ProgressCallback = () => undefined,
  now = new Date(),
): Promise<VaultContent> {
  const { vault } = context;
  const documentRows = await vault.db.documents.orderBy('addedAt').toArray();
  const applicationRows = await vault.db.applications.orderBy('time').toArray();
  const logEntryCount = await vault.db.disclosures.count();
  const total = documentRows.length + applicationRows.length + logEntryCount + 1;
  let done = 0;
  const advance = (units: number): void => {
    done += units;
    onProgress(done, total);
  };

  const cv = (await openRecord<Cv>(vault, RECORD_IDS.cv)) ?? emptyCv();
  const deviceKey = await readDeviceKey(vault);
  const importedLogs = (await openRecord<LogExport[]>(vault, IMPORTED_LOGS_RECORD)) ?? [];
  advance(1);

  const documents: DocumentWithBytes[] = [];
  for (const row of documentRows) {
    documents.push(await openDocument(vault, row));
    advance(1);
  }
  const applications: Application[] = [];
  for (const row of applicationRows) applications.push(await vault.openJson<Application>(row.sealed));
  advance(applicationRows.length);

  // A vault without a device key cannot have signed a log.
  const log = deviceKey ? await exportLog(vault, now) : null;
  advance(logEntryCount);

  return {
    cv,
    documents,
    applications,
    log: log && (log.entries.length > 0 || log.head) ? log : null,
    importedLogs,
    settings: await context.settings.read(),
    deviceKey,
  };
}
