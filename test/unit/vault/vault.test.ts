import './helpers';
import assert from 'node:assert/strict';
import { emptyCv, type Cv } from '../../../src/vault/cv/model';
import type { KeyringRow } from '../../../src/vault/db';
import { PASSPHRASE, newVault, rejectsWithCode, TEST_ITERATIONS } from './helpers';
import type { Vault } from '../../../src/vault/vault';
import * as ed from '@noble/ed25519';

function sampleCv(): Cv {
  const cv = emptyCv();
  cv.resume.basics = { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se' };
  cv.resume.work = [{ name: 'Västerås stad', startDate: '2021-03-01' }];
  cv.application.personnummer = '8804121237';
  return cv;
}

async function snapshot(vault: Vault): Promise<unknown> {
  return { meta: await vault.db.meta.toArray(), records: await vault.db.records.toArray() };
}

describe('Vault', () => {
  let vault: Vault;

  beforeEach(() => {
    vault = newVault();
  });

  afterEach(async () => {
    await vault.deleteEverything();
    vault.db.close();
  });

  it('creates, saves and reads the CV', async () => {
    assert.equal(await vault.exists(), false);
    const { recoveryKey, vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    assert.equal(typeof recoveryKey, 'string');
    assert.equal(await vault.exists(), true);
    assert.deepEqual(await unlocked.readCv(), emptyCv());

    const saved = await unlocked.saveCv(sampleCv());
    assert.equal(saved.application.personnummer, '19880412-1237');
    const reopened = await vault.unlock(PASSPHRASE);
    assert.deepEqual(await reopened.readCv(), saved);
  });

  it('stores no CV text in plain form', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    await unlocked.saveCv(sampleCv());
    await unlocked.addDocument({ name: 'cv-anna.pdf', mimeType: 'application/pdf', role: 'cv', bytes: new TextEncoder().encode('Lindqvist PDF') });
    const rows = [
      ...(await vault.db.records.toArray()),
      ...(await vault.db.documents.toArray()),
      ...(await vault.db.documentBytes.toArray()),
    ];
    const dump = Buffer.from(JSON.stringify(rows, (_key, value) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value)), 'latin1');
    for (const needle of ['Lindqvist', 'anna.lindqvist', '1237', 'cv-anna']) {
      assert.equal(dump.includes(Buffer.from(needle)), false, needle);
    }
  });

  it('refuses to create twice', async () => {
    await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    await rejectsWithCode(vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS }), 'vaultExists');
  });

  it('reports a missing vault', async () => {
    await rejectsWithCode(vault.unlock(PASSPHRASE), 'vaultMissing');
  });

  it('wrong passphrase changes nothing', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    await unlocked.saveCv(sampleCv());
    const before = await snapshot(vault);
    await rejectsWithCode(vault.unlock('not the passphrase'), 'wrongPassphrase');
    await rejectsWithCode(vault.changePassphrase('not the passphrase', 'another passphrase'), 'wrongPassphrase');
    await rejectsWithCode(vault.setIterations('not the passphrase', 2000), 'wrongPassphrase');
    assert.deepEqual(await snapshot(vault), before);
    assert.ok(await vault.unlock(PASSPHRASE));
  });

  it('change passphrase keeps the data', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const saved = await unlocked.saveCv(sampleCv());
    const recordsBefore = await vault.db.records.toArray();
    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    assert.deepEqual(await vault.db.records.toArray(), recordsBefore, 'records are not re-encrypted');
    await rejectsWithCode(vault.unlock(PASSPHRASE), 'wrongPassphrase');
    const reopened = await vault.unlock('a brand new passphrase');
    assert.deepEqual(await reopened.readCv(), saved);
  });

  it('raises the iteration count', async () => {
    await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    await vault.setIterations(PASSPHRASE, 4321);
    assert.equal(await vault.iterations(), 4321);
    const row = (await vault.db.meta.get('keyring')) as KeyringRow;
    assert.equal(row.value.kdf.iterations, 4321);
    assert.ok(await vault.unlock(PASSPHRASE));
  });

  it('recovers with the recovery key', async () => {
    const { recoveryKey, vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const saved = await unlocked.saveCv(sampleCv());
    await rejectsWithCode(vault.recover('0000-0000-0000-0000-0000-0000-0000-0000', 'forgotten no more'), 'wrongRecoveryKey');
    const recovered = await vault.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), 'forgotten no more');
    assert.deepEqual(await recovered.readCv(), saved);
    await rejectsWithCode(vault.unlock(PASSPHRASE), 'wrongPassphrase');
    assert.deepEqual(await (await vault.unlock('forgotten no more')).readCv(), saved);
    // The recovery key keeps working after a recovery.
    assert.ok(await vault.recover(recoveryKey, 'and once again'));
  });

  it('reopens from the exported data key', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const saved = await unlocked.saveCv(sampleCv());
    const raw = unlocked.exportDataKey();
    const reopened = await vault.openWithDataKey(raw);
    assert.ok(raw.every((byte) => byte === 0), 'the raw bytes are wiped');
    assert.deepEqual(await reopened.readCv(), saved);
    await rejectsWithCode(vault.openWithDataKey(crypto.getRandomValues(new Uint8Array(32))), 'vaultLocked');
    unlocked.close();
    assert.throws(() => unlocked.exportDataKey());
  });

  it('rejects an invalid CV with its path', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const saved = await unlocked.saveCv(sampleCv());
    const bad = sampleCv();
    bad.resume.work = [{ name: 'A' }, { name: 'B', startDate: '2021-13-01' }];
    await rejectsWithCode(unlocked.saveCv(bad), 'invalidCv', ['work[1].startDate', 'invalidDate']);
    assert.deepEqual(await unlocked.readCv(), saved);
  });

  it('aborted save keeps the previous CV', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const saved = await unlocked.saveCv(sampleCv());
    const sealed = await unlocked.sealJson({ resume: { basics: { name: 'Half written' } } }, 'records/cv');
    await assert.rejects(
      vault.db.transaction('rw', vault.db.records, async () => {
        await vault.db.records.put({ id: 'cv', sealed, updatedAt: Date.now() });
        throw new Error('crash before commit');
      }),
      /crash before commit/,
    );
    assert.deepEqual(await unlocked.readCv(), saved);
  });

  it('keeps a device key that signs', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const { secretKey, publicKey } = await unlocked.getDeviceKey();
    assert.equal(secretKey.length, 32);
    assert.deepEqual(await ed.getPublicKeyAsync(secretKey as Uint8Array<ArrayBuffer>), publicKey);
    const message = new TextEncoder().encode('chain head');
    const signature = await ed.signAsync(message, secretKey as Uint8Array<ArrayBuffer>);
    assert.ok(await ed.verifyAsync(signature, message, publicKey as Uint8Array<ArrayBuffer>));
    const again = await (await vault.unlock(PASSPHRASE)).getDeviceKey();
    assert.deepEqual(again.publicKey, publicKey);
  });

  it('makes a device key when none is stored', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const first = await unlocked.getDeviceKey();
    await vault.db.records.delete('deviceKey');
    const reopened = await vault.openWithDataKey(unlocked.exportDataKey());
    const second = await reopened.getDeviceKey();
    assert.notDeepEqual(second.publicKey, first.publicKey);
    assert.deepEqual((await reopened.getDeviceKey()).publicKey, second.publicKey);
  });

  it('seals values and hashes for the log tables', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    const recipientHash = await unlocked.keyedHash('https://jobs.example.com');
    const sealed = await unlocked.sealJson({ value: 'secret' }, 'disclosureBlocks/1');
    await unlocked.db.disclosureBlocks.add({ id: 1, sealed });
    await unlocked.db.disclosures.add({ id: 1, recipientHash, meaningHash: 'm', applicationId: 'a1', time: 1, block: 1 });
    const rows = await unlocked.db.disclosures.where('recipientHash').equals(recipientHash).toArray();
    assert.equal(rows.length, 1);
    const block = await unlocked.db.disclosureBlocks.get(rows[0]!.block);
    assert.deepEqual(await unlocked.openJson(block!.sealed, 'disclosureBlocks/1'), { value: 'secret' });
  });

  it('deletes everything', async () => {
    const { vault: unlocked } = await vault.create(PASSPHRASE, { iterations: TEST_ITERATIONS });
    await unlocked.saveCv(sampleCv());
    await vault.deleteEverything();
    assert.equal(await vault.exists(), false);
    assert.equal(await vault.db.records.count(), 0);
    await rejectsWithCode(vault.unlock(PASSPHRASE), 'vaultMissing');
  });
});
