import assert from 'node:assert/strict';
import { AppError } from '../../../src/messaging/protocol';
import { MAX_IMPORT_BYTES } from '../../../src/transfer/limits';
import { PendingTransfers } from '../../../src/transfer/pending';
import { decodeImportFile } from '../../../src/transfer/json/decode';
import { openProtectedExport, protectExport, readProtectedExport } from '../../../src/transfer/envelope';
import { parseStrictJson } from '../../../src/transfer/json/strict-parse';
import { applyImport, exportVault, previewImport } from '../../../src/transfer/service';
import { FAST_ITERATIONS, bytesOf, fillVault, makeVault, snapshotDb, type TestVault } from './helpers';

type Json = Record<string, any>;

interface Expected {
  code: string;
  path?: string;
  problem?: string;
}

function assertAppError(error: unknown, expected: Expected): void {
  assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  assert.equal(error.code, expected.code, error.message);
  if (expected.path !== undefined) assert.equal(error.params?.[0], expected.path, error.message);
  if (expected.problem !== undefined) assert.equal(error.params?.[1], expected.problem, error.message);
}

describe('transfer import of malformed files', () => {
  let source: TestVault;
  let target: TestVault;
  let readable: string;
  let protectedText: string;

  before(async () => {
    source = await makeVault();
    await fillVault(source.vault);
    readable = await exportVault(source.context, { kind: 'readable' });
    protectedText = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
  });

  after(async () => {
    await source.close();
  });

  beforeEach(async () => {
    target = await makeVault();
    await fillVault(target.vault);
  });

  afterEach(async () => {
    await target.close();
  });

  function edited(edit: (file: Json) => void): string {
    const file = JSON.parse(readable) as Json;
    edit(file);
    return JSON.stringify(file);
  }

  /** Runs a preview and an apply of `bytes` and checks the error and that nothing changed. */
  async function expectRejected(bytes: Uint8Array, expected: Expected, passphrase?: string, mode: 'replace' | 'merge' = 'replace'): Promise<void> {
    const before = await snapshotDb(target.vault);
    const settingsBefore = { ...target.settings.current };
    let caught: unknown;
    try {
      const preview = await previewImport(target.context, bytes, passphrase);
      if (preview.status === 'ready') await applyImport(target.context, preview.prepared, mode);
    } catch (error) {
      caught = error;
    }
    assertAppError(caught, expected);
    assert.equal(await snapshotDb(target.vault), before, 'the vault changed');
    assert.deepEqual(target.settings.current, settingsBefore, 'the settings changed');
  }

  it('rejects a truncated file', async () => {
    await expectRejected(bytesOf(readable.slice(0, Math.floor(readable.length / 2))), {
      code: 'invalidImport',
      problem: 'truncated',
    });
  });

  it('rejects trailing text', async () => {
    await expectRejected(bytesOf(`${readable} {}`), { code: 'invalidImport', path: '', problem: 'invalidJson' });
  });

  it('rejects a wrong type with its path', async () => {
    const text = edited((file) => {
      file.documents[0].size = '13';
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'documents[0].size', problem: 'expectedNumber' });
  });

  it('rejects an invalid MIME type', async () => {
    const text = edited((file) => {
      file.documents[1].mimeType = 'text plain';
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'documents[1].mimeType', problem: 'expectedOneOf' });
  });

  it('rejects an invalid CV date with its path', async () => {
    const text = edited((file) => {
      file.cv.work[1].startDate = '1 mars 2017';
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'cv.work[1].startDate', problem: 'invalidDate' });
  });

  it('rejects an invalid application fact with its path', async () => {
    const text = edited((file) => {
      file.cv['x-application'].earliestStartDate = '2027-02-30x';
    });
    await expectRejected(bytesOf(text), {
      code: 'invalidImport',
      path: 'cv.x-application.earliestStartDate',
      problem: 'invalidFullDate',
    });
  });

  it('rejects a huge CV string', async () => {
    const text = edited((file) => {
      file.cv.basics.summary = 'x'.repeat(50_000);
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'cv.basics.summary', problem: 'tooLong' });
  });

  it('rejects a huge log string', async () => {
    const text = edited((file) => {
      file.logs[0].entries[0].label = 'x'.repeat(200_000);
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'logs[0].entries[0].label', problem: 'tooLong' });
  });

  it('rejects a string past the parse limit', async () => {
    const text = edited((file) => {
      file.applications[0].company = 'x'.repeat(15_000_000);
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'applications[0].company', problem: 'tooLong' });
  });

  it('rejects a wrong passphrase', async () => {
    await expectRejected(bytesOf(protectedText), { code: 'wrongPassphrase' }, 'not the passphrase');
  });

  it('asks for the passphrase of a protected file', async () => {
    const preview = await previewImport(target.context, bytesOf(protectedText));
    assert.equal(preview.status, 'needsPassphrase');
  });

  it('rejects tampered ciphertext', async () => {
    const envelope = JSON.parse(protectedText) as Json;
    const bytes = Buffer.from(envelope.ciphertext as string, 'base64');
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01;
    envelope.ciphertext = bytes.toString('base64');
    await expectRejected(bytesOf(JSON.stringify(envelope)), { code: 'importTampered', path: 'ciphertext', problem: 'tampered' }, 'another passphrase');
  });

  it('rejects a tampered header', async () => {
    const envelope = JSON.parse(protectedText) as Json;
    envelope.cipher.iv = Buffer.alloc(12, 7).toString('base64');
    await expectRejected(bytesOf(JSON.stringify(envelope)), { code: 'importTampered' }, 'another passphrase');
  });

  it('rejects weak key derivation', async () => {
    const envelope = JSON.parse(protectedText) as Json;
    envelope.kdf.iterations = 10;
    await expectRejected(bytesOf(JSON.stringify(envelope)), { code: 'invalidImport', path: 'kdf.iterations', problem: 'weakKdf' }, 'another passphrase');
  });

  it('rejects a newer format version', async () => {
    const text = edited((file) => {
      file.formatVersion = 2;
    });
    await expectRejected(bytesOf(text), { code: 'importVersionUnsupported', path: 'formatVersion', problem: 'newerVersion' });
  });

  it('rejects a newer protected version', async () => {
    const envelope = JSON.parse(protectedText) as Json;
    envelope.formatVersion = 99;
    await expectRejected(bytesOf(JSON.stringify(envelope)), { code: 'importVersionUnsupported', path: 'formatVersion' }, 'another passphrase');
  });

  it('rejects a duplicate key', async () => {
    const text = readable.replace('"basics": {', '"basics": {\n    "name": "Someone Else",');
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'cv.basics.name', problem: 'duplicateKey' });
  });

  it('rejects __proto__ without touching prototypes', async () => {
    const text = readable.replace('"basics": {', '"basics": {\n    "__proto__": { "polluted": true },');
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'cv.basics.__proto__', problem: 'forbiddenKey' });
    assert.equal(({} as Json).polluted, undefined);
  });

  it('rejects constructor and prototype keys', async () => {
    for (const key of ['constructor', 'prototype']) {
      const text = readable.replace('"settings": {', `"settings": {\n    "${key}": 1,`);
      await expectRejected(bytesOf(text), { code: 'invalidImport', path: `settings.${key}`, problem: 'forbiddenKey' });
    }
  });

  it('rejects UTF-16 text', async () => {
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readable, 'utf16le')]);
    await expectRejected(new Uint8Array(withBom), { code: 'invalidImport', path: '', problem: 'utf16' });
    const withoutBom = Buffer.from(readable, 'utf16le');
    await expectRejected(new Uint8Array(withoutBom), { code: 'invalidImport', path: '', problem: 'utf16' });
  });

  it('rejects invalid UTF-8', async () => {
    const bytes = bytesOf(readable);
    const broken = new Uint8Array(bytes.length + 1);
    broken.set(bytes);
    broken[bytes.length] = 0xc3;
    await expectRejected(broken, { code: 'invalidImport', path: '', problem: 'notUtf8' });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(readable)]);
    const preview = await previewImport(target.context, bytes);
    assert.equal(preview.status, 'ready');
  });

  it('rejects a file over the size limit', () => {
    assert.throws(() => decodeImportFile(bytesOf(readable), 100), (error) => {
      assertAppError(error, { code: 'importTooLarge', path: '', problem: 'tooLarge' });
      return true;
    });
    assert.throws(() => new PendingTransfers().beginUpload(MAX_IMPORT_BYTES + 1), (error) => {
      assertAppError(error, { code: 'importTooLarge' });
      return true;
    });
  });

  it('rejects a private key in a readable file', async () => {
    const text = edited((file) => {
      file.deviceKey = { algorithm: 'Ed25519', publicKey: 'a'.repeat(64), privateKey: 'b'.repeat(64) };
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'deviceKey', problem: 'privateKeyInReadable' });
  });

  it('rejects a readable file marked encrypted', async () => {
    const text = edited((file) => {
      file.encrypted = true;
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: 'encrypted', problem: 'expectedOneOf' });
  });

  it('rejects a device key pair that does not match', async () => {
    const plaintext = JSON.parse(
      await openProtectedExport(readProtectedExport(parseStrictJson(protectedText), FAST_ITERATIONS), 'another passphrase'),
    ) as Json;
    plaintext.deviceKey.publicKey = 'ab'.repeat(32);
    const forged = await protectExport(JSON.stringify(plaintext), 'another passphrase', FAST_ITERATIONS, 'test');
    await expectRejected(bytesOf(JSON.stringify(forged)), { code: 'invalidImport', path: 'deviceKey.publicKey', problem: 'invalidKey' }, 'another passphrase');
  });

  it('rejects a document whose hash differs', async () => {
    let index = -1;
    const text = edited((file) => {
      // Documents added in the same millisecond may be exported in either order.
      index = (file.documents as Json[]).findIndex((document) => document.name === 'cv.pdf');
      file.documents[index].base64 = Buffer.from('%PDF-1.7 tEst').toString('base64');
    });
    await expectRejected(bytesOf(text), { code: 'invalidImport', path: `documents[${index}].sha256`, problem: 'hashMismatch' });
  });

  it('rejects an unknown format', async () => {
    await expectRejected(bytesOf('{"format":"something-else"}'), { code: 'invalidImport', path: 'format', problem: 'unknownFormat' });
    await expectRejected(bytesOf('[1, 2]'), { code: 'invalidImport', path: '', problem: 'expectedObject' });
  });

  it('rejects a merge past the document limit', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 - 1, 1).toString('base64');
    const text = edited((file) => {
      file.documents = [0, 1, 2, 3, 4].map((i) => ({
        ...file.documents[0],
        id: `big-${i}`,
        name: `big-${i}.pdf`,
        size: 10 * 1024 * 1024 - 1,
        base64: big,
        sha256: '',
      }));
    });
    // Fix the hashes so the file itself is valid and only the merge overflows.
    const file = JSON.parse(text) as Json;
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from(big, 'base64'))).toString('hex');
    for (const document of file.documents) document.sha256 = digest;
    await expectRejected(bytesOf(JSON.stringify(file)), { code: 'documentsFull', path: 'documents' }, undefined, 'merge');
  });

  it('leaves the vault as it was when the write fails', async () => {
    const preview = await previewImport(target.context, bytesOf(readable));
    assert.equal(preview.status, 'ready');
    if (preview.status !== 'ready') return;
    const before = await snapshotDb(target.vault);
    const recipients = target.vault.db.recipients;
    const original = recipients.bulkAdd.bind(recipients);
    recipients.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof recipients.bulkAdd;
    try {
      await assert.rejects(applyImport(target.context, preview.prepared, 'replace'), /disk full/);
    } finally {
      recipients.bulkAdd = original;
    }
    assert.equal(await snapshotDb(target.vault), before);
  });
});
