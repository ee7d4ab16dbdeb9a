// Rows for a log that comes back from an export, for the vault import to write in its own
// transaction. Rows keep each entry's position as their id, so the chain reads back in order.
import type { LogExport } from './export';
import { sealEntries } from './blocks';
import { cachedKeyedHash } from './log';
import type { StoredEntry } from './chain';
import { withEntries, type RecipientInfo } from './recipients';
import { sealRecord, type BlockRow, type DisclosureRow, type LogRecordRow, type LogVault, type RecipientRow } from './store';

export interface LogImportRows {
  disclosures: DisclosureRow[];
  disclosureBlocks: BlockRow[];
  logRecords: LogRecordRow[];
  recipients: RecipientRow[];
}

function recipientsOf(exported: LogExport): RecipientInfo[] {
  const entriesByOrigin = new Map<string, StoredEntry[]>();
  for (const entry of exported.entries) {
    const list = entriesByOrigin.get(entry.frameOrigin) ?? [];
    list.push(entry);
    entriesByOrigin.set(entry.frameOrigin, list);
  }
  const details = new Map((exported.recipients ?? []).map((info) => [info.origin, info]));
  return [...entriesByOrigin].map(([origin, entries]) => {
    const firstAt = (entries[0] as StoredEntry).time;
    // The controller details the person entered are kept; times and meanings come from the entries.
    const known = details.get(origin);
    const base: RecipientInfo = { origin, controller: known?.controller ?? '', policyUrl: known?.policyUrl, contact: known?.contact, firstAt, lastAt: firstAt, received: {}, monthly: {}, byMeaning: {} };
    return withEntries(base, entries);
  });
}

/**
 * Seals a log export into rows for the vault's tables. The caller verifies the export first
 * (verifyLogExport) and writes the rows in one transaction after clearing the log tables.
 */
export async function sealLogImport(vault: LogVault, exported: LogExport): Promise<LogImportRows> {
  const hashOf = cachedKeyedHash(vault);
  const { rows: disclosures, blocks: disclosureBlocks } = await sealEntries(vault, exported.entries, hashOf);
  const records = [...exported.rotations, ...exported.deletions, ...(exported.head ? [exported.head] : [])];
  const logRecords = await Promise.all(records.map((record) => sealRecord(vault, record)));
  const recipients = await Promise.all(
    recipientsOf(exported).map(async (info) => ({ recipientHash: await hashOf(info.origin), sealed: await vault.sealJson(info) })),
  );
  return { disclosures, disclosureBlocks, logRecords, recipients };
}
