// Ed25519 signatures over canonical JSON, with @noble/ed25519's async API (it hashes with
// WebCrypto SHA-512, so it needs no hash hook). Keys and signatures travel as lower-case hex.
import * as ed from '@noble/ed25519';
import { canonicalize } from './canonical-json';
import { fromHex, isHex, sha256Hex, toHex, utf8 } from './bytes';

/** The device's signing key pair: a 32-byte Ed25519 secret key and its public key. */
export interface DeviceKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export async function generateKeyPair(): Promise<DeviceKeyPair> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { secretKey, publicKey };
}

/** Signs the canonical JSON of `value` and returns the 64-byte signature as hex. */
export async function signCanonical(value: unknown, secretKey: Uint8Array): Promise<string> {
  return toHex(await ed.signAsync(utf8(canonicalize(value)), secretKey));
}

/** Checks a hex signature over the canonical JSON of `value`; malformed input returns false. */
export async function verifyCanonical(value: unknown, signatureHex: unknown, publicKeyHex: unknown): Promise<boolean> {
  if (!isHex(signatureHex, 64) || !isHex(publicKeyHex, 32)) return false;
  try {
    return await ed.verifyAsync(fromHex(signatureHex), utf8(canonicalize(value)), fromHex(publicKeyHex));
  } catch {
    // noble throws on a public key that is not a curve point; that is a failed check, not a crash.
    return false;
  }
}

/** Returns a public key's fingerprint: SHA-256 of its 32 raw bytes, as 64 hex digits. */
export function keyFingerprint(publicKeyHex: string): Promise<string> {
  return sha256Hex(fromHex(publicKeyHex));
}
