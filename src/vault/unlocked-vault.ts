// The vault while its data key is in memory: reads and writes the CV, documents and other sealed
// values. Made by Vault.unlock, Vault.create, Vault.recover or Vault.openWithDataKey.
import * as ed from '@noble/ed25519';
import type { Sealed } from './crypto/aead';
import { DataKey } from './crypto/data-key';
import { fromBase64, toBase64, wipe } from './crypto/encoding';
import { emptyCv, type Cv, type DocumentInfo, type DocumentRole } from './cv/model';
import { checkCv } from './cv/validate';
import type { MeritvalvDb } from './db';
import * as documents from './documents';
import type { NewDocument } from './documents';
import { RECORD_IDS, recordAad, type StoredDeviceKey } from './records';

const CV_RECORD = RECORD_IDS.cv;
const DEVICE_KEY_RECORD = RECORD_IDS.deviceKey;

/** An Ed25519 key pair that signs the disclosure history on this device. */
export interface DeviceKey {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** Generates a device key and returns it sealed for the records table. */
export async function sealNewDeviceKey(
  key: DataKey,
  secretKey: Uint8Array = ed.utils.randomSecretKey(),
): Promise<Sealed> {
  const publicKey = await ed.getPublicKeyAsync(secretKey as Uint8Array<ArrayBuffer>);
  const stored: StoredDeviceKey = {
    secretKey: toBase64(secretKey),
    publicKey: toBase64(publicKey),
    createdAt: new Date().toISOString(),
  };
  return key.sealJson(stored, recordAad(DEVICE_KEY_RECORD));
}

/** How many keyed hashes an open vault keeps; the cache starts over when it is full. */
const KEYED_HASH_CACHE_SIZE = 1000;

export class UnlockedVault {
  private readonly raw: Uint8Array;
  private readonly keyedHashes = new Map<string, Promise<string>>();
  private closed = false;

  constructor(
    readonly db: MeritvalvDb,
    readonly key: DataKey,
    dataKeyRaw: Uint8Array,
  ) {
    this.raw = dataKeyRaw.slice();
  }

  /** Returns a copy of the data key's raw bytes, for the session store; the caller wipes it. */
  exportDataKey(): Uint8Array {
    if (this.closed) throw new Error('The vault was closed');
    return this.raw.slice();
  }

  /** Wipes the raw key bytes of this object and clears the keyed hashes. The CryptoKeys go with the object. */
  close(): void {
    wipe(this.raw);
    this.keyedHashes.clear();
    this.closed = true;
  }

  async readCv(): Promise<Cv> {
    const row = await this.db.records.get(CV_RECORD);
    if (!row) return emptyCv();
    return this.key.openJson<Cv>(row.sealed, recordAad(CV_RECORD));
  }

  /**
   * Validates and stores the CV, replacing the previous one in one put: a crash before it
   * commits leaves the previous CV. Returns the normalised CV as stored.
   * Throws AppError('invalidCv') with params [path, problem].
   */
  async saveCv(cv: Cv): Promise<Cv> {
    const checked = checkCv(cv, { code: 'invalidCv' });
    const sealed = await this.key.sealJson(checked, recordAad(CV_RECORD));
    await this.db.transaction('rw', this.db.records, async () => {
      await this.db.records.put({ id: CV_RECORD, sealed, updatedAt: Date.now() });
    });
    return checked;
  }

  listDocuments(): Promise<DocumentInfo[]> {
    return documents.listDocuments(this.db, this.key);
  }

  readDocument(id: string): Promise<Uint8Array> {
    return documents.readDocument(this.db, this.key, id);
  }

  readDocumentInfo(id: string): Promise<DocumentInfo> {
    return documents.readDocumentInfo(this.db, this.key, id);
  }

  addDocument(doc: NewDocument): Promise<DocumentInfo> {
    return documents.addDocument(this.db, this.key, doc);
  }

  removeDocument(id: string): Promise<void> {
    return documents.removeDocument(this.db, id);
  }

  setDocumentRole(id: string, role: DocumentRole): Promise<void> {
    return documents.setDocumentRole(this.db, this.key, id, role);
  }

  /** Seals bytes with the data key; `aad` binds them to where they are stored. */
  seal(plaintext: Uint8Array, aad?: string): Promise<Sealed> {
    return this.key.seal(plaintext, aad);
  }

  /** Opens bytes sealed by seal with the same `aad`; throws DecryptionError otherwise. */
  open(sealed: Sealed, aad?: string): Promise<Uint8Array> {
    return this.key.open(sealed, aad);
  }

  /** Seals any JSON value with the data key; `aad` binds it to where it is stored. */
  sealJson(value: unknown, aad?: string): Promise<Sealed> {
    return this.key.sealJson(value, aad);
  }

  /** Opens a value sealed by sealJson with the same `aad`; throws DecryptionError otherwise. */
  openJson<T>(sealed: Sealed, aad?: string): Promise<T> {
    return this.key.openJson<T>(sealed, aad);
  }

  /**
   * Returns HMAC-SHA256 of `text` under a subkey of the data key, as hex. The log hashes the same
   * few origins and meanings again and again, so recent hashes are kept in memory while the vault
   * is open. Locking discards them.
   */
  keyedHash(text: string): Promise<string> {
    let hash = this.keyedHashes.get(text);
    if (!hash) {
      if (this.keyedHashes.size >= KEYED_HASH_CACHE_SIZE) this.keyedHashes.clear();
      hash = this.key.keyedHash(text);
      this.keyedHashes.set(text, hash);
      hash.catch(() => this.keyedHashes.delete(text));
    }
    return hash;
  }

  /**
   * Returns the device key, made with the vault. A vault restored without one (a readable export
   * has no private key) gets a new key here, which the log must enter as a key rotation.
   */
  async getDeviceKey(): Promise<DeviceKey> {
    let row = await this.db.records.get(DEVICE_KEY_RECORD);
    if (!row) {
      await this.setDeviceKey(ed.utils.randomSecretKey());
      row = (await this.db.records.get(DEVICE_KEY_RECORD))!;
    }
    const stored = await this.key.openJson<StoredDeviceKey>(row.sealed, recordAad(DEVICE_KEY_RECORD));
    return { secretKey: fromBase64(stored.secretKey), publicKey: fromBase64(stored.publicKey) };
  }

  /** Replaces the device key, as a restore that continues another device's log needs. */
  async setDeviceKey(secretKey: Uint8Array): Promise<void> {
    const sealed = await sealNewDeviceKey(this.key, secretKey);
    await this.db.records.put({ id: DEVICE_KEY_RECORD, sealed, updatedAt: Date.now() });
  }
}
