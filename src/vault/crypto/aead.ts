// AES-256-GCM for every record: a fresh random 12-byte IV per encryption and additional
// authenticated data (AAD) that binds a ciphertext to the place it is stored, so a record copied
// to another table or id fails to decrypt.
import { fromUtf8, source, utf8, wipe } from './encoding';

export const IV_BYTES = 12;

/** An encrypted value as stored: the IV and the ciphertext with its 16-byte GCM tag. */
export interface Sealed {
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/** Thrown when a ciphertext fails authentication: wrong key, tampered bytes or wrong AAD. */
export class DecryptionError extends Error {
  constructor(message = 'Decryption failed: the data was altered or the key is wrong') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

function gcmParams(iv: Uint8Array, aad?: string): AesGcmParams {
  const params: AesGcmParams = { name: 'AES-GCM', iv: source(iv), tagLength: 128 };
  if (aad !== undefined) params.additionalData = source(utf8(aad));
  return params;
}

export async function seal(key: CryptoKey, plaintext: Uint8Array, aad?: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(gcmParams(iv, aad), key, source(plaintext));
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts a sealed value; throws DecryptionError when authentication fails. */
export async function open(key: CryptoKey, sealed: Sealed, aad?: string): Promise<Uint8Array> {
  if (!isSealed(sealed)) throw new DecryptionError('Decryption failed: not a sealed value');
  try {
    const plaintext = await crypto.subtle.decrypt(
      gcmParams(sealed.iv, aad),
      key,
      source(sealed.ciphertext),
    );
    return new Uint8Array(plaintext);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'OperationError') throw new DecryptionError();
    throw error;
  }
}

/** Encrypts a JSON-serialisable value. */
export async function sealJson(key: CryptoKey, value: unknown, aad?: string): Promise<Sealed> {
  const plaintext = utf8(JSON.stringify(value));
  try {
    return await seal(key, plaintext, aad);
  } finally {
    wipe(plaintext);
  }
}

/** Decrypts a value sealed by sealJson. The caller states the type it expects. */
export async function openJson<T>(key: CryptoKey, sealed: Sealed, aad?: string): Promise<T> {
  const plaintext = await open(key, sealed, aad);
  try {
    return JSON.parse(fromUtf8(plaintext)) as T;
  } finally {
    wipe(plaintext);
  }
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, ciphertext } = value as Partial<Sealed>;
  return iv instanceof Uint8Array && iv.length === IV_BYTES && ciphertext instanceof Uint8Array;
}
