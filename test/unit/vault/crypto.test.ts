import assert from 'node:assert/strict';
import { DecryptionError, IV_BYTES, open, openJson, seal, sealJson } from '../../../src/vault/crypto/aead';
import { DataKey, generateDataKeyBytes } from '../../../src/vault/crypto/data-key';
import { fromBase32, fromBase64, toBase32, toBase64 } from '../../../src/vault/crypto/encoding';
import {
  createKeyring,
  derivePassphraseKey,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  PRODUCTION_KDF_POLICY,
} from '../../../src/vault/crypto/keyring';
import { parseRecoveryKey } from '../../../src/vault/crypto/recovery-key';
import { AppError } from '../../../src/messaging/protocol';

const TEST_POLICY = { minIterations: 1000 };

async function newDataKey(): Promise<{ raw: Uint8Array; key: DataKey }> {
  const raw = await generateDataKeyBytes();
  return { raw, key: await DataKey.fromRaw(raw) };
}

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof AppError && error.code === code);
}

describe('vault crypto', () => {
  it('round-trips bytes and JSON', async () => {
    const { key } = await newDataKey();
    const plaintext = new TextEncoder().encode('Anna Lindqvist, Västerås');
    const sealed = await key.seal(plaintext, 'records/cv');
    assert.deepEqual(await key.open(sealed, 'records/cv'), plaintext);
    assert.ok(!Buffer.from(sealed.ciphertext).includes(Buffer.from('Lindqvist')));

    const value = { name: 'Anna', tags: ['a', 'b'], n: 3 };
    assert.deepEqual(await key.openJson(await key.sealJson(value)), value);
  });

  it('rejects a tampered ciphertext, IV or tag', async () => {
    const { key } = await newDataKey();
    const sealed = await sealJson(key.encryptionKey, { secret: 'x' });
    for (const part of ['ciphertext', 'iv'] as const) {
      const copy = { iv: sealed.iv.slice(), ciphertext: sealed.ciphertext.slice() };
      copy[part][0]! ^= 1;
      await assert.rejects(openJson(key.encryptionKey, copy), DecryptionError);
    }
    const truncated = { iv: sealed.iv, ciphertext: sealed.ciphertext.slice(0, -1) };
    await assert.rejects(openJson(key.encryptionKey, truncated), DecryptionError);
  });

  it('rejects a record moved to another place', async () => {
    const { key } = await newDataKey();
    const sealed = await seal(key.encryptionKey, new Uint8Array([1, 2, 3]), 'documents/a/info');
    await assert.rejects(open(key.encryptionKey, sealed, 'documents/b/info'), DecryptionError);
    await assert.rejects(open(key.encryptionKey, sealed), DecryptionError);
  });

  it('rejects another data key', async () => {
    const first = await newDataKey();
    const second = await newDataKey();
    const sealed = await first.key.sealJson('value');
    await assert.rejects(second.key.openJson(sealed), DecryptionError);
  });

  it('uses a fresh 12-byte IV each time', async () => {
    const { key } = await newDataKey();
    const seen = new Set<string>();
    const ciphertexts = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const sealed = await key.sealJson('same plaintext');
      assert.equal(sealed.iv.length, IV_BYTES);
      seen.add(toBase64(sealed.iv));
      ciphertexts.add(toBase64(sealed.ciphertext));
    }
    assert.equal(seen.size, 200);
    assert.equal(ciphertexts.size, 200);
  });

  it('keyed hash is stable per key', async () => {
    const first = await newDataKey();
    const second = await DataKey.fromRaw(first.raw);
    const other = await newDataKey();
    const hash = await first.key.keyedHash('https://jobs.example.com');
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(await second.keyedHash('https://jobs.example.com'), hash);
    assert.notEqual(await first.key.keyedHash('https://jobs.example.org'), hash);
    assert.notEqual(await other.key.keyedHash('https://jobs.example.com'), hash);
  });

  it('encodes base64 and base32 both ways', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
    assert.throws(() => fromBase64('not base64!'), TypeError);
    assert.deepEqual(fromBase32(toBase32(bytes)), bytes);
  });
});

describe('keyring', () => {
  it('stores and honours the iteration count', async () => {
    const { raw } = await newDataKey();
    const { keyring } = await createKeyring(raw, 'correct horse battery', 1234, TEST_POLICY);
    assert.equal(keyring.kdf.iterations, 1234);
    assert.equal(keyring.kdf.hash, 'SHA-256');
    assert.equal(keyring.kdf.salt.length, 16);

    // The stored parameters alone open the wrap.
    const manual = await derivePassphraseKey('correct horse battery', keyring.kdf);
    assert.deepEqual(await open(manual, keyring.passphraseWrap, 'keyring/passphrase'), raw);

    // A different count derives a different key, so unlock depends on the stored count.
    const altered = { ...keyring, kdf: { ...keyring.kdf, iterations: 1235 } };
    await rejectsWithCode(unwrapWithPassphrase(altered, 'correct horse battery', TEST_POLICY), 'wrongPassphrase');
    assert.deepEqual(await unwrapWithPassphrase(keyring, 'correct horse battery', TEST_POLICY), raw);
  });

  it('rejects iterations below the minimum', async () => {
    const { raw } = await newDataKey();
    await rejectsWithCode(createKeyring(raw, 'correct horse battery', 599_999, PRODUCTION_KDF_POLICY), 'invalidRequest');
    const { keyring } = await createKeyring(raw, 'correct horse battery', 1000, TEST_POLICY);
    await rejectsWithCode(unwrapWithPassphrase(keyring, 'correct horse battery', PRODUCTION_KDF_POLICY), 'invalidRequest');
  });

  it('rejects a short passphrase', async () => {
    const { raw } = await newDataKey();
    await rejectsWithCode(createKeyring(raw, 'short', 1000, TEST_POLICY), 'weakPassphrase');
  });

  it('recovery key unwraps in any typing', async () => {
    const { raw } = await newDataKey();
    const { keyring, recoveryKey } = await createKeyring(raw, 'correct horse battery', 1000, TEST_POLICY);
    assert.match(recoveryKey, /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const variants = [
      recoveryKey,
      recoveryKey.toLowerCase(),
      recoveryKey.replace(/-/g, ''),
      recoveryKey.replace(/-/g, ' '),
      recoveryKey.replace(/1/g, 'l').replace(/0/g, 'O'),
    ];
    for (const variant of variants) {
      assert.deepEqual(await unwrapWithRecoveryKey(keyring, variant), raw, variant);
    }
  });

  it('rejects a wrong or malformed recovery key', async () => {
    const { raw } = await newDataKey();
    const { keyring, recoveryKey } = await createKeyring(raw, 'correct horse battery', 1000, TEST_POLICY);
    const last = recoveryKey.at(-1) === '0' ? '1' : '0';
    await rejectsWithCode(unwrapWithRecoveryKey(keyring, recoveryKey.slice(0, -1) + last), 'wrongRecoveryKey');
    await rejectsWithCode(unwrapWithRecoveryKey(keyring, recoveryKey.slice(0, -2)), 'wrongRecoveryKey');
    await rejectsWithCode(unwrapWithRecoveryKey(keyring, 'UUUU-' + recoveryKey.slice(5)), 'wrongRecoveryKey');
    assert.equal(parseRecoveryKey(recoveryKey + 'A'), null);
  });

  it('re-wraps with a new passphrase and salt', async () => {
    const { raw } = await newDataKey();
    const { keyring } = await createKeyring(raw, 'correct horse battery', 1000, TEST_POLICY);
    const next = await rewrapPassphrase(keyring, raw, 'new passphrase here', 2000, TEST_POLICY);
    assert.equal(next.kdf.iterations, 2000);
    assert.notDeepEqual(next.kdf.salt, keyring.kdf.salt);
    assert.deepEqual(next.recovery, keyring.recovery);
    assert.deepEqual(await unwrapWithPassphrase(next, 'new passphrase here', TEST_POLICY), raw);
    await rejectsWithCode(unwrapWithPassphrase(next, 'correct horse battery', TEST_POLICY), 'wrongPassphrase');
  });

  it('treats composed and decomposed å alike', async () => {
    const { raw } = await newDataKey();
    const { keyring } = await createKeyring(raw, 'smörgåsbord 2026', 1000, TEST_POLICY);
    const decomposed = 'smörgåsbord 2026'.normalize('NFD');
    assert.deepEqual(await unwrapWithPassphrase(keyring, decomposed, TEST_POLICY), raw);
  });
});
