// The interfaces transfer needs from the unlocked vault and the settings, as structural types,
// so the background passes its session's UnlockedVault and tests build their own.
import type { Sealed } from '../../vault/crypto/aead';
import type { MeritvalvDb } from '../../vault/db';
import type { ExportedSettings } from '../format';

export interface TransferVault {
  db: MeritvalvDb;
  seal(plaintext: Uint8Array, aad?: string): Promise<Sealed>;
  open(sealed: Sealed, aad?: string): Promise<Uint8Array>;
  sealJson(value: unknown, aad?: string): Promise<Sealed>;
  openJson<T>(sealed: Sealed, aad?: string): Promise<T>;
  /** HMAC of a text under the vault's index key, as src/disclosure indexes origins and meanings. */
  keyedHash(text: string): Promise<string>;
  getDeviceKey(): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }>;
}

/** Settings that live outside the database (storage.local); applied after the data commits. */
export interface SettingsPort {
  read(): Promise<ExportedSettings>;
  apply(settings: ExportedSettings): Promise<void>;
}

/** Everything an export or import runs against. */
export interface TransferContext {
  vault: TransferVault;
  settings: SettingsPort;
  appVersion: string;
  /** The lowest PBKDF2 iteration count a protected file may use; tests lower it. */
  minKdfIterations: number;
  /** The iteration count a new protected export uses. */
  kdfIterations: number;
}
