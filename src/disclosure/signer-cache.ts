// A per-vault cache of the chain's tip and the device key's fingerprint, which every append needs
// before it can chain and sign, so an append reads the sealed head row without decrypting it.
// Locking drops the vault instance and with it this state. Every write of the head seals it with a fresh random IV, so a head row whose IV
// differs from the remembered one (an import, a deletion, a key rotation) is decrypted again. The
// device key is read on every append, in parallel with the head, so a key replaced in storage
// signs the next append and verification reports it.
import type { HeadRecord } from './chain';
import { toHex } from './bytes';
import { keyFingerprint, type DeviceKeyPair } from './signing';
import { HEAD_ID, tipOf, type LogRecordRow, type LogVault } from './store';

export interface Signer {
  tip: { length: number; hash: string; count: number };
  key: DeviceKeyPair;
  keyFingerprint: string;
}

interface CachedSigner extends Signer {
  headIv: Uint8Array;
  publicKeyHex: string;
}

const signers = new WeakMap<LogVault, CachedSigner>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

async function readTip(vault: LogVault, cached: CachedSigner | undefined): Promise<Signer['tip']> {
  const row = await vault.db.logRecords.get(HEAD_ID);
  if (cached && row && sameBytes(row.sealed.iv, cached.headIv)) return cached.tip;
  return tipOf(row ? await vault.openJson<HeadRecord>(row.sealed) : null);
}

/** Returns the tip and device key to append with. Call it inside withLogLock. */
export async function readSigner(vault: LogVault): Promise<Signer> {
  const cached = signers.get(vault);
  const [tip, key] = await Promise.all([readTip(vault, cached), vault.getDeviceKey()]);
  const publicKeyHex = toHex(key.publicKey);
  const fingerprint = cached?.publicKeyHex === publicKeyHex ? cached.keyFingerprint : await keyFingerprint(publicKeyHex);
  return { tip, key, keyFingerprint: fingerprint };
}

/** Remembers the tip and key fingerprint after an append stored `headRow` as the new head. */
export function rememberSigner(vault: LogVault, signer: Signer, headRow: LogRecordRow): void {
  signers.set(vault, { ...signer, headIv: headRow.sealed.iv, publicKeyHex: toHex(signer.key.publicKey) });
}
