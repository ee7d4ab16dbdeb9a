// Row builders and readers for each kind of vault content. Document and record rows use the
// vault's own AADs (src/vault/records.ts), and src/disclosure seals the log's rows.
import type { Application } from '../../disclosure/applications';
import type { LogExport } from '../../disclosure/export';
import { fromHex, toHex } from '../../disclosure/bytes';
import { toBase64 } from '../../vault/crypto/encoding';
import type { ApplicationRow, DocumentBytesRow, DocumentRow, RecordRow } from '../../vault/db';
import type { DocumentInfo } from '../../vault/cv/model';
import { RECORD_IDS, documentBytesAad, documentInfoAad, recordAad, type StoredDeviceKey } from '../../vault/records';
import type { Cv } from '../../vault/cv/model';
import type { DeviceKeyHex, DocumentWithBytes } from '../content';
import type { TransferVault } from './port';

/** Transfer's own record: the logs a merge or a restore kept as their own chains. */
export const IMPORTED_LOGS_RECORD = 'importedLogs';

type SealedDocumentInfo = Omit<DocumentInfo, 'id' | 'size'>;

async function sealRecordRow(vault: TransferVault, id: string, value: unknown, now: number): Promise<RecordRow> {
  return { id, sealed: await vault.sealJson(value, recordAad(id)), updatedAt: now };
}

export async function openRecord<T>(vault: TransferVault, id: string): Promise<T | undefined> {
  const row = await vault.db.records.get(id);
  return row ? vault.openJson<T>(row.sealed, recordAad(id)) : undefined;
}

export function cvRow(vault: TransferVault, cv: Cv, now: number): Promise<RecordRow> {
  return sealRecordRow(vault, RECORD_IDS.cv, cv, now);
}

export function deviceKeyRow(vault: TransferVault, key: Required<DeviceKeyHex>, now: number): Promise<RecordRow> {
  const stored: StoredDeviceKey = {
    secretKey: toBase64(fromHex(key.secretKey)),
    publicKey: toBase64(fromHex(key.publicKey)),
    createdAt: new Date(now).toISOString(),
  };
  return sealRecordRow(vault, RECORD_IDS.deviceKey, stored, now);
}

export function importedLogsRow(vault: TransferVault, logs: LogExport[], now: number): Promise<RecordRow> {
  return sealRecordRow(vault, IMPORTED_LOGS_RECORD, logs, now);
}

/** Returns the device key as hex, or null when the vault has none. */
export async function readDeviceKey(vault: TransferVault): Promise<DeviceKeyHex | null> {
  if (!(await vault.db.records.get(RECORD_IDS.deviceKey))) return null;
  const key = await vault.getDeviceKey();
  return { publicKey: toHex(key.publicKey), secretKey: toHex(key.secretKey) };
}

export async function documentRows(
  vault: TransferVault,
  document: DocumentWithBytes,
): Promise<{ info: DocumentRow; bytes: DocumentBytesRow }> {
  const { id, name, mimeType, role, addedAt } = document.info;
  const sealedInfo: SealedDocumentInfo = { name, mimeType, role, addedAt };
  return {
    info: {
      id,
      addedAt: Date.parse(addedAt),
      size: document.bytes.length,
      sealedInfo: await vault.sealJson(sealedInfo, documentInfoAad(id)),
    },
    bytes: { id, sealed: await vault.seal(document.bytes, documentBytesAad(id)) },
  };
}

export async function openDocument(vault: TransferVault, row: DocumentRow): Promise<DocumentWithBytes> {
  const info = await vault.openJson<SealedDocumentInfo>(row.sealedInfo, documentInfoAad(row.id));
  const bytesRow = await vault.db.documentBytes.get(row.id);
  const bytes = bytesRow ? await vault.open(bytesRow.sealed, documentBytesAad(row.id)) : new Uint8Array(0);
  return { info: { id: row.id, size: row.size, ...info }, bytes };
}

export async function applicationRow(vault: TransferVault, application: Application): Promise<ApplicationRow> {
  return { id: application.id, time: Date.parse(application.updatedAt), sealed: await vault.sealJson(application) };
}
