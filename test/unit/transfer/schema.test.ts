import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateJson, type JsonSchema } from '../../../src/disclosure/json-schema';
import { openProtectedExport, readProtectedExport } from '../../../src/transfer/envelope';
import { parseStrictJson } from '../../../src/transfer/json/strict-parse';
import { exportVault } from '../../../src/transfer/service';
import { FAST_ITERATIONS, fillVault, makeVault, type TestVault } from './helpers';

const schema = JSON.parse(
  readFileSync(new URL('../../../src/transfer/export-format.schema.json', import.meta.url), 'utf8'),
) as JsonSchema;

function schemaFor(definition: string): JsonSchema {
  return { $defs: schema.$defs, $ref: `#/$defs/${definition}` };
}

describe('export format schema', () => {
  let source: TestVault;

  before(async () => {
    source = await makeVault();
    await fillVault(source.vault);
  });

  after(async () => {
    await source.close();
  });

  it('accepts a readable export', async () => {
    const exported = JSON.parse(await exportVault(source.context, { kind: 'readable' })) as unknown;
    assert.deepEqual(validateJson(exported, schemaFor('readableExport')), []);
  });

  it('accepts a protected export and its plaintext', async () => {
    const text = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    // The schema requires at least 600,000 iterations in production files, and tests derive faster.
    const envelope = JSON.parse(text) as { kdf: { iterations: number } };
    envelope.kdf.iterations = 600_000;
    assert.deepEqual(validateJson(envelope, schemaFor('protectedExport')), []);

    const plaintext = await openProtectedExport(readProtectedExport(parseStrictJson(text), FAST_ITERATIONS), 'another passphrase');
    assert.deepEqual(validateJson(JSON.parse(plaintext), schemaFor('readableExport')), []);
  });

  it('rejects a document without its hash', async () => {
    const exported = JSON.parse(await exportVault(source.context, { kind: 'readable' })) as { documents: Record<string, unknown>[] };
    delete exported.documents[0]!.sha256;
    const errors = validateJson(exported, schemaFor('readableExport'));
    assert.equal(errors[0]?.path, '/documents/0/sha256');
  });

  it('rejects a malformed log entry hash', async () => {
    const exported = JSON.parse(await exportVault(source.context, { kind: 'readable' })) as { logs: { entries: Record<string, unknown>[] }[] };
    exported.logs[0]!.entries[1]!.hash = 'not hex';
    const errors = validateJson(exported, schemaFor('readableExport'));
    assert.equal(errors[0]?.path, '/logs/0/entries/1/hash');
  });

  it('requires every key the exporter always writes', async () => {
    const exported = JSON.parse(await exportVault(source.context, { kind: 'readable' })) as Record<string, unknown>;
    const required = (schema.$defs?.readableExport?.required ?? []) as string[];
    const optional = ['warning', 'deviceKey'];
    assert.deepEqual([...required].sort(), Object.keys(exported).filter((key) => !optional.includes(key)).sort());
  });
});
