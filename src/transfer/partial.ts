// Partial exports: the CV alone as JSON Resume, and the disclosure log alone as JSON or CSV, for
// every recipient or one.
import type { StoredEntry } from '../disclosure/chain';
import type { LogExport } from '../disclosure/export';
import type { Cv } from '../vault/cv/model';
import { toCsv } from './csv';
import { cvToJsonResume, toJsonText } from './export';

/** The format name of a log extract for one recipient, which cannot be verified on its own. */
export const LOG_EXTRACT_FORMAT = 'meritvalv-disclosure-log-extract';

/** The columns of the CSV log, in order; each is a field of a log entry. */
export const LOG_CSV_COLUMNS = [
  'seq',
  'time',
  'frameOrigin',
  'actionOrigin',
  'topSite',
  'tabUrl',
  'meaning',
  'label',
  'value',
  'kept',
  'applicationId',
  'hash',
] as const;

/** Returns the CV as a JSON Resume file that JSON Resume themes can render. */
export function exportCvAsJsonResume(cv: Cv): string {
  return toJsonText(cvToJsonResume(cv));
}

/** Returns whether an entry went to `origin`, as the frame that showed the form or the form's action. */
export function isForRecipient(entry: StoredEntry, origin: string): boolean {
  return entry.frameOrigin === origin || entry.actionOrigin === origin;
}

/** Returns the distinct frame and action origins of the entries, sorted. */
export function listRecipients(entries: readonly StoredEntry[]): string[] {
  const origins = new Set<string>();
  for (const entry of entries) {
    origins.add(entry.frameOrigin);
    if (entry.actionOrigin) origins.add(entry.actionOrigin);
  }
  return [...origins].sort();
}

/**
 * Returns the log as JSON. For every recipient this is the log export itself, which the verifier
 * checks. For one recipient it is an extract of that recipient's entries, marked as not verifiable.
 */
export function exportLogJson(log: LogExport, recipientOrigin?: string): string {
  if (recipientOrigin === undefined) return toJsonText(log);
  return toJsonText({
    format: LOG_EXTRACT_FORMAT,
    version: log.version,
    exportedAt: log.exportedAt,
    recipient: recipientOrigin,
    // The chain links every entry; a subset cannot show it is whole.
    verifiable: false,
    publicKey: log.publicKey,
    keyFingerprint: log.keyFingerprint,
    entries: log.entries.filter((entry) => isForRecipient(entry, recipientOrigin)),
  });
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Returns the log's entries as CSV, for every recipient or one. */
export function exportLogCsv(entries: readonly StoredEntry[], recipientOrigin?: string): string {
  const selected = recipientOrigin === undefined ? entries : entries.filter((entry) => isForRecipient(entry, recipientOrigin));
  const rows = selected.map((entry) => LOG_CSV_COLUMNS.map((column) => cellText(entry[column])));
  return toCsv(LOG_CSV_COLUMNS, rows);
}
