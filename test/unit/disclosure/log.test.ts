import assert from 'node:assert/strict';
import { makeTestVault, disclosure, readStoredEntry, rewriteStoredEntry, type TestVault } from './helpers';
import { appendDisclosures, deleteEntries, listDisclosures, rotateDeviceKey, summariseReceived } from '../../../src/disclosure/log';
import { exportLog, verifyLogExport, verifyStoredLog } from '../../../src/disclosure/export';
import { hashEntry, signDeletion, type StoredEntry, type DeletionRecord } from '../../../src/disclosure/chain';
import { generateKeyPair } from '../../../src/disclosure/signing';
import { sealRecord } from '../../../src/disclosure/store';
import { sealLogImport } from '../../../src/disclosure/import';

async function fill(vault: TestVault, count: number, start = 0): Promise<void> {
  const entries = Array.from({ length: count }, (_, i) =>
    disclosure({ value: `value ${start + i}`, time: new Date(Date.UTC(2026, 2, 1, 10, start + i)).toISOString() }),
  );
  await appendDisclosures(vault, entries);
}

const readEntry = readStoredEntry;
const rewriteEntry = rewriteStoredEntry;

describe('disclosure log chain', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    await fill(vault, 3);
    await fill(vault, 2, 3);
  });

  afterEach(() => vault.close());

  it('verifies an untouched log as intact', async () => {
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.entriesChecked, 5);
    assert.equal(report.length, 5);
  });

  it('links each entry to the one before', async () => {
    const first = await readEntry(vault, 1);
    const second = await readEntry(vault, 2);
    assert.equal(first.prev, '0'.repeat(64));
    assert.equal(second.prev, first.hash);
    assert.equal(second.seq, 2);
  });

  it('keeps the lists the fill code uses', async () => {
    const entries = await listDisclosures(vault, 'https://example.teamtailor.com');
    assert.equal(entries.length, 5);
    assert.equal(entries[0]?.value, 'value 4');
    assert.equal(entries[0]?.id, 5);
    assert.deepEqual(await summariseReceived(vault, 'https://example.teamtailor.com'), [
      { meaning: 'email', lastAt: '2026-03-01T10:04:00.000Z' },
    ]);
    assert.deepEqual(await listDisclosures(vault, 'https://other.example'), []);
  });

  it('summarises kept meanings and forgets deleted ones', async () => {
    await appendDisclosures(vault, [
      disclosure({ meaning: 'phone', kept: false, time: '2026-03-05T10:00:00.000Z' }),
      disclosure({ meaning: 'name.given', time: '2026-03-06T10:00:00.000Z' }),
    ]);
    assert.deepEqual(await summariseReceived(vault, 'https://example.teamtailor.com'), [
      { meaning: 'name.given', lastAt: '2026-03-06T10:00:00.000Z' },
      { meaning: 'email', lastAt: '2026-03-01T10:04:00.000Z' },
    ]);
    await deleteEntries(vault, [1, 2, 3, 4, 5]);
    assert.deepEqual(await summariseReceived(vault, 'https://example.teamtailor.com'), [
      { meaning: 'name.given', lastAt: '2026-03-06T10:00:00.000Z' },
    ]);
    assert.equal((await verifyStoredLog(vault)).status, 'intact');
  });

  it('detects a changed value', async () => {
    await rewriteEntry(vault, 3, (entry) => ({ ...entry, value: 'forged' }));
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'broken');
    assert.equal(report.failure?.reason, 'entryChanged');
    assert.equal(report.failure?.seq, 3);
  });

  it('detects a changed value with a recomputed hash', async () => {
    const forged = { ...(await readEntry(vault, 2)), value: 'forged' };
    await rewriteEntry(vault, 2, async () => ({ ...forged, hash: await hashEntry(forged) }));
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'linkBroken');
    assert.equal(report.failure?.seq, 3);
  });

  it('detects a removed entry', async () => {
    await vault.db.disclosures.delete(2);
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'entryMissing');
    assert.equal(report.failure?.seq, 2);
  });

  it('detects entries given the positions of others', async () => {
    await rewriteEntry(vault, 2, async () => ({ ...(await readEntry(vault, 3)) }));
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'broken');
    assert.equal(report.failure?.reason, 'entryMissing');
    assert.equal(report.failure?.seq, 2);
  });

  it('rejects a block moved elsewhere', async () => {
    const first = await vault.db.disclosureBlocks.get(1);
    const second = await vault.db.disclosureBlocks.get(4);
    assert.ok(first);
    assert.ok(second);
    await vault.db.disclosureBlocks.bulkPut([{ ...first, sealed: second.sealed }, { ...second, sealed: first.sealed }]);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'broken');
    assert.equal(report.failure?.reason, 'entryChanged');
    assert.equal(report.failure?.seq, 1);
  });

  it('detects a truncated chain', async () => {
    await vault.db.disclosures.bulkDelete([4, 5]);
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'chainTruncated');
    assert.equal(report.failure?.seq, 4);
  });

  it('detects a missing head', async () => {
    await vault.db.logRecords.delete('head');
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'headMissing');
  });

  it('detects a replaced key without a rotation record', async () => {
    vault.deviceKey = await generateKeyPair();
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'keyNotTrusted');
  });

  it('detects a head re-signed by a key with no rotation', async () => {
    vault.deviceKey = await generateKeyPair();
    await fill(vault, 1, 5);
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'keyNotTrusted');
    assert.equal(report.failure?.seq, 1);
  });

  it('accepts a new key that enters by rotation', async () => {
    const next = await generateKeyPair();
    await rotateDeviceKey(vault, next);
    vault.deviceKey = next;
    await fill(vault, 2, 5);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.rotationsChecked, 1);
    assert.equal(report.keyFingerprints.length, 2);
  });

  it('detects a rotation record not signed by the old key', async () => {
    const intruder = await generateKeyPair();
    const next = await generateKeyPair();
    vault.deviceKey = intruder;
    await rotateDeviceKey(vault, next);
    vault.deviceKey = next;
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'keyNotTrusted');
    assert.equal(report.failure?.seq, 1);
  });

  it('detects a rotation record with a swapped new key', async () => {
    const next = await generateKeyPair();
    await rotateDeviceKey(vault, next);
    const row = (await vault.db.logRecords.where('kind').equals('rotation').toArray())[0];
    assert.ok(row);
    const record = await vault.openJson<Record<string, unknown>>(row.sealed);
    const other = await generateKeyPair();
    record.newPublicKey = Buffer.from(other.publicKey).toString('hex');
    await vault.db.logRecords.put({ ...row, sealed: await vault.sealJson(record) });
    vault.deviceKey = next;
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'rotationInvalid');
  });

  it('verifies after a deletion, which leaves a signed record', async () => {
    assert.equal(await deleteEntries(vault, [2, 3]), 2);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.deletionsChecked, 1);
    assert.equal(report.entriesChecked, 3);
    const record = await vault.openJson<DeletionRecord>((await vault.db.logRecords.where('kind').equals('deletion').first())!.sealed);
    assert.equal(record.fromSeq, 2);
    assert.equal(record.toSeq, 3);
    assert.equal(record.count, 2);
  });

  it('verifies after deleting separate runs and the tail, then appending', async () => {
    assert.equal(await deleteEntries(vault, [1, 3, 5]), 3);
    await fill(vault, 2, 5);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.deletionsChecked, 3);
    assert.equal(report.length, 7);
    assert.equal((await readEntry(vault, 6)).prev, (await exportLog(vault)).deletions[2]?.lastHash);
  });

  it('detects a forged deletion record', async () => {
    const intruder = await generateKeyPair();
    const [first, last] = [await readEntry(vault, 2), await readEntry(vault, 3)];
    const forged = await signDeletion({ first, last, count: 2 }, new Date().toISOString(), intruder);
    await vault.db.disclosures.bulkDelete([2, 3]);
    await vault.db.logRecords.put(await sealRecord(vault, forged));
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'deletionInvalid');
    assert.equal(report.failure?.seq, 2);
  });

  it('detects a deletion record whose range was altered', async () => {
    await deleteEntries(vault, [2]);
    const row = (await vault.db.logRecords.where('kind').equals('deletion').first())!;
    const record = await vault.openJson<DeletionRecord>(row.sealed);
    await vault.db.disclosures.delete(3);
    await vault.db.logRecords.put({ ...row, sealed: await vault.sealJson({ ...record, toSeq: 3, count: 2 }) });
    const report = await verifyStoredLog(vault);
    assert.equal(report.failure?.reason, 'deletionInvalid');
  });

  it('exports a log that verifies, and pins the key', async () => {
    const exported = JSON.parse(JSON.stringify(await exportLog(vault)));
    assert.equal((await verifyLogExport(exported)).status, 'intact');
    assert.equal((await verifyLogExport(exported, { trustedKeys: [exported.keyFingerprint] })).status, 'intact');
    const other = await generateKeyPair();
    const pinnedElsewhere = await verifyLogExport(exported, { trustedKeys: [Buffer.from(other.publicKey).toString('hex')] });
    assert.equal(pinnedElsewhere.failure?.reason, 'keyNotTrusted');
  });

  it('detects a malformed entry in an export', async () => {
    const exported = await exportLog(vault);
    exported.entries[3]!.value = '\ud800';
    const report = await verifyLogExport(exported);
    assert.equal(report.failure?.reason, 'entryChanged');
    assert.equal(report.failure?.seq, 4);
  });

  it('detects an export without its head', async () => {
    const exported = await exportLog(vault);
    exported.head = null;
    const report = await verifyLogExport(exported);
    assert.equal(report.failure?.reason, 'headMissing');
  });

  it('detects an export whose entries were reordered', async () => {
    const exported = await exportLog(vault);
    [exported.entries[1], exported.entries[2]] = [exported.entries[2]!, exported.entries[1]!];
    const report = await verifyLogExport(exported);
    assert.equal(report.failure?.reason, 'entryMissing');
  });

  it('detects an export re-signed by another key', async () => {
    const exported = await exportLog(vault);
    const original = exported.keyFingerprint;
    vault.deviceKey = await generateKeyPair();
    await fill(vault, 1, 5);
    const resigned = await exportLog(vault);
    const report = await verifyLogExport(resigned, { trustedKeys: [original] });
    assert.equal(report.failure?.reason, 'keyNotTrusted');
  });
});

describe('log import rows', () => {
  it('restores an exported log that still verifies', async () => {
    const source = await makeTestVault();
    const target = await makeTestVault();
    target.deviceKey = source.deviceKey;
    await fill(source, 4);
    await deleteEntries(source, [2]);
    const exported = JSON.parse(JSON.stringify(await exportLog(source)));
    const rows = await sealLogImport(target, exported);
    await target.db.disclosures.bulkAdd(rows.disclosures);
    await target.db.disclosureBlocks.bulkAdd(rows.disclosureBlocks);
    await target.db.logRecords.bulkPut(rows.logRecords);
    await target.db.recipients.bulkPut(rows.recipients);
    const report = await verifyStoredLog(target);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.entriesChecked, 3);
    assert.deepEqual((await listDisclosures(target)).map((entry) => entry.id), [4, 3, 1]);
    await source.close();
    await target.close();
  });
});
