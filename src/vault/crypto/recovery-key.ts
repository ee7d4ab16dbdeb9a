// The recovery key: 160 random bits shown once as 32 Crockford base32 characters in groups of
// four. Parsing ignores case, spaces and dashes and reads the look-alikes I, L and O.
import { fromBase32, toBase32 } from './encoding';

export const RECOVERY_KEY_BYTES = 20;

export function generateRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new TypeError('A recovery key has 20 bytes');
  return toBase32(bytes).match(/.{4}/g)!.join('-');
}

/** Returns the key's bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.replace(/[\s-]+/g, '').length !== 32) return null;
  const bytes = fromBase32(text);
  return bytes && bytes.length === RECOVERY_KEY_BYTES ? bytes : null;
}
