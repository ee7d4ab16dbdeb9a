// The shapes that transfer requests carry between the options page and the background.
import type { ImportSummary } from './summary';

/** A file the background prepared for download, fetched in chunks of text. */
export interface TransferDownload {
  downloadId: string;
  fileName: string;
  mimeType: string;
  chunkCount: number;
  totalChars: number;
}

export type TransferImportPreview =
  | { status: 'needsPassphrase' }
  | { status: 'ready'; importId: string; summary: ImportSummary };

export type TransferExportForm = { form: 'readable' } | { form: 'protected'; passphrase: string };

/** The notice the background sends to the extension's pages while a transfer runs. */
export interface TransferProgressNotice {
  type: 'transfer.progress';
  /** The running step: reading the vault (export, preview) or writing it (import). */
  phase: 'read' | 'write';
  done: number;
  total: number;
}

export const TRANSFER_PROGRESS = 'transfer.progress';

export function isTransferProgress(message: unknown): message is TransferProgressNotice {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TRANSFER_PROGRESS;
}
