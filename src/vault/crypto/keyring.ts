// The keyring: the data key wrapped twice, once by a key derived from the passphrase (PBKDF2)
// and once by the recovery key (HKDF). The key-derivation parameters and salts are stored with
// it, so the iteration count can be raised later by re-wrapping the data key alone.
import { AppError } from '../../messaging/protocol';
import { KDF_MIN_ITERATIONS, MIN_PASSPHRASE_LENGTH } from '../limits';
import { DecryptionError, open, randomBytes, seal, type Sealed } from './aead';
import { source, utf8, wipe } from './encoding';
import { DataKey } from './data-key';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export const KDF_DEFAULT_ITERATIONS = KDF_MIN_ITERATIONS;
/** An upper bound, so a damaged keyring cannot make unlocking run for hours. */
export const KDF_MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array;
}

export interface Keyring {
  kdf: KdfParams;
  /** The data key's raw bytes sealed with the passphrase key. */
  passphraseWrap: Sealed;
  /** The data key's raw bytes sealed with a key that HKDF derives from the recovery key. */
  recovery: { salt: Uint8Array; wrap: Sealed };
  /** A constant sealed with the data key, so a key from storage.session can be checked. */
  keyCheck: Sealed;
  createdAt: number;
  changedAt: number;
}

const PASSPHRASE_AAD = 'keyring/passphrase';
const RECOVERY_AAD = 'keyring/recovery';
const KEY_CHECK_AAD = 'keyring/check';
const KEY_CHECK_VALUE = 'meritvalv data key';

/** Iteration limits; tests lower `min` to keep PBKDF2 fast. */
export interface KdfPolicy {
  minIterations: number;
}

export const PRODUCTION_KDF_POLICY: KdfPolicy = { minIterations: KDF_MIN_ITERATIONS };

export function checkIterations(iterations: number, policy: KdfPolicy): void {
  if (
    !Number.isSafeInteger(iterations) ||
    iterations < policy.minIterations ||
    iterations > KDF_MAX_ITERATIONS
  ) {
    throw new AppError(
      'invalidRequest',
      `Key-derivation iterations must be a whole number from ${policy.minIterations} to ${KDF_MAX_ITERATIONS}, got ${iterations}`,
      [String(policy.minIterations), String(KDF_MAX_ITERATIONS)],
    );
  }
}

/** Rejects a passphrase shorter than MIN_PASSPHRASE_LENGTH characters (after trimming). */
export function checkPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || [...passphrase.trim()].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError(
      'weakPassphrase',
      `The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`,
      [String(MIN_PASSPHRASE_LENGTH)],
    );
  }
}

/**
 * Derives the key that wraps the data key. The passphrase is normalised to Unicode NFC, so "å"
 * typed as one code point or as "a" plus a combining ring gives the same key.
 */
export async function derivePassphraseKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const bytes = utf8(passphrase.normalize('NFC'));
  try {
    const base = await crypto.subtle.importKey('raw', source(bytes), 'PBKDF2', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: source(kdf.salt) },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    wipe(bytes);
  }
}

async function deriveRecoveryWrapKey(recoveryBytes: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  // The recovery key has 160 random bits, so a fast HKDF is enough; PBKDF2 would add nothing.
  const base = await crypto.subtle.importKey('raw', source(recoveryBytes), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: source(salt), info: source(utf8('meritvalv/recovery/v1')) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export function newKdfParams(iterations: number): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
}

async function wrapWithPassphrase(dataKeyRaw: Uint8Array, passphrase: string, kdf: KdfParams): Promise<Sealed> {
  return seal(await derivePassphraseKey(passphrase, kdf), dataKeyRaw, PASSPHRASE_AAD);
}

/** Builds a keyring for `dataKeyRaw` and returns it with the recovery key to show once. */
export async function createKeyring(
  dataKeyRaw: Uint8Array,
  passphrase: string,
  iterations: number,
  policy: KdfPolicy,
): Promise<{ keyring: Keyring; recoveryKey: string }> {
  checkPassphrase(passphrase);
  checkIterations(iterations, policy);
  const kdf = newKdfParams(iterations);
  const recoveryBytes = randomBytes(20);
  const recoverySalt = randomBytes(SALT_BYTES);
  try {
    const recoveryWrap = await seal(
      await deriveRecoveryWrapKey(recoveryBytes, recoverySalt),
      dataKeyRaw,
      RECOVERY_AAD,
    );
    const now = Date.now();
    const dataKey = await DataKey.fromRaw(dataKeyRaw);
    const keyring: Keyring = {
      kdf,
      passphraseWrap: await wrapWithPassphrase(dataKeyRaw, passphrase, kdf),
      recovery: { salt: recoverySalt, wrap: recoveryWrap },
      keyCheck: await dataKey.sealJson(KEY_CHECK_VALUE, KEY_CHECK_AAD),
      createdAt: now,
      changedAt: now,
    };
    return { keyring, recoveryKey: generateRecoveryKey(recoveryBytes) };
  } finally {
    wipe(recoveryBytes);
  }
}

/** Returns the data key's raw bytes; throws AppError('wrongPassphrase') when they do not open. */
export async function unwrapWithPassphrase(
  keyring: Keyring,
  passphrase: string,
  policy: KdfPolicy,
): Promise<Uint8Array> {
  checkIterations(keyring.kdf.iterations, policy);
  const key = await derivePassphraseKey(passphrase, keyring.kdf);
  try {
    return await open(key, keyring.passphraseWrap, PASSPHRASE_AAD);
  } catch (error) {
    if (error instanceof DecryptionError) {
      throw new AppError('wrongPassphrase', 'The passphrase is wrong');
    }
    throw error;
  }
}

/** Returns the data key's raw bytes; throws AppError('wrongRecoveryKey') when they do not open. */
export async function unwrapWithRecoveryKey(keyring: Keyring, recoveryKey: string): Promise<Uint8Array> {
  const recoveryBytes = parseRecoveryKey(recoveryKey);
  if (!recoveryBytes) throw new AppError('wrongRecoveryKey', 'The recovery key is not valid');
  try {
    const key = await deriveRecoveryWrapKey(recoveryBytes, keyring.recovery.salt);
    return await open(key, keyring.recovery.wrap, RECOVERY_AAD);
  } catch (error) {
    if (error instanceof DecryptionError) {
      throw new AppError('wrongRecoveryKey', 'The recovery key is wrong');
    }
    throw error;
  } finally {
    wipe(recoveryBytes);
  }
}

/**
 * Returns a copy of `keyring` whose passphrase wrap uses `passphrase`, a fresh salt and
 * `iterations`. The data key and the recovery wrap stay the same, so no record is re-encrypted.
 */
export async function rewrapPassphrase(
  keyring: Keyring,
  dataKeyRaw: Uint8Array,
  passphrase: string,
  iterations: number,
  policy: KdfPolicy,
): Promise<Keyring> {
  checkPassphrase(passphrase);
  checkIterations(iterations, policy);
  const kdf = newKdfParams(iterations);
  return {
    ...keyring,
    kdf,
    passphraseWrap: await wrapWithPassphrase(dataKeyRaw, passphrase, kdf),
    changedAt: Date.now(),
  };
}

/** Returns whether `key` is the data key this keyring wraps. */
export async function isKeyringDataKey(keyring: Keyring, key: DataKey): Promise<boolean> {
  try {
    return (await key.openJson<string>(keyring.keyCheck, KEY_CHECK_AAD)) === KEY_CHECK_VALUE;
  } catch (error) {
    if (error instanceof DecryptionError) return false;
    throw error;
  }
}
