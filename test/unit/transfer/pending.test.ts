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

async function codeOfAsync(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
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

  it('splits a download into chunks', async () => {
    const pending = new PendingTransfers();
    const text = 'å'.repeat(CHUNK_CHARS * 2 + 5);
    const download = pending.addDownload(text, 'file.json', 'application/json');

    const chunks = [];
    for (let index = 0; index < 3; index += 1) chunks.push(await pending.downloadChunk(download.downloadId, index));
    assert.deepEqual(chunks.map((chunk) => chunk.text.length), [CHUNK_CHARS, CHUNK_CHARS, 5]);
    assert.deepEqual(chunks.map((chunk) => chunk.last), [false, false, true]);
    assert.equal(chunks.map((chunk) => chunk.text).join(''), text);
    assert.equal(chunks[0]?.progress, CHUNK_CHARS / text.length);
    assert.equal(chunks[2]?.progress, 1);
    // Reading the last chunk deletes the download.
    assert.equal(await codeOfAsync(() => pending.downloadChunk(download.downloadId, 0)), 'previewExpired');
  });

  it('sends an empty text as one last chunk', async () => {
    const pending = new PendingTransfers();
    const download = pending.addDownload('', 'empty.csv', 'text/csv');
    assert.deepEqual(await pending.downloadChunk(download.downloadId, 0), { text: '', last: true, progress: 1 });
  });

  it('never splits a surrogate pair between chunks', async () => {
    const pending = new PendingTransfers();
    const text = `${'a'.repeat(CHUNK_CHARS - 1)}😀${'b'.repeat(10)}`;
    const download = pending.addDownload(text, 'file.json', 'application/json');
    const first = await pending.downloadChunk(download.downloadId, 0);
    const second = await pending.downloadChunk(download.downloadId, 1);
    assert.equal(first.text.length, CHUNK_CHARS - 1);
    assert.ok(second.text.startsWith('😀'));
    assert.equal(first.text + second.text, text);
  });

  it('produces a streamed download while chunks are fetched', async () => {
    const pending = new PendingTransfers();
    let produced = 0;
    async function* pieces(): AsyncGenerator<string> {
      for (let piece = 0; piece < 10; piece += 1) {
        produced += 1;
        yield 'x'.repeat(CHUNK_CHARS / 2);
      }
    }
    const download = pending.addStream({ pieces: pieces(), progress: () => produced / 10 }, 'log.json', 'application/json');
    const first = await pending.downloadChunk(download.downloadId, 0);
    assert.equal(first.last, false);
    assert.ok(produced < 10, `all ${produced} pieces were produced before the first chunk went out`);
    assert.ok(first.progress > 0, `progress ${first.progress}`);
    assert.ok(first.progress < 1, `progress ${first.progress}`);

    const rest = [];
    for (let index = 1; ; index += 1) {
      const chunk = await pending.downloadChunk(download.downloadId, index);
      rest.push(chunk);
      if (chunk.last) break;
    }
    assert.equal([first, ...rest].map((chunk) => chunk.text).join('').length, 5 * CHUNK_CHARS);
  });

  it('reports a failed production to the next request', async () => {
    const pending = new PendingTransfers();
    async function* pieces(): AsyncGenerator<string> {
      yield 'x'.repeat(CHUNK_CHARS + 1);
      throw new AppError('vaultLocked', 'The vault locked');
    }
    const download = pending.addStream({ pieces: pieces(), progress: () => 0 }, 'log.json', 'application/json');
    assert.equal((await pending.downloadChunk(download.downloadId, 0)).last, false);
    assert.equal(await codeOfAsync(() => pending.downloadChunk(download.downloadId, 1)), 'vaultLocked');
    assert.equal(await codeOfAsync(() => pending.downloadChunk(download.downloadId, 1)), 'previewExpired');
  });

  it('rejects chunks out of order', async () => {
    const pending = new PendingTransfers();
    const download = pending.addDownload('x'.repeat(CHUNK_CHARS * 2), 'file.json', 'application/json');
    assert.equal(await codeOfAsync(() => pending.downloadChunk(download.downloadId, 1)), 'invalidRequest');
  });

  it('stops production when cleared', async () => {
    const pending = new PendingTransfers();
    let finished = false;
    async function* pieces(): AsyncGenerator<string> {
      try {
        for (;;) yield 'x'.repeat(CHUNK_CHARS);
      } finally {
        finished = true;
      }
    }
    const download = pending.addStream({ pieces: pieces(), progress: () => 0 }, 'log.json', 'application/json');
    await pending.downloadChunk(download.downloadId, 0);
    pending.clear();
    assert.equal(await codeOfAsync(() => pending.downloadChunk(download.downloadId, 1)), 'previewExpired');
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(finished, true);
  });

  it('applies a prepared import once', () => {
    const pending = new PendingTransfers();
    const { uploadId } = pending.beginUpload(0);
    const importId = pending.finishUpload(uploadId, prepared);
    assert.equal(pending.takeImport(importId), prepared);
    assert.equal(codeOf(() => pending.takeImport(importId)), 'previewExpired');
    assert.equal(codeOf(() => pending.uploadedBytes(uploadId)), 'previewExpired');
  });

  it('expires items and clears on demand', async () => {
    let now = 1_000;
    const pending = new PendingTransfers(() => now);
    const first = pending.addDownload('a', 'a.json', 'application/json');
    now += TRANSFER_TTL_MS;
    assert.equal(await codeOfAsync(() => pending.downloadChunk(first.downloadId, 0)), 'previewExpired');

    const second = pending.addDownload('b', 'b.json', 'application/json');
    pending.clear();
    assert.equal(await codeOfAsync(() => pending.downloadChunk(second.downloadId, 0)), 'previewExpired');
  });
});
