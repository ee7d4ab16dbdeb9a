// The log as a JSON document that can be checked without the browser: entries in plaintext with
// their chain hashes, the signed head, rotation and deletion records and the device's public key.
// It never contains a private key. The whole-vault export embeds it under the key "log".
import { settledLogWrites, readHead, readRecords, iterateEntries, type LogVault } from './store';
import type { DeletionRecord, HeadRecord, RotationRecord, StoredEntry } from './chain';
import { toHex } from './bytes';
import { keyFingerprint } from './signing';
import { verifyLog, type VerifyOptions, type VerifyReport } from './verify';
import { listRecipients, type RecipientInfo } from './recipients';
import { SharedRun } from './shared-run';

export const LOG_EXPORT_FORMAT = 'meritvalv-disclosure-log';
export const LOG_EXPORT_VERSION = 1;

export interface LogExport {
  format: typeof LOG_EXPORT_FORMAT;
  version: typeof LOG_EXPORT_VERSION;
  exportedAt: string;
  /** The device's current Ed25519 public key (hex) and its SHA-256 fingerprint (hex). */
  publicKey: string;
  keyFingerprint: string;
  head: HeadRecord | null;
  rotations: RotationRecord[];
  deletions: DeletionRecord[];
  /** Every entry still present, in chain order. */
  entries: StoredEntry[];
  /** The controller names and contacts the person gave; not signed, because the person edits them. */
  recipients?: RecipientInfo[];
}

/** A log export whose entries are read from the vault only when they are iterated. */
export interface LogExportSource extends Omit<LogExport, 'entries'> {
  /** Every entry still present, in chain order. Each iteration reads the vault again, in batches. */
  entries: AsyncIterable<StoredEntry>;
}

/**
 * Reads everything in the log export but the entries, which a streamed export reads while it
 * writes them. The members are in the order of the export document.
 */
export async function openLogExport(vault: LogVault, now = new Date()): Promise<LogExportSource> {
  const publicKey = toHex((await vault.getDeviceKey()).publicKey);
  return {
    format: LOG_EXPORT_FORMAT,
    version: LOG_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    publicKey,
    keyFingerprint: await keyFingerprint(publicKey),
    head: await readHead(vault),
    rotations: await readRecords(vault, 'rotation'),
    deletions: await readRecords(vault, 'deletion'),
    entries: { [Symbol.asyncIterator]: () => iterateEntries(vault) },
    // The counts are derived from the entries, so the export leaves them out.
    recipients: (await listRecipients(vault)).map(({ recipientHash: _hash, monthly: _monthly, byMeaning: _byMeaning, ...info }) => info),
  };
}

/** Builds the log export. The entries hold the values that were sent, in plain text. */
export async function exportLog(vault: LogVault, now = new Date()): Promise<LogExport> {
  const source = await openLogExport(vault, now);
  const entries: StoredEntry[] = [];
  for await (const entry of source.entries) entries.push(entry);
  // Replacing a member keeps its place, so the entries stay between the deletions and the recipients.
  return { ...source, entries };
}

/** A verification in progress per vault, begun with the log settled after `writes` writes. */
const verifications = new WeakMap<LogVault, { writes: number; run: SharedRun<VerifyReport> }>();

/** Options that stop a verification of the stored log or hold it between its batches. */
export type StoredVerifyOptions = Pick<VerifyOptions, 'signal' | 'betweenBatches'>;

/**
 * Verifies the log in the vault, or joins a verification in progress that began with no log
 * write pending when none was queued since, so repeated requests (History opened twice) do not
 * verify in parallel. When `options.signal` aborts, this call rejects with its reason, and once
 * every caller has left, the verification stops at its next batch. `options.betweenBatches`
 * applies only to a verification that this call starts.
 */
export function verifyStoredLogOnce(vault: LogVault, options: StoredVerifyOptions = {}): Promise<VerifyReport> {
  const { signal, betweenBatches } = options;
  const running = verifications.get(vault);
  const writes = settledLogWrites();
  if (running && !running.run.abandoned && writes !== null && running.writes === writes) return running.run.join(signal);
  const run = new SharedRun((stop) => verifyStoredLog(vault, { signal: stop, betweenBatches }));
  const forget = () => {
    if (verifications.get(vault)?.run === run) verifications.delete(vault);
  };
  run.result.then(forget, forget);
  if (writes === null) verifications.delete(vault);
  else verifications.set(vault, { writes, run });
  return run.join(signal);
}

/**
 * Verifies the log in the vault against the device's current key. When `options.signal` aborts,
 * the verification stops between two batches and rejects with the signal's reason.
 * NOTE: a log wiped whole, head and records included, reads as an empty intact log. Only an
 * earlier export or receipt shows that it held entries.
 */
export async function verifyStoredLog(vault: LogVault, options: StoredVerifyOptions = {}): Promise<VerifyReport> {
  const publicKey = toHex((await vault.getDeviceKey()).publicKey);
  const records = {
    head: await readHead(vault),
    rotations: await readRecords(vault, 'rotation'),
    deletions: await readRecords(vault, 'deletion'),
  };
  const { signal, betweenBatches } = options;
  return verifyLog(iterateEntries(vault), records, { trustedKeys: [publicKey], requireCurrentKey: true, signal, betweenBatches });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports whether parsed JSON looks like a log export, before any check of its content. */
export function isLogExport(value: unknown): value is LogExport {
  return isObject(value) && value.format === LOG_EXPORT_FORMAT;
}

/**
 * Verifies a log export: the chain, the signed records and that the key the export names is the
 * one that signed its head. `options.trustedKeys` pins the expected key or fingerprint.
 */
export async function verifyLogExport(document: LogExport, options: VerifyOptions = {}): Promise<VerifyReport> {
  if (document.version !== LOG_EXPORT_VERSION) {
    throw new TypeError(`Unsupported log export version ${String(document.version)}; this verifier reads version ${LOG_EXPORT_VERSION}`);
  }
  if (!Array.isArray(document.entries) || !Array.isArray(document.rotations) || !Array.isArray(document.deletions)) {
    throw new TypeError('A log export needs the arrays "entries", "rotations" and "deletions"');
  }
  const report = await verifyLog(
    document.entries,
    { head: document.head ?? null, rotations: document.rotations, deletions: document.deletions },
    { trustedKeys: options.trustedKeys, requireCurrentKey: options.requireCurrentKey },
  );
  if (report.status === 'intact' && document.head && document.head.publicKey !== document.publicKey) {
    report.status = 'broken';
    report.failure = { reason: 'keyNotTrusted', record: 'head', detail: 'The export names a public key that did not sign its head' };
  }
  if (report.status === 'intact' && document.keyFingerprint !== (await keyFingerprint(document.publicKey))) {
    report.status = 'broken';
    report.failure = { reason: 'keyNotTrusted', detail: 'The export\'s key fingerprint does not match its public key' };
  }
  return report;
}
