import assert from 'node:assert/strict';
import { verifyLogExport, verifyStoredLog } from '../../../src/disclosure/export';
import { rotateDeviceKey } from '../../../src/disclosure/log';
import { generateKeyPair } from '../../../src/disclosure/signing';
import type { VaultExport } from '../../../src/transfer/format';
import { openProtectedExport, readProtectedExport } from '../../../src/transfer/envelope';
import { parseStrictJson } from '../../../src/transfer/json/strict-parse';
import { applyImport, exportVault, previewImport } from '../../../src/transfer/service';
import {
  FAST_ITERATIONS,
  bytesOf,
  fillVault,
  makeVault,
  withoutTimestamps,
  type TestVault,
} from './helpers';

async function importInto(target: TestVault, text: string, mode: 'replace' | 'merge', passphrase?: string): Promise<void> {
  const preview = await previewImport(target.context, bytesOf(text), passphrase);
  assert.equal(preview.status, 'ready');
  if (preview.status !== 'ready') return;
  await applyImport(target.context, preview.prepared, mode);
}

async function decryptExport(text: string, passphrase: string): Promise<string> {
  return openProtectedExport(readProtectedExport(parseStrictJson(text), FAST_ITERATIONS), passphrase);
}

describe('transfer round trip', () => {
  let source: TestVault;
  let target: TestVault;

  beforeEach(async () => {
    source = await makeVault();
    target = await makeVault();
    await fillVault(source.vault);
    source.settings.current = { autoLockMinutes: 30, kdfIterations: FAST_ITERATIONS };
  });

  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('readable export survives a round trip', async () => {
    const first = await exportVault(source.context, { kind: 'readable' });
    await importInto(target, first, 'replace');
    const second = await exportVault(target.context, { kind: 'readable' });

    assert.deepEqual(withoutTimestamps(second), withoutTimestamps(first));
    assert.equal(target.settings.current.autoLockMinutes, 30);
  });

  it('readable export holds a warning and no private key', async () => {
    const parsed = JSON.parse(await exportVault(source.context, { kind: 'readable' })) as VaultExport;

    assert.equal(parsed.encrypted, false);
    assert.match(parsed.warning ?? '', /not encrypted/);
    assert.equal(parsed.deviceKey, undefined);
    assert.doesNotMatch(JSON.stringify(parsed), /privateKey|secretKey/);
  });

  it('readable restore keeps the log verifiable under its own key', async () => {
    const first = await exportVault(source.context, { kind: 'readable' });
    await importInto(target, first, 'replace');
    const parsed = JSON.parse(await exportVault(target.context, { kind: 'readable' })) as VaultExport;

    assert.equal(parsed.logs.length, 1);
    const log = parsed.logs[0]!;
    assert.equal(log.entries.length, 4);
    assert.equal(log.deletions.length, 1);
    const report = await verifyLogExport(log);
    assert.equal(report.status, 'intact', report.failure?.detail);
  });

  it('protected export survives a round trip', async () => {
    const first = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    await importInto(target, first, 'replace', 'another passphrase');
    const second = await exportVault(target.context, { kind: 'protected', passphrase: 'another passphrase' });

    assert.notEqual(second, first);
    const firstPlain = await decryptExport(first, 'another passphrase');
    const secondPlain = await decryptExport(second, 'another passphrase');
    assert.deepEqual(withoutTimestamps(secondPlain), withoutTimestamps(firstPlain));
  });

  it('protected restore continues the same log', async () => {
    const first = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    const plain = JSON.parse(await decryptExport(first, 'another passphrase')) as VaultExport;
    assert.equal(plain.encrypted, true);
    assert.match(plain.deviceKey?.privateKey ?? '', /^[0-9a-f]{64}$/);

    await importInto(target, first, 'replace', 'another passphrase');

    const sourceKey = await source.vault.getDeviceKey();
    const targetKey = await target.vault.getDeviceKey();
    assert.deepEqual(targetKey.publicKey, sourceKey.publicKey);
    const report = await verifyStoredLog(target.vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
  });

  it('protected restore keeps a rotated key', async () => {
    const next = await generateKeyPair();
    await rotateDeviceKey(source.vault, next, new Date('2026-11-06T08:00:00.000Z'));
    await source.vault.setDeviceKey(next.secretKey);
    const first = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    await importInto(target, first, 'replace', 'another passphrase');

    assert.deepEqual((await target.vault.getDeviceKey()).publicKey, next.publicKey);
    const report = await verifyStoredLog(target.vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.rotationsChecked, 1);
  });

  it('reports import progress to the end', async () => {
    const text = await exportVault(source.context, { kind: 'readable' });
    const preview = await previewImport(target.context, bytesOf(text));
    assert.equal(preview.status, 'ready');
    if (preview.status !== 'ready') return;
    const fractions: number[] = [];
    await applyImport(target.context, preview.prepared, 'replace', (done, total) => fractions.push(done / total));

    assert.ok(fractions.length > 0);
    assert.equal(fractions[fractions.length - 1], 1);
    assert.deepEqual([...fractions].sort((a, b) => a - b), fractions);
  });

  it('protected envelope names its key derivation', async () => {
    const text = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    const envelope = JSON.parse(text) as Record<string, unknown>;

    assert.equal(envelope.format, 'meritvalv-export-protected');
    assert.deepEqual(Object.keys(envelope.kdf as object).sort(), ['hash', 'iterations', 'name', 'salt']);
    assert.equal((envelope.cipher as { name: string }).name, 'AES-GCM');
    assert.doesNotMatch(text, /Lindqvist/);
  });

  it('merge keeps both logs verifiable', async () => {
    await fillVault(target.vault);
    const first = await exportVault(source.context, { kind: 'readable' });
    await importInto(target, first, 'merge');
    const parsed = JSON.parse(await exportVault(target.context, { kind: 'readable' })) as VaultExport;

    assert.equal(parsed.logs.length, 2);
    for (const log of parsed.logs) {
      const report = await verifyLogExport(log);
      assert.equal(report.status, 'intact', report.failure?.detail);
    }
    const own = await verifyStoredLog(target.vault);
    assert.equal(own.status, 'intact', own.failure?.detail);
  });

  it('merge adds only what the vault lacks', async () => {
    await fillVault(target.vault);
    const before = await exportVault(target.context, { kind: 'readable' });
    const first = await exportVault(source.context, { kind: 'readable' });
    await importInto(target, first, 'merge');
    const merged = JSON.parse(await exportVault(target.context, { kind: 'readable' })) as VaultExport;
    const original = JSON.parse(before) as VaultExport;

    // The same CV and documents (same names and bytes would be duplicates) are not repeated...
    assert.deepEqual(merged.cv, original.cv);
    // ...but the source's random cover letter differs from the target's, so it is added.
    assert.equal(merged.documents.length, 3);
    assert.equal(merged.applications.length, 2);
    assert.equal(merged.logs.length, 2);
  });

  it('merge twice adds the log once', async () => {
    const first = await exportVault(source.context, { kind: 'readable' });
    await importInto(target, first, 'merge');
    await importInto(target, first, 'merge');
    const parsed = JSON.parse(await exportVault(target.context, { kind: 'readable' })) as VaultExport;

    assert.equal(parsed.logs.length, 1);
  });

  it('preview summarises both choices', async () => {
    await fillVault(target.vault);
    const text = await exportVault(source.context, { kind: 'readable' });
    const preview = await previewImport(target.context, bytesOf(text));
    assert.equal(preview.status, 'ready');
    if (preview.status !== 'ready') return;
    const { summary } = preview.prepared;

    assert.equal(summary.kind, 'readable');
    assert.equal(summary.incoming.logEntries, 0);
    assert.equal(summary.incoming.importedLogEntries, 4);
    assert.equal(summary.afterReplace.documents, 2);
    assert.equal(summary.afterMerge.documents, 3);
    assert.deepEqual(summary.documentsAddedByMerge, ['brev.txt']);
    assert.deepEqual(summary.logChecks, [{ ok: true }]);
    assert.ok(summary.sections.some((section) => section.section === 'work' && section.incoming === 2));
  });
});

describe('transfer of a large vault', () => {
  it('protected export past the string limit', async () => {
    const source = await makeVault();
    const target = await makeVault();
    try {
      // Two 6 MiB documents make a ciphertext longer than any other string may be.
      for (const name of ['a.pdf', 'b.pdf']) {
        const bytes = new Uint8Array(6 * 1024 * 1024).map((_value, i) => (i * 31 + name.length) & 0xff);
        await source.vault.addDocument({ name, mimeType: 'application/pdf', role: 'other', bytes });
      }
      const progress: number[] = [];
      const text = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' }, (done, total) =>
        progress.push(done / total),
      );
      assert.ok(text.length > 14 * 1024 * 1024);
      assert.equal(progress[progress.length - 1], 1);

      await importInto(target, text, 'replace', 'another passphrase');
      const documents = await target.vault.listDocuments();
      assert.deepEqual(documents.map((document) => document.name), ['a.pdf', 'b.pdf']);
    } finally {
      await source.close();
      await target.close();
    }
  });
});

describe('transfer back into the same vault', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeVault();
    await fillVault(vault.vault);
  });

  afterEach(async () => {
    await vault.close();
  });

  it('readable restore keeps the own log', async () => {
    const backup = await exportVault(vault.context, { kind: 'readable' });
    await importInto(vault, backup, 'replace');

    const parsed = JSON.parse(await exportVault(vault.context, { kind: 'readable' })) as VaultExport;
    assert.equal(parsed.logs.length, 1);
    const report = await verifyStoredLog(vault.vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.entriesChecked, 4);
  });

  it('merging an older backup adds no log', async () => {
    const backup = await exportVault(vault.context, { kind: 'readable' });
    await fillVault(vault.vault);
    await importInto(vault, backup, 'merge');

    const parsed = JSON.parse(await exportVault(vault.context, { kind: 'readable' })) as VaultExport;
    assert.equal(parsed.logs.length, 1);
    // Two fills of five entries, with the one deletion applied once.
    assert.equal(parsed.logs[0]?.entries.length, 9);
  });
});
