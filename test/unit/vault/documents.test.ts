import './helpers';
import assert from 'node:assert/strict';
import { MAX_DOCUMENT_BYTES, MAX_TOTAL_DOCUMENT_BYTES } from '../../../src/vault/limits';
import type { UnlockedVault } from '../../../src/vault/unlocked-vault';
import type { Vault } from '../../../src/vault/vault';
import { newVault, PASSPHRASE, rejectsWithCode, TEST_ITERATIONS } from './helpers';

const MIB = 1024 * 1024;

function bytes(length: number, fill = 7): Uint8Array {
  return new Uint8Array(length).fill(fill);
}

describe('vault documents', () => {
  let vault: Vault;
  let unlocked: UnlockedVault;

  beforeEach(async () => {
    vault = newVault();
    unlocked = (await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS })).vault;
  });

  afterEach(async () => {
    await vault.deleteEverything();
    vault.db.close();
  });

  it('adds, lists, reads and removes', async () => {
    const content = new TextEncoder().encode('%PDF-1.7 Anna');
    const info = await unlocked.addDocument({ name: 'Anna CV.pdf', mimeType: 'application/pdf', role: 'cv', bytes: content });
    assert.equal(info.size, content.length);
    assert.equal(info.role, 'cv');
    const letter = await unlocked.addDocument({ name: 'Brev.pdf', mimeType: 'application/pdf', role: 'coverLetter', bytes: bytes(10) });

    const listed = await unlocked.listDocuments();
    assert.deepEqual(listed.map((doc) => doc.id).sort(), [info.id, letter.id].sort());
    assert.deepEqual(listed.find((doc) => doc.id === info.id), info);
    assert.deepEqual(await unlocked.readDocument(info.id), content);

    await unlocked.removeDocument(info.id);
    assert.deepEqual((await unlocked.listDocuments()).map((doc) => doc.id), [letter.id]);
    assert.equal(await vault.db.documentBytes.get(info.id), undefined);
    await rejectsWithCode(unlocked.readDocument(info.id), 'invalidRequest');
    await rejectsWithCode(unlocked.removeDocument(info.id), 'invalidRequest');
  });

  it('changes a role', async () => {
    const info = await unlocked.addDocument({ name: 'a.pdf', mimeType: 'application/pdf', role: 'other', bytes: bytes(3) });
    await unlocked.setDocumentRole(info.id, 'coverLetter');
    assert.equal((await unlocked.readDocumentInfo(info.id)).role, 'coverLetter');
    await rejectsWithCode(unlocked.setDocumentRole(info.id, 'photo' as never), 'invalidRequest');
  });

  it('rejects a document over 10 MiB', async () => {
    await unlocked.addDocument({ name: 'max.pdf', mimeType: 'application/pdf', role: 'cv', bytes: bytes(MAX_DOCUMENT_BYTES) });
    await rejectsWithCode(
      unlocked.addDocument({ name: 'big.pdf', mimeType: 'application/pdf', role: 'cv', bytes: bytes(MAX_DOCUMENT_BYTES + 1) }),
      'documentTooLarge',
      ['big.pdf', String(MAX_DOCUMENT_BYTES + 1), String(MAX_DOCUMENT_BYTES)],
    );
    assert.equal((await unlocked.listDocuments()).length, 1);
  });

  it('rejects documents past 50 MiB in all', async () => {
    for (let i = 0; i < 5; i++) {
      await unlocked.addDocument({ name: `part${i}.pdf`, mimeType: 'application/pdf', role: 'other', bytes: bytes(10 * MIB - 1) });
    }
    await unlocked.addDocument({ name: 'fits.txt', mimeType: 'text/plain', role: 'other', bytes: bytes(5) });
    await rejectsWithCode(
      unlocked.addDocument({ name: 'sixth.pdf', mimeType: 'application/pdf', role: 'other', bytes: bytes(6) }),
      'documentsFull',
      ['sixth.pdf', String(MAX_TOTAL_DOCUMENT_BYTES), String(MAX_TOTAL_DOCUMENT_BYTES)],
    );
    assert.equal((await unlocked.listDocuments()).length, 6);
    assert.equal(await vault.db.documentBytes.count(), 6);
  });

  it('rejects a bad name or MIME type', async () => {
    await rejectsWithCode(unlocked.addDocument({ name: ' ', mimeType: 'application/pdf', role: 'cv', bytes: bytes(1) }), 'invalidRequest');
    await rejectsWithCode(unlocked.addDocument({ name: 'a.pdf', mimeType: 'pdf', role: 'cv', bytes: bytes(1) }), 'invalidRequest');
  });

  it('stores an unknown MIME type as octet-stream', async () => {
    const info = await unlocked.addDocument({ name: 'cv.pages', mimeType: '', role: 'cv', bytes: bytes(2) });
    assert.equal(info.mimeType, 'application/octet-stream');
  });

  it('document bytes do not open under another id', async () => {
    const first = await unlocked.addDocument({ name: 'a.pdf', mimeType: 'application/pdf', role: 'cv', bytes: bytes(4, 1) });
    const second = await unlocked.addDocument({ name: 'b.pdf', mimeType: 'application/pdf', role: 'cv', bytes: bytes(4, 2) });
    const row = (await vault.db.documentBytes.get(first.id))!;
    await vault.db.documentBytes.put({ id: second.id, sealed: row.sealed });
    await assert.rejects(unlocked.readDocument(second.id), { name: 'DecryptionError' });
  });
});
