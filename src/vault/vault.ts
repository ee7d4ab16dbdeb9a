// The vault over its IndexedDB database: create, unlock, recover, change the passphrase, delete.
// A locked Vault holds no key; each unlocking call returns an UnlockedVault.
import { AppError } from '../messaging/protocol';
import { DecryptionError } from './crypto/aead';
import { DataKey, generateDataKeyBytes } from './crypto/data-key';
import { wipe } from './crypto/encoding';
import {
  createKeyring,
  isKeyringDataKey,
  KDF_DEFAULT_ITERATIONS,
  PRODUCTION_KDF_POLICY,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  type KdfPolicy,
  type Keyring,
} from './crypto/keyring';
import { MeritvalvDb, type DbOptions, type KeyringRow } from './db';
import { RECORD_IDS } from './records';
import { sealNewDeviceKey, UnlockedVault } from './unlocked-vault';

const KEYRING_KEY = 'keyring';


export interface VaultOptions extends DbOptions {
  /** Iteration limits; only tests lower them. */
  kdfPolicy?: KdfPolicy;
}

export class Vault {
  private database: MeritvalvDb;
  readonly kdfPolicy: KdfPolicy;

  constructor(private readonly options: VaultOptions = {}) {
    this.database = new MeritvalvDb(options);
    this.kdfPolicy = options.kdfPolicy ?? PRODUCTION_KDF_POLICY;
  }

  get db(): MeritvalvDb {
    return this.database;
  }

  async exists(): Promise<boolean> {
    return (await this.db.meta.get(KEYRING_KEY)) !== undefined;
  }

  private async readKeyring(): Promise<Keyring> {
    const row = (await this.db.meta.get(KEYRING_KEY)) as KeyringRow | undefined;
    if (!row) throw new AppError('vaultMissing', 'No vault has been created');
    return row.value;
  }

  private async writeKeyring(keyring: Keyring): Promise<void> {
    const row: KeyringRow = { key: KEYRING_KEY, value: keyring };
    await this.db.meta.put(row);
  }

  /** Returns the PBKDF2 iteration count the stored keyring uses. */
  async iterations(): Promise<number> {
    return (await this.readKeyring()).kdf.iterations;
  }

  /**
   * Creates the vault with a fresh data key and device key. Returns the recovery key, which is
   * shown once and stored nowhere, and the unlocked vault.
   */
  async create(
    passphrase: string,
    options: { iterations?: number } = {},
  ): Promise<{ recoveryKey: string; vault: UnlockedVault }> {
    if (await this.exists()) throw new AppError('vaultExists', 'A vault already exists');
    const raw = await generateDataKeyBytes();
    try {
      const key = await DataKey.fromRaw(raw);
      const iterations = options.iterations ?? KDF_DEFAULT_ITERATIONS;
      const { keyring, recoveryKey } = await createKeyring(raw, passphrase, iterations, this.kdfPolicy);
      const deviceKey = await sealNewDeviceKey(key);

      await this.db.transaction('rw', this.db.meta, this.db.records, async () => {
        if (await this.db.meta.get(KEYRING_KEY)) throw new AppError('vaultExists', 'A vault already exists');
        await this.writeKeyring(keyring);
        await this.db.records.put({ id: RECORD_IDS.deviceKey, sealed: deviceKey, updatedAt: Date.now() });
      });
      return { recoveryKey, vault: new UnlockedVault(this.db, key, raw) };
    } finally {
      wipe(raw);
    }
  }

  /** Throws AppError('wrongPassphrase') and changes nothing when the passphrase is wrong. */
  async unlock(passphrase: string): Promise<UnlockedVault> {
    const raw = await unwrapWithPassphrase(await this.readKeyring(), passphrase, this.kdfPolicy);
    return this.openWithDataKey(raw);
  }

  /**
   * Opens the vault with raw data key bytes kept by the session, and wipes them. Throws
   * AppError('vaultLocked') when they do not open this vault (it was deleted and made again).
   */
  async openWithDataKey(raw: Uint8Array): Promise<UnlockedVault> {
    try {
      const key = await DataKey.fromRaw(raw);
      if (!(await isKeyringDataKey(await this.readKeyring(), key))) throw new DecryptionError();
      return new UnlockedVault(this.db, key, raw);
    } catch (error) {
      if (error instanceof DecryptionError || error instanceof TypeError) {
        throw new AppError('vaultLocked', 'The stored session key does not open this vault');
      }
      throw error;
    } finally {
      wipe(raw);
    }
  }

  /** Unwraps the data key with the recovery key and wraps it with a new passphrase. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<UnlockedVault> {
    const keyring = await this.readKeyring();
    const raw = await unwrapWithRecoveryKey(keyring, recoveryKey);
    try {
      const iterations = Math.max(keyring.kdf.iterations, this.kdfPolicy.minIterations);
      await this.writeKeyring(await rewrapPassphrase(keyring, raw, newPassphrase, iterations, this.kdfPolicy));
      return await this.openWithDataKey(raw.slice());
    } finally {
      wipe(raw);
    }
  }

  /**
   * Re-wraps the data key under `newPassphrase` with a fresh salt and, when given, a new iteration
   * count. No record is re-encrypted. A wrong current passphrase changes nothing.
   */
  async changePassphrase(current: string, newPassphrase: string, iterations?: number): Promise<void> {
    const keyring = await this.readKeyring();
    const raw = await unwrapWithPassphrase(keyring, current, this.kdfPolicy);
    try {
      const count = iterations ?? keyring.kdf.iterations;
      await this.writeKeyring(await rewrapPassphrase(keyring, raw, newPassphrase, count, this.kdfPolicy));
    } finally {
      wipe(raw);
    }
  }

  /** Re-derives the passphrase key with a new iteration count; the passphrase stays the same. */
  setIterations(passphrase: string, iterations: number): Promise<void> {
    return this.changePassphrase(passphrase, passphrase, iterations);
  }

  /** Deletes the database with the keyring, the CV, documents and the log. */
  async deleteEverything(): Promise<void> {
    await this.db.delete();
    this.database = new MeritvalvDb(this.options);
  }
}
