// Handlers for export and import requests from the options page. Large files travel in chunks of
// a few MiB, so no runtime message nears a browser's message size limit, and long steps send
// `transfer.progress` notices that the page shows as a progress bar.
import browser from '../platform/browser';
import { AppError, type PageRequests } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import { PRODUCTION_KDF_POLICY, KDF_DEFAULT_ITERATIONS } from '../vault/crypto/keyring';
import type { ProgressCallback } from '../transfer/content';
import { PendingTransfers } from '../transfer/pending';
import {
  applyImport,
  exportCv,
  exportLog,
  listLogRecipients,
  previewImport,
  streamLogExport,
  streamVaultExport,
} from '../transfer/service';
import type { TransferContext } from '../transfer/store/port';
import { TRANSFER_PROGRESS, type TransferProgressNotice } from '../transfer/wire';
import { SESSION_KEY_ITEM } from '../vault/vault-session';
import { requireUnlockedVault, session } from './session';

type TransferRequest = Extract<keyof PageRequests, `transfer.${string}`>;

/** Uploads, previewed imports and prepared downloads, which contain decrypted data. */
export const pendingTransfers = new PendingTransfers();

/**
 * Drops pending transfers when the vault locks. Locking removes the data key from
 * storage.session, which fires storage.onChanged. Call once when the background starts.
 */
export function startTransferLifecycle(): void {
  // NOTE: where the browser has no storage.session, no change fires, and the items only expire.
  browser.storage.onChanged.addListener((changes, areaName) => {
    const change = changes[SESSION_KEY_ITEM];
    if (areaName === 'session' && change && change.newValue === undefined) pendingTransfers.clear();
  });
}

async function transferContext(): Promise<TransferContext> {
  const vault = await requireUnlockedVault();
  const settings = await session.getSettings();
  return {
    vault,
    settings: { read: () => session.getSettings(), apply: (next) => session.saveSettings(next).then(() => undefined) },
    appVersion: browser.runtime.getManifest().version,
    minKdfIterations: PRODUCTION_KDF_POLICY.minIterations,
    kdfIterations: Math.max(settings.kdfIterations, KDF_DEFAULT_ITERATIONS),
  };
}

/** Returns a callback that sends progress notices, at most one per percent. */
function progressReporter(phase: TransferProgressNotice['phase']): ProgressCallback {
  let lastPercent = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
    if (percent === lastPercent) return;
    lastPercent = percent;
    const notice: TransferProgressNotice = { type: TRANSFER_PROGRESS, phase, done, total };
    // No page may be listening; a missing receiver is not an error here.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  };
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new AppError('invalidRequest', `${name} must be a string`, [name]);
  return value;
}

function fileStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const transferHandlers: HandlerTable<TransferRequest> = {
  async 'transfer.beginUpload'({ size }) {
    await requireUnlockedVault();
    return pendingTransfers.beginUpload(size);
  },

  async 'transfer.uploadChunk'({ uploadId, offset, base64 }) {
    await requireUnlockedVault();
    pendingTransfers.addChunk(requireText(uploadId, 'uploadId'), offset, requireText(base64, 'base64'));
  },

  async 'transfer.previewImport'({ uploadId, passphrase }) {
    const context = await transferContext();
    const bytes = pendingTransfers.uploadedBytes(requireText(uploadId, 'uploadId'));
    const filePassphrase = passphrase === undefined ? undefined : requireText(passphrase, 'passphrase');
    const preview = await previewImport(context, bytes, filePassphrase, progressReporter('read'));
    if (preview.status === 'needsPassphrase') return preview;
    const importId = pendingTransfers.finishUpload(uploadId, preview.prepared);
    return { status: 'ready', importId, summary: preview.prepared.summary };
  },

  async 'transfer.applyImport'({ importId, mode }) {
    const context = await transferContext();
    const prepared = pendingTransfers.takeImport(requireText(importId, 'importId'));
    await applyImport(context, prepared, mode, progressReporter('write'));
  },

  async 'transfer.export'(form) {
    const context = await transferContext();
    const exportForm =
      form.form === 'protected'
        ? { kind: 'protected' as const, passphrase: requireText(form.passphrase, 'passphrase') }
        : { kind: 'readable' as const };
    const source = await streamVaultExport(context, exportForm, progressReporter('read'));
    const suffix = form.form === 'protected' ? 'protected' : 'readable';
    return pendingTransfers.addStream(source, `meritvalv-${suffix}-${fileStamp()}.json`, 'application/json');
  },

  async 'transfer.exportCv'() {
    const text = await exportCv(await transferContext());
    return pendingTransfers.addDownload(text, `cv-${fileStamp()}.resume.json`, 'application/json');
  },

  async 'transfer.exportLog'({ format, recipientOrigin }) {
    if (format !== 'json' && format !== 'csv') throw new AppError('invalidRequest', `Unknown log format ${String(format)}`);
    const fileName = `meritvalv-log-${fileStamp()}.${format}`;
    const context = await transferContext();
    // The whole log as JSON, the large one, is written while the page downloads it.
    if (format === 'json' && recipientOrigin === undefined) {
      return pendingTransfers.addStream(await streamLogExport(context), fileName, 'application/json');
    }
    const text = await exportLog(context, format, recipientOrigin);
    return pendingTransfers.addDownload(text, fileName, format === 'csv' ? 'text/csv' : 'application/json');
  },

  async 'transfer.listRecipients'() {
    return listLogRecipients(await transferContext());
  },

  async 'transfer.downloadChunk'({ downloadId, index }) {
    await requireUnlockedVault();
    return pendingTransfers.downloadChunk(requireText(downloadId, 'downloadId'), index);
  },
};

/**
 * The transfer requests that pages send straight to the Chromium service worker
 * (requestFromWorker), because their replies are large. They stay in transferHandlers for Firefox.
 */
export const transferWorkerHandlers: HandlerTable<'transfer.downloadChunk'> = {
  'transfer.downloadChunk': transferHandlers['transfer.downloadChunk'],
};
