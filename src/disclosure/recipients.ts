// Recipients: every origin the log has entries for, with the controller the person names for it
// (the employer behind an ATS) and, where known, its privacy policy and contact address.
import { AppError } from '../messaging/protocol';
import type { FieldMeaning } from '../autofill/types';
import type { StoredEntry } from './chain';
import type { LogVault, RecipientRow } from './store';

export interface RecipientInfo {
  origin: string;
  /** The data controller as the person names it; empty until they do. */
  controller: string;
  policyUrl?: string;
  /** The address for data-subject requests: an e-mail or postal address. */
  contact?: string;
  firstAt: string;
  lastAt: string;
  /**
   * Each meaning whose value the recipient kept, with the last time, so the consent preview can
   * show it without opening the recipient's entries. Absent in rows written before it existed.
   */
  received?: Partial<Record<FieldMeaning, string>>;
  /**
   * Entries per calendar month (UTC, as YYYY-MM), kept up to date on every append, deletion and
   * import, so the history's chart and counts read one row per recipient instead of every entry.
   * Absent in rows written before it existed.
   */
  monthly?: Record<string, number>;
  /** Entries per field meaning with the last time, kept like `monthly`. Absent in older rows. */
  byMeaning?: Partial<Record<FieldMeaning, { count: number; lastAt: string }>>;
}

/** Returns the calendar month (UTC) of an ISO 8601 time or a time in milliseconds, as YYYY-MM. */
export function monthOf(time: string | number): string {
  return new Date(time).toISOString().slice(0, 7);
}

export async function readRecipient(vault: LogVault, origin: string): Promise<RecipientInfo | null> {
  const row = await vault.db.recipients.get(await vault.keyedHash(origin));
  return row ? vault.openJson<RecipientInfo>(row.sealed) : null;
}

export async function listRecipients(vault: LogVault): Promise<(RecipientInfo & { recipientHash: string })[]> {
  const rows = await vault.db.recipients.toArray();
  const infos = await Promise.all(
    rows.map(async (row) => ({ ...(await vault.openJson<RecipientInfo>(row.sealed)), recipientHash: row.recipientHash })),
  );
  return infos.sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/**
 * Returns `info` with the last time, the received meanings and the counts per month and meaning
 * moved on by `entries`. A row without counts stays without them, because adding to none would
 * undercount.
 */
export function withEntries(info: RecipientInfo, entries: StoredEntry[]): RecipientInfo {
  const received = { ...(info.received ?? {}) };
  const monthly = info.monthly ? { ...info.monthly } : undefined;
  const byMeaning = info.byMeaning ? { ...info.byMeaning } : undefined;
  let lastAt = info.lastAt;
  for (const entry of entries) {
    if (entry.time > lastAt) lastAt = entry.time;
    const known = received[entry.meaning];
    if (entry.kept && (known === undefined || entry.time > known)) received[entry.meaning] = entry.time;
    if (monthly) {
      const month = monthOf(entry.time);
      monthly[month] = (monthly[month] ?? 0) + 1;
    }
    if (byMeaning) {
      const field = byMeaning[entry.meaning];
      const fieldLastAt = field && field.lastAt > entry.time ? field.lastAt : entry.time;
      byMeaning[entry.meaning] = { count: (field?.count ?? 0) + 1, lastAt: fieldLastAt };
    }
  }
  return { ...info, lastAt, received, monthly, byMeaning };
}

/** A recipient's keyed hash and its stored details, or null for an origin new to the log. */
export type RecipientInfos = Map<string, { recipientHash: string; info: RecipientInfo | null }>;

/** Reads and opens the rows of the recipients that `entries` go to, all at once. */
export async function readRecipientInfos(
  vault: LogVault,
  entries: readonly { frameOrigin: string }[],
  hashOf: (text: string) => Promise<string>,
): Promise<RecipientInfos> {
  const origins = [...new Set(entries.map((entry) => entry.frameOrigin))];
  const infos = await Promise.all(
    origins.map(async (origin) => {
      const recipientHash = await hashOf(origin);
      const row = await vault.db.recipients.get(recipientHash);
      const info = row ? await vault.openJson<RecipientInfo>(row.sealed) : null;
      return [origin, { recipientHash, info }] as const;
    }),
  );
  return new Map(infos);
}

/**
 * Returns the recipient rows to write for new entries: new origins added, last times and counts
 * moved on. `infos` must name every origin of `entries` (readRecipientInfos).
 */
export async function recipientRowsFor(vault: LogVault, entries: StoredEntry[], infos: RecipientInfos): Promise<RecipientRow[]> {
  const byOrigin = new Map<string, StoredEntry[]>();
  for (const entry of entries) {
    const list = byOrigin.get(entry.frameOrigin) ?? [];
    list.push(entry);
    byOrigin.set(entry.frameOrigin, list);
  }
  return Promise.all(
    [...byOrigin].map(async ([origin, list]) => {
      const known = infos.get(origin);
      if (!known) throw new Error(`No recipient details were read for ${origin}`);
      const first = list[0] as StoredEntry;
      const info: RecipientInfo = known.info ?? { origin, controller: '', firstAt: first.time, lastAt: first.time, received: {}, monthly: {}, byMeaning: {} };
      return { recipientHash: known.recipientHash, sealed: await vault.sealJson(withEntries(info, list)) };
    }),
  );
}

/** Sets the controller details the person gives for a recipient; blank text clears a detail. */
export async function setController(
  vault: LogVault,
  origin: string,
  details: { controller: string; policyUrl?: string; contact?: string },
): Promise<RecipientInfo> {
  const recipientHash = await vault.keyedHash(origin);
  const existing = await vault.db.recipients.get(recipientHash);
  if (!existing) throw new AppError('invalidRequest', `No disclosures to ${origin} are logged`);
  const info = await vault.openJson<RecipientInfo>(existing.sealed);
  const policyUrl = details.policyUrl?.trim();
  const contact = details.contact?.trim();
  if (policyUrl && !/^https?:\/\//i.test(policyUrl)) {
    throw new AppError('invalidRequest', `The policy URL must start with http:// or https://, got ${policyUrl}`);
  }
  const updated: RecipientInfo = {
    ...info,
    controller: details.controller.trim(),
    policyUrl: policyUrl || undefined,
    contact: contact || undefined,
  };
  await vault.db.recipients.put({ recipientHash, sealed: await vault.sealJson(updated) });
  return updated;
}
