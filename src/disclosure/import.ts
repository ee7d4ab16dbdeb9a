// Rows for a log that comes back from an export, for the vault import to write in its own
// transaction. Rows keep each entry's position as their id, so the chain reads back in order.
import type { LogExport } from './export';
import { cachedKeyedHash, toRow } from './log';
import type { RecipientInfo } from './recipients';
import { sealRecord, type DisclosureRow, type LogRecordRow, type LogVault, type RecipientRow } from './store';

export interface LogImportRows {
  disclosures: DisclosureRow[];
  logRecords: LogRecordRow[];
  recipients: RecipientRow[];
}

function recipientsOf(exported: LogExport): RecipientInfo[] {
  const byOrigin = new Map<string, RecipientInfo>();
  for (const entry of exported.entries) {
    const known = byOrigin.get(entry.frameOrigin);
    if (known) known.lastAt = entry.time > known.lastAt ? entry.time : known.lastAt;
    else byOrigin.set(entry.frameOrigin, { origin: entry.frameOrigin, controller: '', firstAt: entry.time, lastAt: entry.time });
  }
  // The controller details the person entered replace the bare origins built from the entries.
  for (const info of exported.recipients ?? []) {
    const known = byOrigin.get(info.origin);
    byOrigin.set(info.origin, { ...info, firstAt: known?.firstAt ?? info.firstAt, lastAt: known?.lastAt ?? info.lastAt });
  }
  return [...byOrigin.values()];
}

/**
 * Seals a log export into rows for the vault's tables. The caller verifies the export first
 * (verifyLogExport) and writes the rows in one transaction after clearing the log tables.
 */
export async function sealLogImport(vault: LogVault, exported: LogExport): Promise<LogImportRows> {
  const hashOf = cachedKeyedHash(vault);
  const disclosures = await Promise.all(exported.entries.map((entry) => toRow(vault, entry, hashOf)));
  const records = [...exported.rotations, ...exported.deletions, ...(exported.head ? [exported.head] : [])];
  const logRecords = await Promise.all(records.map((record) => sealRecord(vault, record)));
  const recipients = await Promise.all(
    recipientsOf(exported).map(async (info) => ({ recipientHash: await hashOf(info.origin), sealed: await vault.sealJson(info) })),
  );
  return { disclosures, logRecords, recipients };
}
