import './helpers';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import { DataKey, generateDataKeyBytes } from '../../../src/vault/crypto/data-key';
import { MeritvalvDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION, type DocumentRowV1 } from '../../../src/vault/db';
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

    await db.disclosures.add({ recipientHash: 'h', meaningHash: 'm', applicationId: 'a', time: 1, sealed: cvRecord.sealed });
    assert.equal(await db.disclosures.where('[recipientHash+time]').between(['h', 0], ['h', 2]).count(), 1);
    await db.delete();
  });
});
