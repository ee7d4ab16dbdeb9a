import assert from 'node:assert/strict';
import { StreamedArray, StreamedObject, inBatches, joinPieces, writeJsonText } from '../../../src/transfer/json/pretty-stream';

function expected(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function* batchesOf(batches: unknown[][]): AsyncGenerator<unknown[]> {
  for (const batch of batches) yield batch;
}

async function* itemsOf<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const ENTRY = {
  seq: 1,
  text: 'line one\nline two\t"quoted" \\ back\u2028',
  unicode: 'Västerås 😀 \ud800',
  nested: { empty: {}, list: [], deep: [[1, [2, { three: null }]]], flag: false },
  number: -1.5e-7,
};

describe('streamed JSON writer', () => {
  it('matches JSON.stringify for plain values', async () => {
    for (const value of [ENTRY, [], {}, [ENTRY, 1, 'two', null], 'text', 0, null, true]) {
      assert.equal(await joinPieces(writeJsonText(value)), expected(value));
    }
  });

  it('writes a streamed object like the plain one', async () => {
    const members = { format: 'x', entry: ENTRY, skipped: undefined, call: () => 1, last: [1, 2] };
    assert.equal(await joinPieces(writeJsonText(new StreamedObject(members))), expected(members));
    assert.equal(await joinPieces(writeJsonText(new StreamedObject({}))), expected({}));
    assert.equal(await joinPieces(writeJsonText(new StreamedObject({ gone: undefined }))), expected({}));
  });

  it('writes streamed arrays across batches', async () => {
    const items = Array.from({ length: 7 }, (_, seq) => ({ ...ENTRY, seq }));
    const document = new StreamedObject({
      head: null,
      entries: new StreamedArray(batchesOf([items.slice(0, 3), [], items.slice(3, 4), items.slice(4)])),
      after: 'end',
    });
    assert.equal(await joinPieces(writeJsonText(document)), expected({ head: null, entries: items, after: 'end' }));
  });

  it('writes an empty streamed array as []', async () => {
    const document = new StreamedObject({ entries: new StreamedArray(batchesOf([[], []])), recipients: [] });
    assert.equal(await joinPieces(writeJsonText(document)), expected({ entries: [], recipients: [] }));
    assert.equal(await joinPieces(writeJsonText(new StreamedArray([]))), expected([]));
  });

  it('nests streamed values at any depth', async () => {
    const inner = [{ a: 1 }, { b: [2, 3] }];
    const document = new StreamedObject({
      logs: new StreamedArray([
        [{ plain: true }, new StreamedObject({ entries: new StreamedArray(batchesOf([inner])), n: 2 }), 'tail', undefined],
      ]),
      top: new StreamedArray([[new StreamedArray([[1], [new StreamedArray([])]])]]),
    });
    const plain = {
      logs: [{ plain: true }, { entries: inner, n: 2 }, 'tail', undefined],
      top: [[1, []]],
    };
    assert.equal(await joinPieces(writeJsonText(document)), expected(plain));
  });

  it('groups items into batches', async () => {
    const batches = [];
    for await (const batch of inBatches(itemsOf([1, 2, 3, 4, 5]), 2)) batches.push(batch);
    assert.deepEqual(batches, [[1, 2], [3, 4], [5]]);
    for await (const batch of inBatches(itemsOf([]), 2)) assert.fail(`an empty source gave the batch ${JSON.stringify(batch)}`);
  });
});
