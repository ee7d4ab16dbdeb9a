import './helpers';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import { DataKey, generateDataKeyBytes } from '../../../src/vault/crypto/data-key';
import { MeritvalvDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION, type DisclosureRowV2, type DocumentRowV1 } from '../../../src/vault/db';
import { openEntries } from '../../../src/disclosure/store';
import { uniqueDbName } from './helpers';

describe('vault schema', () => {
  it('upgrades version 1 with data intact', async () => {
    const name = uniqueDbName();
    const key = await DataKey.fromRaw(await generateDataKeyBytes());
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const documentRow: DocumentRowV1 = {
      id: 'd1',
      addedAt: 1000,
      size: 3,
      sealedInfo: await key.sealJson({ name: 'cv.pdf' }, 'documents/d1/info'),
      sealedBytes: await key.seal(new Uint8Array([1, 2, 3]), 'documentBytes/d1'),
    };
    const cvRecord = { id: 'cv', sealed: await key.sealJson({ resume: {} }, 'records/cv'), updatedAt: 5 };
    await old.table('meta').put({ key: 'keyring', value: { marker: 'keyring' } });
    await old.table('records').put(cvRecord);
    await old.table('documents').put(documentRow);
    old.close();

    const db = new MeritvalvDb({ name });
    await db.open();
    assert.equal(db.verno, SCHEMA_VERSION);
    assert.deepEqual(await db.meta.get('keyring'), { key: 'keyring', value: { marker: 'keyring' } });
    assert.deepEqual(await db.records.get('cv'), cvRecord);

    const { sealedBytes, ...rest } = documentRow;
    assert.deepEqual(await db.documents.get('d1'), rest);
    const bytesRow = await db.documentBytes.get('d1');
    assert.deepEqual(bytesRow, { id: 'd1', sealed: sealedBytes });
    assert.deepEqual(await key.open(bytesRow!.sealed, 'documentBytes/d1'), new Uint8Array([1, 2, 3]));
    assert.deepEqual(await db.documents.orderBy('addedAt').primaryKeys(), ['d1']);

    await db.disclosures.add({ recipientHash: 'h', meaningHash: 'm', applicationId: 'a', time: 1, block: 1 });
    assert.equal(await db.disclosures.where('[recipientHash+time]').between(['h', 0], ['h', 2]).count(), 1);
    await db.delete();
  });

  it('moves version 2 log entries into blocks of one, sealed bytes unchanged', async () => {
    const name = uniqueDbName();
    const key = await DataKey.fromRaw(await generateDataKeyBytes());
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    const entry = { seq: 7, hash: 'a'.repeat(64), value: 'anna@example.se' };
    const row: DisclosureRowV2 = { id: 7, recipientHash: 'h', meaningHash: 'm', applicationId: 'a', time: 1, sealed: await key.sealJson(entry) };
    await old.table('disclosures').put(row);
    old.close();

    const db = new MeritvalvDb({ name });
    await db.open();
    assert.deepEqual(await db.disclosures.get(7), { id: 7, recipientHash: 'h', meaningHash: 'm', applicationId: 'a', time: 1, block: 7 });
    assert.deepEqual(await db.disclosureBlocks.get(7), { id: 7, sealed: row.sealed, legacy: true });
    const vault = { db, sealJson: key.sealJson.bind(key), openJson: key.openJson.bind(key) } as unknown as Parameters<typeof openEntries>[0];
    assert.deepEqual(await openEntries(vault, [(await db.disclosures.get(7))!]), [entry]);
    await db.delete();
  });
});
