// History queries. Each filter on recipient, field, application or time runs on an index and
// returns entry ids without decrypting anything; only a text filter has to open the candidates.
// The history view keeps the ids and opens the entries of the rows it shows.
import type { FieldMeaning } from '../autofill/types';
import { AppError, type Disclosure } from '../messaging/protocol';
import type { StoredEntry } from './chain';
import { cachedKeyedHash, toDisclosure } from './log';
import { listRecipients, monthOf, type RecipientInfo } from './recipients';
import { openEntries, type DisclosureRow, type LogVault } from './store';

export interface HistoryFilter {
  recipientOrigin?: string;
  meaning?: FieldMeaning;
  applicationId?: string;
  /** Inclusive bounds, as ISO 8601 times. */
  from?: string;
  to?: string;
  /** Case-insensitive text to find in the value, label, page URL or recipient. */
  text?: string;
}

/** The most entries one `entriesByIds` call opens. */
export const MAX_ENTRIES_PER_REQUEST = 1000;
const TEXT_SCAN_BATCH = 500;

function timeBounds(filter: HistoryFilter): [number, number] {
  const from = filter.from ? Date.parse(filter.from) : -Infinity;
  const to = filter.to ? Date.parse(filter.to) : Infinity;
  if (Number.isNaN(from) || Number.isNaN(to)) throw new AppError('invalidRequest', 'Invalid date in the history filter');
  return [from, to];
}

/** Ids (oldest first by time) of the entries whose keyed hash in `index` is `hash`, within the time bounds. */
function idsByHash(vault: LogVault, index: 'recipientHash' | 'meaningHash', hash: string, [from, to]: [number, number]): Promise<number[]> {
  return vault.db.disclosures.where(`[${index}+time]`).between([hash, from], [hash, to], true, true).primaryKeys();
}

async function idsForIndexes(vault: LogVault, filter: HistoryFilter): Promise<number[]> {
  const bounds = timeBounds(filter);
  const hashOf = cachedKeyedHash(vault);
  const lists: number[][] = [];
  if (filter.recipientOrigin) lists.push(await idsByHash(vault, 'recipientHash', await hashOf(filter.recipientOrigin), bounds));
  if (filter.meaning) lists.push(await idsByHash(vault, 'meaningHash', await hashOf(filter.meaning), bounds));
  if (filter.applicationId) {
    const rows = await vault.db.disclosures.where('applicationId').equals(filter.applicationId).toArray();
    lists.push(rows.filter((row) => row.time >= bounds[0] && row.time <= bounds[1]).map((row) => row.id as number));
  }
  if (lists.length === 0) {
    return vault.db.disclosures.where('time').between(bounds[0], bounds[1], true, true).primaryKeys();
  }
  // The shortest list sets the order; the others only filter it.
  lists.sort((a, b) => a.length - b.length);
  const [shortest, ...others] = lists as [number[], ...number[][]];
  const sets = others.map((list) => new Set(list));
  return shortest.filter((id) => sets.every((set) => set.has(id)));
}

function matchesText(entry: StoredEntry, needle: string): boolean {
  const haystack = [entry.value, entry.label, entry.tabUrl, entry.frameOrigin, entry.actionOrigin ?? '', entry.meaning];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}

async function filterByText(vault: LogVault, ids: number[], text: string): Promise<number[]> {
  const needle = text.trim().toLocaleLowerCase();
  const kept: number[] = [];
  for (let start = 0; start < ids.length; start += TEXT_SCAN_BATCH) {
    const rows = (await vault.db.disclosures.bulkGet(ids.slice(start, start + TEXT_SCAN_BATCH))).filter(
      (row): row is DisclosureRow => row !== undefined,
    );
    for (const entry of await openEntries(vault, rows)) {
      if (matchesText(entry, needle)) kept.push(entry.seq);
    }
  }
  return kept;
}

/** Returns the ids of the entries that match `filter`, newest first. */
export async function findEntryIds(vault: LogVault, filter: HistoryFilter): Promise<number[]> {
  // NOTE: a text filter opens every candidate entry, so on a long log it is as slow as a full scan
  // unless another filter narrows the candidates first.
  let ids = await idsForIndexes(vault, filter);
  if (filter.text?.trim()) ids = await filterByText(vault, ids, filter.text);
  return ids.reverse();
}

/** Opens the entries with the given ids, in the order given; ids of deleted entries are skipped. */
export async function entriesByIds(vault: LogVault, ids: number[]): Promise<Disclosure[]> {
  if (ids.length > MAX_ENTRIES_PER_REQUEST) {
    throw new AppError('invalidRequest', `At most ${MAX_ENTRIES_PER_REQUEST} entries per request, got ${ids.length}`);
  }
  const rows = (await vault.db.disclosures.bulkGet(ids)).filter((row): row is DisclosureRow => row !== undefined);
  return (await openEntries(vault, rows)).map(toDisclosure);
}

export interface RecipientSummary {
  origin: string;
  controller: string;
  policyUrl?: string;
  contact?: string;
  count: number;
  firstAt: string;
  lastAt: string;
}

export interface FieldSummary {
  meaning: FieldMeaning;
  count: number;
  lastAt: string;
}

/** Disclosures per recipient per calendar month (UTC), for the history's chart. */
export interface DisclosureChart {
  /** Months as YYYY-MM, oldest first, without gaps. */
  months: string[];
  series: { origin: string; counts: number[] }[];
}

export interface HistoryOverview {
  total: number;
  recipients: RecipientSummary[];
  fields: FieldSummary[];
  chart: DisclosureChart;
}

/** The chart shows at most this many months, the latest ones. */
const CHART_MONTHS = 24;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let current = first; current <= last; ) {
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    current = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months.slice(-CHART_MONTHS);
}

/**
 * Returns a recipient's entries per month from the index keys of its entries, for a recipient
 * row written before rows kept monthly counts.
 */
async function countMonthsFromIndex(vault: LogVault, recipientHash: string): Promise<Record<string, number>> {
  const keys = (await vault.db.disclosures
    .where('[recipientHash+time]')
    .between([recipientHash, -Infinity], [recipientHash, Infinity])
    .keys()) as unknown as [string, number][];
  const monthly: Record<string, number> = {};
  for (const [, time] of keys) {
    const month = monthOf(time);
    monthly[month] = (monthly[month] ?? 0) + 1;
  }
  return monthly;
}

function buildChart(monthlyByOrigin: Map<string, Record<string, number>>): DisclosureChart {
  let first = '';
  let last = '';
  for (const monthly of monthlyByOrigin.values()) {
    for (const [month, count] of Object.entries(monthly)) {
      if (count <= 0) continue;
      if (!first || month < first) first = month;
      if (!last || month > last) last = month;
    }
  }
  if (!first) return { months: [], series: [] };
  const months = monthsBetween(first, last);
  const series = [...monthlyByOrigin]
    .map(([origin, monthly]) => ({ origin, counts: months.map((month) => monthly[month] ?? 0) }))
    .filter((line) => line.counts.some((count) => count > 0));
  return { months, series };
}

async function summariseField(vault: LogVault, hash: string): Promise<FieldSummary | null> {
  const collection = vault.db.disclosures.where('[meaningHash+time]').between([hash, -Infinity], [hash, Infinity]);
  const [latest, count] = await Promise.all([collection.clone().last(), collection.clone().count()]);
  if (!latest) return null;
  const [entry] = await openEntries(vault, [latest]);
  return entry ? { meaning: entry.meaning, count, lastAt: entry.time } : null;
}

async function summariseFields(vault: LogVault): Promise<FieldSummary[]> {
  const hashes = (await vault.db.disclosures.orderBy('meaningHash').uniqueKeys()) as string[];
  const fields = await Promise.all(hashes.map((hash) => summariseField(vault, hash)));
  return fields.filter((field): field is FieldSummary => field !== null).sort((a, b) => b.count - a.count);
}

function sumOf(monthly: Record<string, number>): number {
  return Object.values(monthly).reduce((total, count) => total + count, 0);
}

/** Adds up the recipients' counts per meaning, or returns null when a row has none. */
function fieldsFromRecipients(recipients: RecipientInfo[]): FieldSummary[] | null {
  const fields = new Map<FieldMeaning, FieldSummary>();
  for (const { byMeaning } of recipients) {
    if (!byMeaning) return null;
    for (const [meaning, counts] of Object.entries(byMeaning) as [FieldMeaning, { count: number; lastAt: string }][]) {
      const field = fields.get(meaning);
      if (!field) fields.set(meaning, { meaning, count: counts.count, lastAt: counts.lastAt });
      else fields.set(meaning, { meaning, count: field.count + counts.count, lastAt: field.lastAt > counts.lastAt ? field.lastAt : counts.lastAt });
    }
  }
  return [...fields.values()].sort((a, b) => b.count - a.count);
}

/**
 * Returns the counts and names that the history's recipient, field and chart views show. They
 * come from the recipients' rows, which count their entries per month and meaning, so no entry is
 * read unless a row predates those counts.
 */
export async function historyOverview(vault: LogVault): Promise<HistoryOverview> {
  const recipients = await listRecipients(vault);
  const monthlyByOrigin = new Map<string, Record<string, number>>();
  const summaries = await Promise.all(
    recipients.map(async ({ recipientHash, received: _received, monthly, byMeaning: _byMeaning, ...info }): Promise<RecipientSummary> => {
      // NOTE: a row from before the counts is counted from the index on every overview until a
      // deletion or an import rewrites it.
      const counts = monthly ?? (await countMonthsFromIndex(vault, recipientHash));
      monthlyByOrigin.set(info.origin, counts);
      return { ...info, count: sumOf(counts) };
    }),
  );
  const counted = fieldsFromRecipients(recipients);
  const [fields, total] = counted
    ? [counted, summaries.reduce((sum, recipient) => sum + recipient.count, 0)]
    : await Promise.all([summariseFields(vault), vault.db.disclosures.count()]);
  return { total, recipients: summaries, fields, chart: buildChart(monthlyByOrigin) };
}
