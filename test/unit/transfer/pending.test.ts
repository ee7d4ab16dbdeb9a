import assert from 'node:assert/strict';
import { AppError } from '../../../src/messaging/protocol';
import { CHUNK_BYTES, CHUNK_CHARS, TRANSFER_TTL_MS } from '../../../src/transfer/limits';
import { PendingTransfers } from '../../../src/transfer/pending';
import type { PreparedImport } from '../../../src/transfer/service';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

const prepared = { payload: { kind: 'cv' }, summary: {} } as unknown as PreparedImport;

describe('pending transfers', () => {
  it('reassembles an upload from chunks', () => {
    const pending = new PendingTransfers();
    const bytes = new Uint8Array(CHUNK_BYTES + 10).map((_value, i) => i & 0xff);
    const { uploadId, chunkBytes } = pending.beginUpload(bytes.length);
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      pending.addChunk(uploadId, offset, Buffer.from(bytes.subarray(offset, offset + chunkBytes)).toString('base64'));
    }
    assert.deepEqual(pending.uploadedBytes(uploadId), bytes);
  });

  it('rejects chunks out of order or too long', () => {
    const pending = new PendingTransfers();
    const { uploadId } = pending.beginUpload(4);
    assert.equal(codeOf(() => pending.addChunk(uploadId, 2, 'AAA=')), 'invalidRequest');
    assert.equal(codeOf(() => pending.addChunk(uploadId, 0, 'AAAAAAAA')), 'invalidRequest');
    assert.equal(codeOf(() => pending.uploadedBytes(uploadId)), 'invalidRequest');
  });

  it('splits a download into chunks', () => {
    const pending = new PendingTransfers();
    const text = 'å'.repeat(CHUNK_CHARS * 2 + 5);
    const download = pending.addDownload(text, 'file.json', 'application/json');
    assert.equal(download.chunkCount, 3);
    assert.equal(download.totalChars, text.length);

    const parts = [0, 1, 2].map((index) => pending.downloadChunk(download.downloadId, index));
    assert.equal(parts.join(''), text);
    // Reading the last chunk deletes the download.
    assert.equal(codeOf(() => pending.downloadChunk(download.downloadId, 0)), 'previewExpired');
  });

  it('applies a prepared import once', () => {
    const pending = new PendingTransfers();
    const { uploadId } = pending.beginUpload(0);
    const importId = pending.finishUpload(uploadId, prepared);
    assert.equal(pending.takeImport(importId), prepared);
    assert.equal(codeOf(() => pending.takeImport(importId)), 'previewExpired');
    assert.equal(codeOf(() => pending.uploadedBytes(uploadId)), 'previewExpired');
  });

  it('expires items and clears on demand', () => {
    let now = 1_000;
    const pending = new PendingTransfers(() => now);
    const first = pending.addDownload('a', 'a.json', 'application/json');
    now += TRANSFER_TTL_MS;
    assert.equal(codeOf(() => pending.downloadChunk(first.downloadId, 0)), 'previewExpired');

    const second = pending.addDownload('b', 'b.json', 'application/json');
    pending.clear();
    assert.equal(codeOf(() => pending.downloadChunk(second.downloadId, 0)), 'previewExpired');
  });
});
