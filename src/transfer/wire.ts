// The shapes that transfer requests carry between the options page and the background.
import type { ImportSummary } from './summary';

/**
 * A file the background prepared for download. The page fetches its chunks of text in order with
 * `transfer.downloadChunk`, starting at index 0, until a chunk is marked last. The background may
 * still be producing later chunks while the page fetches the first ones.
 */
export interface TransferDownload {
  downloadId: string;
  fileName: string;
  mimeType: string;
}

/** One chunk of a download's text. */
export interface TransferChunk {
  text: string;
  /** True for the file's last chunk. The background deletes the download once it sends that chunk. */
  last: boolean;
  /** How far the background had come with the file when it cut this chunk, from 0 to 1. */
  progress: number;
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
