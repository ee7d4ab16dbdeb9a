// The vault's data key: a random AES-256-GCM key that encrypts every record. Its raw bytes are
// what the session keeps in storage.session; the passphrase and the recovery key only wrap it.
import { seal, open, sealJson, openJson, type Sealed } from './aead';
import { source, toHex, utf8 } from './encoding';

export const DATA_KEY_BYTES = 32;
const INDEX_KEY_INFO = 'meritvalv/index-key/v1';

/** Generates a fresh data key and returns its raw bytes; the caller wipes them after use. */
export async function generateDataKeyBytes(): Promise<Uint8Array> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** The working keys made from the data key's raw bytes; neither CryptoKey is extractable. */
export class DataKey {
  private constructor(
    readonly encryptionKey: CryptoKey,
    private readonly indexKey: CryptoKey,
  ) {}

  /** Imports raw data key bytes. It does not keep or wipe `raw`; that is the caller's job. */
  static async fromRaw(raw: Uint8Array): Promise<DataKey> {
    if (raw.length !== DATA_KEY_BYTES) throw new TypeError('A data key has 32 bytes');
    const encryptionKey = await crypto.subtle.importKey('raw', source(raw), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    const hkdfKey = await crypto.subtle.importKey('raw', source(raw), 'HKDF', false, ['deriveKey']);
    // A subkey from HKDF-SHA256 keeps the HMAC key apart from the encryption key.
    const indexKey = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: source(utf8(INDEX_KEY_INFO)) },
      hkdfKey,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    );
    return new DataKey(encryptionKey, indexKey);
  }

  seal(plaintext: Uint8Array, aad?: string): Promise<Sealed> {
    return seal(this.encryptionKey, plaintext, aad);
  }

  open(sealed: Sealed, aad?: string): Promise<Uint8Array> {
    return open(this.encryptionKey, sealed, aad);
  }

  sealJson(value: unknown, aad?: string): Promise<Sealed> {
    return sealJson(this.encryptionKey, value, aad);
  }

  openJson<T>(sealed: Sealed, aad?: string): Promise<T> {
    return openJson<T>(this.encryptionKey, sealed, aad);
  }

  /**
   * Returns HMAC-SHA256 of `text` under the index subkey, as 64 hex digits. Equal texts give equal
   * hashes within one vault, so an index can be queried without storing the text.
   */
  async keyedHash(text: string): Promise<string> {
    const mac = await crypto.subtle.sign('HMAC', this.indexKey, source(utf8(text)));
    return toHex(new Uint8Array(mac));
  }
}
