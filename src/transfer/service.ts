// The transfer operations the background runs: export the vault in either form, export parts of
// it, preview an import and apply it. Each reads and writes through a TransferContext.
import { AppError } from '../messaging/protocol';
import { checkPassphrase } from '../vault/crypto/keyring';
import type { LogCheck, ProgressCallback, VaultContent } from './content';
import { textSource, type DownloadSource } from './download';
import { exportProtected, exportReadable } from './export';
import { joinPieces, writeJsonText } from './json/pretty-stream';
import { openStreamedLog } from './log-stream';
import { planImport, type ImportMode, type ImportPayload } from './merge';
import { exportLog as exportStoredLog, verifyLogExport } from '../disclosure/export';
import { iterateEntries, withLogLock } from '../disclosure/store';
import type { VerifyReport } from '../disclosure/verify';
import { exportCvAsJsonResume, exportLogCsv, exportLogJson, listRecipients } from './partial';
import { readImportFile } from './read-file';
import { readVaultContent, readVaultForExport } from './store/read';
import type { TransferContext } from './store/port';
import { readLogPosition, writeVaultContent } from './store/write';
import { summariseImport, type ImportSummary } from './summary';

export type ExportForm = { kind: 'readable' } | { kind: 'protected'; passphrase: string };

/**
 * Returns a whole-vault export file as a download source. A readable file is written while it is
 * downloaded, reading this device's log in batches. `onProgress` counts what was read.
 */
export async function streamVaultExport(
  context: TransferContext,
  form: ExportForm,
  onProgress?: ProgressCallback,
  now = new Date(),
): Promise<DownloadSource> {
  if (form.kind === 'protected') checkPassphrase(form.passphrase);
  const { content, progress } = await readVaultForExport(context, onProgress, now);
  const options = { appVersion: context.appVersion, now };
  if (form.kind === 'protected') {
    const text = await exportProtected(content, form.passphrase, context.kdfIterations, options);
    progress.finish();
    return textSource(text);
  }
  const pieces = await exportReadable(content, options);
  async function* finishing(): AsyncGenerator<string> {
    yield* pieces;
    progress.finish();
  }
  return { pieces: finishing(), progress: progress.fraction };
}

/** Returns the text of a whole-vault export file. */
export async function exportVault(
  context: TransferContext,
  form: ExportForm,
  onProgress?: ProgressCallback,
  now?: Date,
): Promise<string> {
  return joinPieces((await streamVaultExport(context, form, onProgress, now)).pieces);
}

export async function exportCv(context: TransferContext): Promise<string> {
  return exportCvAsJsonResume((await readVaultContent(context)).cv);
}

/**
 * Returns this device's whole log in the log export format as a download source: the file is
 * written while it is downloaded, reading the entries in batches.
 */
export async function streamLogExport(context: TransferContext, now = new Date()): Promise<DownloadSource> {
  const log = await openStreamedLog(context.vault, now);
  return {
    pieces: writeJsonText(log.document),
    progress: () => (log.entryCount > 0 ? log.written() / log.entryCount : 0),
  };
}

/** Returns this device's log as JSON or CSV, for every recipient or for one origin. */
export async function exportLog(
  context: TransferContext,
  format: 'json' | 'csv',
  recipientOrigin?: string,
  now = new Date(),
): Promise<string> {
  if (format === 'json' && recipientOrigin === undefined) return joinPieces((await streamLogExport(context, now)).pieces);
  const log = await exportStoredLog(context.vault, now);
  if (format === 'csv') return exportLogCsv(log.entries, recipientOrigin);
  return exportLogJson(log, recipientOrigin);
}

/**
 * Returns the frame and action origins of this device's log, sorted. It reads the entries block by
 * block without building the export.
 */
export async function listLogRecipients(context: TransferContext): Promise<string[]> {
  // NOTE: recipient rows name frame origins only, so the action origins still cost a read of every entry.
  const origins = new Set<string>();
  for await (const entry of iterateEntries(context.vault)) {
    for (const origin of listRecipients([entry])) origins.add(origin);
  }
  return [...origins].sort();
}

/** An import checked and ready to apply. */
export interface PreparedImport {
  payload: ImportPayload;
  summary: ImportSummary;
}

export type ImportPreview = { status: 'needsPassphrase' } | { status: 'ready'; prepared: PreparedImport };

function toLogCheck(report: VerifyReport): LogCheck {
  if (report.status === 'intact') return { ok: true };
  const failure = report.failure;
  return { ok: false, reason: failure?.reason ?? 'entryChanged', seq: failure?.seq, detail: failure?.detail ?? '' };
}

/** Verifies every log of an import, each against the key it names. */
async function checkLogs(content: VaultContent): Promise<LogCheck[]> {
  const checks: LogCheck[] = [];
  for (const log of [...content.importedLogs, ...(content.log ? [content.log] : [])]) {
    try {
      checks.push(toLogCheck(await verifyLogExport(log)));
    } catch (error) {
      checks.push({ ok: false, reason: 'entryChanged', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return checks;
}

/** Reads an import file and returns what replace and merge would change. Nothing is stored. */
export async function previewImport(
  context: TransferContext,
  bytes: Uint8Array,
  passphrase?: string,
  onProgress?: ProgressCallback,
): Promise<ImportPreview> {
  const file = await readImportFile(bytes, { passphrase, minKdfIterations: context.minKdfIterations });
  if (file.status === 'needsPassphrase') return file;

  const current = await readVaultContent(context, onProgress);
  const payload = file.payload;
  const incoming = payload.kind === 'vault' ? payload.content : { ...current, cv: payload.cv };
  const logChecks = payload.kind === 'vault' ? await checkLogs(incoming) : [];
  const summary = summariseImport({
    kind: file.kind,
    meta: file.kind === 'jsonResume' ? undefined : file.meta,
    current,
    incoming,
    replaced: await planImport(current, payload, 'replace'),
    merged: await planImport(current, payload, 'merge'),
    logChecks,
  });
  return { status: 'ready', prepared: { payload, summary } };
}

/**
 * Applies a prepared import in `mode`, all or nothing. The vault is read again, so entries
 * logged since the preview are merged or replaced like the rest.
 */
export async function applyImport(
  context: TransferContext,
  prepared: PreparedImport,
  mode: ImportMode,
  onProgress?: ProgressCallback,
): Promise<void> {
  if (mode !== 'replace' && mode !== 'merge') throw new AppError('invalidRequest', `Unknown import mode ${String(mode)}`);
  // The log lock holds back fills until the import is written; the position check catches any
  // writer that does not take the lock.
  await withLogLock(async () => {
    const position = await readLogPosition(context);
    const current = await readVaultContent(context);
    const planned = await planImport(current, prepared.payload, mode);
    await writeVaultContent(context, planned, onProgress, position);
  });
}
