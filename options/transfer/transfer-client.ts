// The page side of a transfer: files go to the background in base64 chunks and come back in text
// chunks, so no message nears the browsers' size limit, and the background's progress notices
// reach the page through a listener.
import { useEffect, useState } from 'preact/hooks';
import browser from '../../src/platform/browser';
import { request, requestFromWorker } from '../../src/messaging/client';
import { toBase64 } from '../../src/vault/crypto/encoding';
import { isTransferProgress, type TransferDownload, type TransferProgressNotice } from '../../src/transfer/wire';

/** Sends a file to the background and returns the upload id that transfer.previewImport reads. */
export async function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { uploadId, chunkBytes } = await request('transfer.beginUpload', { size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const chunk = bytes.subarray(offset, offset + chunkBytes);
    await request('transfer.uploadChunk', { uploadId, offset, base64: toBase64(chunk) });
    onProgress(Math.min(1, (offset + chunk.length) / bytes.length));
  }
  return uploadId;
}

/**
 * Fetches a prepared download chunk by chunk and saves it through a Blob URL and an <a download>
 * link. The request for the next chunk goes out before the current one is stored, so the
 * background produces and sends it meanwhile. `onProgress` receives each chunk's progress.
 */
export async function saveDownload(download: TransferDownload, onProgress: (fraction: number) => void): Promise<void> {
  const parts: Blob[] = [];
  let next = requestFromWorker('transfer.downloadChunk', { downloadId: download.downloadId, index: 0 });
  for (let index = 0; ; index += 1) {
    const chunk = await next;
    if (!chunk.last) next = requestFromWorker('transfer.downloadChunk', { downloadId: download.downloadId, index: index + 1 });
    // A Blob part encodes the text as UTF-8 now, so no chunk's string outlives its turn.
    parts.push(new Blob([chunk.text]));
    onProgress(chunk.progress);
    if (chunk.last) break;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: download.mimeType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = download.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click starts the download synchronously; the URL is released on the next task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Returns the latest progress notice from the background, or null before the first. */
export function useTransferProgress(): [TransferProgressNotice | null, (notice: TransferProgressNotice | null) => void] {
  const [progress, setProgress] = useState<TransferProgressNotice | null>(null);
  useEffect(() => {
    // Returns undefined, so other listeners still reply to their own requests.
    const listener = (message: unknown): undefined => {
      if (isTransferProgress(message)) setProgress(message);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return [progress, setProgress];
}
