import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { appendDisclosures } from '../../../src/disclosure/log';
import { createReceipt, verifyReceipt, RECEIPT_SCHEMA, type SignedReceipt } from '../../../src/disclosure/receipt';
import { setController } from '../../../src/disclosure/recipients';
import { validateJson } from '../../../src/disclosure/json-schema';
import { keyFingerprint } from '../../../src/disclosure/signing';
import { toHex } from '../../../src/disclosure/bytes';
import { generateKeyPair } from '../../../src/disclosure/signing';

const ORIGIN = 'https://example.teamtailor.com';

describe('consent receipts', () => {
  let vault: TestVault;
  let receipt: SignedReceipt;

  beforeEach(async () => {
    vault = await makeTestVault();
    await appendDisclosures(vault, [
      disclosure({ meaning: 'email', value: 'anna@example.se' }),
      disclosure({ meaning: 'nationalId', label: 'Personnummer', value: '19900101-1234' }),
      disclosure({ meaning: 'phone', kept: false, value: '070-1234567' }),
      disclosure({ frameOrigin: 'https://other.example', meaning: 'email' }),
    ]);
    await setController(vault, ORIGIN, { controller: 'Exempel AB', policyUrl: 'https://exempel.se/integritet', contact: 'dpo@exempel.se' });
    receipt = await createReceipt(vault, {
      recipientOrigin: ORIGIN,
      piiPrincipalId: 'anna@example.se',
      language: 'sv',
      applications: [],
    });
  });

  afterEach(() => vault.close());

  it('holds the Kantara fields for the recipient', () => {
    const { receipt: body } = receipt;
    assert.equal(body.version, 'KI-CR-v1.1.0');
    assert.equal(body.jurisdiction, 'SE');
    assert.equal(body.consentTimestamp, Date.parse('2026-03-02T10:00:00.000Z') / 1000);
    assert.equal(body.piiControllers[0]?.piiController, 'Exempel AB');
    assert.equal(body.piiControllers[0]?.contact, 'dpo@exempel.se');
    assert.equal(body.policyUrl, 'https://exempel.se/integritet');
    assert.deepEqual(body.services[0]?.purposes[0]?.piiCategory, ['email', 'nationalId']);
    assert.equal(body.sensitive, true);
    assert.deepEqual(body.spiCat, ['National identification number']);
    assert.equal(body['x-meritvalv'].disclosures, 2);
  });

  it('matches its schema', () => {
    assert.deepEqual(validateJson(receipt.receipt, RECEIPT_SCHEMA), []);
  });

  it('carries the key and its fingerprint', async () => {
    const publicKey = toHex(vault.deviceKey.publicKey);
    assert.equal(receipt.signature.publicKey, publicKey);
    assert.equal(receipt.signature.keyFingerprint, await keyFingerprint(publicKey));
  });

  it('verifies offline after a JSON round trip', async () => {
    const result = await verifyReceipt(JSON.parse(JSON.stringify(receipt)), [receipt.signature.keyFingerprint]);
    assert.ok(result.valid, JSON.stringify(result.checks));
  });

  it('fails when a field changes', async () => {
    const changed = structuredClone(receipt);
    changed.receipt.piiControllers[0]!.piiController = 'Someone Else AB';
    const result = await verifyReceipt(changed);
    assert.equal(result.valid, false);
    assert.equal(result.checks.find((check) => check.name === 'signature')?.passed, false);
  });

  it('fails when the key is swapped for another', async () => {
    const other = await generateKeyPair();
    const changed = structuredClone(receipt);
    changed.signature.publicKey = toHex(other.publicKey);
    changed.receipt.publicKey = toHex(other.publicKey);
    changed.signature.keyFingerprint = await keyFingerprint(toHex(other.publicKey));
    const result = await verifyReceipt(changed, [receipt.signature.keyFingerprint]);
    assert.equal(result.valid, false);
    assert.equal(result.checks.find((check) => check.name === 'expected key')?.passed, false);
  });

  it('fails a schema violation even when signed', async () => {
    const changed = structuredClone(receipt) as unknown as { receipt: Record<string, unknown> };
    delete changed.receipt.piiPrincipalId;
    const result = await verifyReceipt(changed);
    assert.equal(result.checks.find((check) => check.name === 'schema')?.passed, false);
  });

  it('rejects a recipient with no disclosures', async () => {
    await assert.rejects(
      createReceipt(vault, { recipientOrigin: 'https://nobody.example', piiPrincipalId: 'x', language: 'en', applications: [] }),
      /no disclosures/,
    );
  });
});

describe('JSON schema subset', () => {
  const schema = {
    type: 'object',
    required: ['a'],
    additionalProperties: false,
    properties: {
      a: { type: 'array', minItems: 1, items: { $ref: '#/$defs/item' } },
      b: { enum: ['x', 'y'] },
    },
    $defs: { item: { type: 'string', pattern: '^[a-z]+$', format: 'uuid' } },
  } as const;

  it('reports each error with its path', () => {
    const errors = validateJson({ a: ['ABC'], b: 'z', c: 1 }, schema as never);
    assert.deepEqual(
      errors.map((error) => error.path),
      ['/a/0', '/a/0', '/b', '/c'],
    );
  });

  it('reports a missing member and a wrong type', () => {
    assert.deepEqual(validateJson({}, schema as never), [{ path: '/a', message: 'is required' }]);
    assert.equal(validateJson([], schema as never)[0]?.message, 'must be of type object, got array');
  });
});
