// The disclosure log: one encrypted entry per field that a page received. Entries are indexed by a
// keyed hash of the recipient's origin, so the origins are not stored in plain text either.
import type { Table } from 'dexie';
import type { FieldMeaning } from '../autofill/types';
import type { Disclosure } from '../messaging/protocol';

/** An encrypted record as the vault seals it. */
export interface Sealed {
  iv: Uint8Array | ArrayBuffer;
  ciphertext: Uint8Array | ArrayBuffer;
}

export interface DisclosureRow {
  id?: number;
  recipientHash: string;
  applicationId: string;
  time: number;
  sealed: Sealed;
}

/** What the log needs from an unlocked vault. */
export interface LogVault {
  sealJson(value: unknown): Promise<Sealed>;
  openJson<T>(sealed: Sealed): Promise<T>;
  keyedHash(text: string): Promise<string>;
  db: { disclosures: Table<DisclosureRow, number> };
}

/** A disclosure before it is stored: everything but the id. */
export type NewDisclosure = Omit<Disclosure, 'id'>;

/** Appends entries in one transaction and returns how many were written. */
export async function appendDisclosures(vault: LogVault, entries: NewDisclosure[]): Promise<number> {
  const rows: DisclosureRow[] = [];
  for (const entry of entries) {
    rows.push({
      recipientHash: await vault.keyedHash(entry.frameOrigin),
      applicationId: entry.applicationId,
      time: Date.parse(entry.time),
      sealed: await vault.sealJson(entry),
    });
  }
  await vault.db.disclosures.bulkAdd(rows);
  return rows.length;
}

async function openRows(vault: LogVault, rows: DisclosureRow[]): Promise<Disclosure[]> {
  const entries: Disclosure[] = [];
  for (const row of rows) {
    const entry = await vault.openJson<NewDisclosure>(row.sealed);
    entries.push({ ...entry, id: row.id ?? 0 });
  }
  return entries;
}

/** Lists disclosures, newest first, for one recipient origin or for all. */
export async function listDisclosures(vault: LogVault, recipientOrigin?: string): Promise<Disclosure[]> {
  const rows = recipientOrigin
    ? await vault.db.disclosures
        .where('recipientHash')
        .equals(await vault.keyedHash(recipientOrigin))
        .toArray()
    : await vault.db.disclosures.toArray();
  rows.sort((a, b) => b.time - a.time);
  return openRows(vault, rows);
}

/** Returns each meaning a recipient has received, with the last time it did. */
export async function summariseReceived(
  vault: LogVault,
  recipientOrigin: string,
): Promise<{ meaning: FieldMeaning; lastAt: string }[]> {
  const latest = new Map<FieldMeaning, string>();
  for (const entry of await listDisclosures(vault, recipientOrigin)) {
    if (entry.kept && !latest.has(entry.meaning)) latest.set(entry.meaning, entry.time);
  }
  return [...latest].map(([meaning, lastAt]) => ({ meaning, lastAt }));
}
