// State kept between the steps of a transfer: uploaded file bytes, previewed imports and exports
// waiting to be downloaded. Each item expires after TRANSFER_TTL_MS. Because items contain
// decrypted data, the owner calls clear() when the vault locks.
import { AppError } from '../messaging/protocol';
import { fromBase64 } from '../vault/crypto/encoding';
import { StreamedDownload, textSource, type DownloadSource } from './download';
import { CHUNK_BYTES, MAX_IMPORT_BYTES, TRANSFER_TTL_MS } from './limits';
import { importError } from './problems';
import type { PreparedImport } from './service';
import type { TransferChunk, TransferDownload } from './wire';

interface Upload {
  bytes: Uint8Array;
  received: number;
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

class ExpiringMap<T> {
  private readonly items = new Map<string, Expiring<T>>();

  /** `drop` runs for each item that expires or is cleared, not for one deleted by id. */
  constructor(
    private readonly now: () => number,
    private readonly drop: (value: T) => void = () => undefined,
  ) {}

  add(value: T): string {
    this.dropExpired();
    const id = crypto.randomUUID();
    this.items.set(id, { value, expiresAt: this.now() + TRANSFER_TTL_MS });
    return id;
  }

  get(id: string): T {
    this.dropExpired();
    const item = this.items.get(id);
    if (!item) throw new AppError('previewExpired', `No transfer item ${id}; it expired or the vault was locked`);
    return item.value;
  }

  delete(id: string): void {
    this.items.delete(id);
  }

  clear(): void {
    for (const item of this.items.values()) this.drop(item.value);
    this.items.clear();
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, item] of this.items) {
      if (item.expiresAt > now) continue;
      this.items.delete(id);
      this.drop(item.value);
    }
  }
}

export class PendingTransfers {
  private readonly uploads: ExpiringMap<Upload>;
  private readonly imports: ExpiringMap<PreparedImport>;
  private readonly downloads: ExpiringMap<StreamedDownload>;

  constructor(now: () => number = Date.now) {
    this.uploads = new ExpiringMap(now);
    this.imports = new ExpiringMap(now);
    this.downloads = new ExpiringMap(now, (download) => download.cancel());
  }

  beginUpload(size: number): { uploadId: string; chunkBytes: number } {
    if (!Number.isSafeInteger(size) || size < 0) throw new AppError('invalidRequest', `Invalid upload size ${String(size)}`);
    if (size > MAX_IMPORT_BYTES) {
      throw importError('', 'tooLarge', [String(size), String(MAX_IMPORT_BYTES)], 'importTooLarge');
    }
    return { uploadId: this.uploads.add({ bytes: new Uint8Array(size), received: 0 }), chunkBytes: CHUNK_BYTES };
  }

  /** Stores one chunk; chunks arrive in order, each at the offset where the last one ended. */
  addChunk(uploadId: string, offset: number, base64: string): void {
    const upload = this.uploads.get(uploadId);
    if (offset !== upload.received) throw new AppError('invalidRequest', `Expected the chunk at ${upload.received}, got ${offset}`);
    const chunk = fromBase64(base64);
    if (chunk.length > CHUNK_BYTES || offset + chunk.length > upload.bytes.length) {
      throw new AppError('invalidRequest', 'The chunk does not fit the upload');
    }
    upload.bytes.set(chunk, offset);
    upload.received += chunk.length;
  }

  /** Returns a complete upload's bytes. The upload stays, so a wrong passphrase can be retried. */
  uploadedBytes(uploadId: string): Uint8Array {
    const upload = this.uploads.get(uploadId);
    if (upload.received !== upload.bytes.length) {
      throw new AppError('invalidRequest', `The upload has ${upload.received} of ${upload.bytes.length} bytes`);
    }
    return upload.bytes;
  }

  finishUpload(uploadId: string, prepared: PreparedImport): string {
    this.uploads.delete(uploadId);
    return this.imports.add(prepared);
  }

  /** Returns a prepared import and deletes it, so it is applied at most once. */
  takeImport(importId: string): PreparedImport {
    const prepared = this.imports.get(importId);
    this.imports.delete(importId);
    return prepared;
  }

  /** Prepares a download of a text that exists whole. */
  addDownload(text: string, fileName: string, mimeType: string): TransferDownload {
    return this.addStream(textSource(text), fileName, mimeType);
  }

  /** Prepares a download whose text `source` produces while the page fetches the chunks. */
  addStream(source: DownloadSource, fileName: string, mimeType: string): TransferDownload {
    const downloadId = this.downloads.add(new StreamedDownload(source));
    return { downloadId, fileName, mimeType };
  }

  /**
   * Returns chunk `index` of a download, once it is produced. Chunks are fetched in order from 0.
   * The last chunk, or a failure to produce one, deletes the download.
   */
  async downloadChunk(downloadId: string, index: number): Promise<TransferChunk> {
    const download = this.downloads.get(downloadId);
    try {
      const chunk = await download.take(index);
      if (chunk.last) this.downloads.delete(downloadId);
      return chunk;
    } catch (error) {
      this.downloads.delete(downloadId);
      download.cancel();
      throw error;
    }
  }

  /** Forgets everything, as when the vault locks. */
  clear(): void {
    this.uploads.clear();
    this.imports.clear();
    this.downloads.clear();
  }
}
