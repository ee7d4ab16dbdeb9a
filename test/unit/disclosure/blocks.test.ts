import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { groupIntoBlocks, MAX_BLOCK_ENTRIES, openBlocks, packEntries, unpackBlock, BlockFormatError } from '../../../src/disclosure/blocks';
import { chainEntries, GENESIS_HASH, type StoredEntry } from '../../../src/disclosure/chain';
import { appendDisclosures, deleteEntries, listDisclosures } from '../../../src/disclosure/log';
import { verifyStoredLog } from '../../../src/disclosure/export';

async function entries(count: number, change: (index: number) => object = () => ({})): Promise<StoredEntry[]> {
  const list = Array.from({ length: count }, (_, index) => disclosure({ value: `value ${index}`, ...change(index) }));
  return chainEntries(list, { length: 0, hash: GENESIS_HASH }, 'f'.repeat(64));
}

describe('sealed blocks of log entries', () => {
  it('packs and unpacks entries exactly', async () => {
    const stored = await entries(5, (index) => ({
      actionOrigin: index === 2 ? 'https://ats.example' : null,
      kept: index !== 3,
      meaning: index % 2 === 0 ? 'email' : 'phone',
    }));
    const packed = packEntries(stored);
    assert.deepEqual(unpackBlock(JSON.parse(JSON.stringify(packed))), stored);
    const second = packed.entries[1] as Record<string, unknown>;
    assert.equal(second.prev, undefined, 'the previous hash follows from the entry before');
    assert.equal(second.tabUrl, undefined, 'an unchanged field is left out');
    assert.equal(second.value, 'value 1');
  });

  it('restores a field an entry lacks', async () => {
    const stored = await entries(2);
    const { label: _label, ...withoutLabel } = stored[1] as StoredEntry;
    const odd = [stored[0] as StoredEntry, withoutLabel as StoredEntry];
    assert.deepEqual(unpackBlock(JSON.parse(JSON.stringify(packEntries(odd)))), odd);
  });

  it('reads a lone entry as one block', async () => {
    const [entry] = await entries(1);
    assert.deepEqual(unpackBlock(entry), [entry]);
  });

  it('refuses an unknown block format', () => {
    assert.throws(() => unpackBlock({ format: 'other' }), BlockFormatError);
    assert.throws(() => unpackBlock('text'), BlockFormatError);
  });

  it('groups entries by application and frame', async () => {
    const stored = await entries(MAX_BLOCK_ENTRIES + 3, (index) => ({
      frameOrigin: index === 1 ? 'https://frame.example' : 'https://example.teamtailor.com',
    }));
    assert.deepEqual(groupIntoBlocks(stored).map((block) => block.length), [1, 1, MAX_BLOCK_ENTRIES, 1]);
  });

  describe('in the vault', () => {
    let vault: TestVault;

    beforeEach(async () => {
      vault = await makeTestVault();
      await appendDisclosures(vault, Array.from({ length: 4 }, (_, index) => disclosure({ value: `value ${index}` })));
    });

    afterEach(() => vault.close());

    it('seals one fill to one recipient in one block', async () => {
      assert.deepEqual(await vault.db.disclosureBlocks.toCollection().primaryKeys(), [1]);
      assert.deepEqual((await vault.db.disclosures.toArray()).map((row) => row.block), [1, 1, 1, 1]);
    });

    it('verifies legacy blocks beside new ones', async () => {
      // A vault from before blocks keeps one entry per block, sealed without additional data.
      const entries = [...(await openBlocks(vault, [1])).values()].sort((a, b) => a.seq - b.seq);
      await vault.db.disclosureBlocks.clear();
      await vault.db.disclosureBlocks.bulkPut(await Promise.all(entries.map(async (entry) => ({ id: entry.seq, sealed: await vault.sealJson(entry), legacy: true as const }))));
      await vault.db.disclosures.toCollection().modify((row) => {
        row.block = row.id as number;
      });
      await appendDisclosures(vault, [disclosure({ value: 'after the upgrade' })]);
      const report = await verifyStoredLog(vault);
      assert.equal(report.status, 'intact', report.failure?.detail);
      assert.equal(report.entriesChecked, 5);
      assert.equal((await listDisclosures(vault))[0]?.value, 'after the upgrade');
    });

    it('reseals a block after deletion', async () => {
      await deleteEntries(vault, [2]);
      assert.deepEqual((await listDisclosures(vault)).map((entry) => entry.id).sort(), [1, 3, 4]);
      assert.equal((await verifyStoredLog(vault)).status, 'intact');
      await deleteEntries(vault, [1, 3, 4]);
      assert.equal(await vault.db.disclosureBlocks.count(), 0);
      assert.equal((await verifyStoredLog(vault)).status, 'intact');
    });
  });
});
