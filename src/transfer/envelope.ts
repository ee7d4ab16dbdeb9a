// The protected export: the JSON of a whole vault export encrypted with AES-256-GCM under a key
// derived from a passphrase. PBKDF2-SHA256 stretches the passphrase to 32 bytes; HKDF-SHA256
// splits those into an encryption key and a check key. The check value (an HMAC of a fixed text
// under the check key) separates a wrong passphrase from altered ciphertext. The envelope's header
// is the GCM additional data, so changing the parameters also fails authentication.
import { AppError } from '../messaging/protocol';
import { fromBase64, source, toBase64, utf8, wipe } from '../vault/crypto/encoding';
import { KDF_MAX_ITERATIONS } from '../vault/crypto/keyring';
import { APP_NAME, FORMAT_VERSION, PROTECTED_FORMAT, type ProtectedExport } from './format';
import type { JsonValue } from './json/strict-parse';
import { importError } from './problems';
import { checkFormatVersion } from './validate/vault-export';
import { base64, integer, objectAt, oneOf, text } from './validate/reader';

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_TEXT = 'meritvalv-export/passphrase-check/v1';
const ENCRYPTION_INFO = 'meritvalv-export/encryption/v1';
const CHECK_INFO = 'meritvalv-export/check/v1';

interface EnvelopeKeys {
  encryption: CryptoKey;
  check: CryptoKey;
}

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<EnvelopeKeys> {
  const passphraseBytes = utf8(passphrase.normalize('NFC'));
  let stretched: Uint8Array | undefined;
  try {
    const base = await crypto.subtle.importKey('raw', source(passphraseBytes), 'PBKDF2', false, ['deriveBits']);
    stretched = new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations, salt: source(salt) }, base, 256),
    );
    const hkdf = await crypto.subtle.importKey('raw', source(stretched), 'HKDF', false, ['deriveKey']);
    const subkey = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
      crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: source(utf8(info)) },
        hkdf,
        algorithm,
        false,
        usages,
      );
    return {
      encryption: await subkey(ENCRYPTION_INFO, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
      check: await subkey(CHECK_INFO, { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign', 'verify']),
    };
  } finally {
    wipe(passphraseBytes, stretched);
  }
}

/** Returns the GCM additional data: every header field in a fixed order, so none can be swapped. */
function headerAad(envelope: Omit<ProtectedExport, 'ciphertext' | 'passphraseCheck' | 'app'>): Uint8Array {
  const { format, formatVersion, kdf, cipher } = envelope;
  return utf8(
    JSON.stringify([format, formatVersion, kdf.name, kdf.hash, kdf.iterations, kdf.salt, cipher.name, cipher.keyLength, cipher.tagLength, cipher.iv]),
  );
}

/** Encrypts the JSON text of a vault export into a protected export. */
export async function protectExport(
  plaintext: string,
  passphrase: string,
  iterations: number,
  appVersion: string,
): Promise<ProtectedExport> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const keys = await deriveKeys(passphrase, salt, iterations);
  const header = {
    format: PROTECTED_FORMAT,
    formatVersion: FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', keyLength: 256, tagLength: 128, iv: toBase64(iv) },
  } as const;
  const check = await crypto.subtle.sign('HMAC', keys.check, source(utf8(CHECK_TEXT)));
  const data = utf8(plaintext);
  try {
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: source(iv), tagLength: 128, additionalData: source(headerAad(header)) },
      keys.encryption,
      source(data),
    );
    return {
      ...header,
      app: { name: APP_NAME, version: appVersion },
      passphraseCheck: toBase64(new Uint8Array(check)),
      ciphertext: toBase64(new Uint8Array(ciphertext)),
    };
  } finally {
    wipe(data);
  }
}

/** Checks a parsed protected export's header; the passphrase is not needed for this. */
export function readProtectedExport(value: JsonValue, minIterations: number): ProtectedExport {
  const root = objectAt(value, '');
  const formatVersion = checkFormatVersion(root, PROTECTED_FORMAT);
  const kdf = objectAt(root.kdf, 'kdf');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') throw importError('kdf', 'unsupportedKdf');
  const iterationsValue = kdf.iterations;
  if (typeof iterationsValue === 'number' && Number.isSafeInteger(iterationsValue) && iterationsValue < minIterations) {
    throw importError('kdf.iterations', 'weakKdf', [String(minIterations)]);
  }
  const iterations = integer(kdf, 'iterations', 'kdf', minIterations, KDF_MAX_ITERATIONS);
  const salt = text(kdf, 'salt', 'kdf', 64);
  if (base64(kdf, 'salt', 'kdf', 64).length < SALT_BYTES) throw importError('kdf.salt', 'expectedBase64');
  const cipher = objectAt(root.cipher, 'cipher');
  oneOf(cipher, 'name', 'cipher', ['AES-GCM']);
  integer(cipher, 'keyLength', 'cipher', 256, 256);
  integer(cipher, 'tagLength', 'cipher', 128, 128);
  if (base64(cipher, 'iv', 'cipher', 64).length !== IV_BYTES) throw importError('cipher.iv', 'expectedBase64');
  const app = objectAt(root.app, 'app');
  base64(root, 'passphraseCheck', '', 64);
  base64(root, 'ciphertext', '', Number.MAX_SAFE_INTEGER);
  return {
    format: PROTECTED_FORMAT,
    formatVersion,
    app: { name: text(app, 'name', 'app', 200), version: text(app, 'version', 'app', 200) },
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
    cipher: { name: 'AES-GCM', keyLength: 256, tagLength: 128, iv: cipher.iv as string },
    passphraseCheck: root.passphraseCheck as string,
    ciphertext: root.ciphertext as string,
  };
}

/**
 * Decrypts a protected export and returns the plaintext JSON. Throws AppError('wrongPassphrase')
 * when the check value does not match and AppError('importTampered') when the ciphertext or its
 * header was altered.
 */
export async function openProtectedExport(envelope: ProtectedExport, passphrase: string): Promise<string> {
  const keys = await deriveKeys(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
  // HMAC verify compares in constant time.
  const checkMatches = await crypto.subtle.verify(
    'HMAC',
    keys.check,
    source(fromBase64(envelope.passphraseCheck)),
    source(utf8(CHECK_TEXT)),
  );
  if (!checkMatches) throw new AppError('wrongPassphrase', 'The passphrase of the protected file is wrong');

  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: source(fromBase64(envelope.cipher.iv)), tagLength: 128, additionalData: source(headerAad(envelope)) },
        keys.encryption,
        source(fromBase64(envelope.ciphertext)),
      ),
    );
  } catch {
    throw importError('ciphertext', 'tampered', [], 'importTampered');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } finally {
    wipe(plaintext);
  }
}
