// Passphrase rules that the pages check before they send a passphrase to the background.
import { MIN_PASSPHRASE_LENGTH } from '../vault/limits';

export type Strength = 'weak' | 'fair' | 'good' | 'strong';

/**
 * Estimates a passphrase's strength from its length, its character classes and repeats. A rough
 * hint for the person, not an entropy measure: "Sommar2026!" scores better than it deserves.
 */
export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  const classes = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^\p{L}\d]/u].filter((pattern) =>
    pattern.test(passphrase),
  ).length;
  const distinct = new Set(passphrase.toLowerCase()).size;

  let score = 0;
  if (length >= MIN_PASSPHRASE_LENGTH) score += 1;
  if (length >= 16) score += 1;
  if (length >= 24) score += 1;
  if (classes >= 3) score += 1;
  if (distinct < Math.min(6, length / 2)) score = Math.min(score, 1);
  if (length < MIN_PASSPHRASE_LENGTH) score = 0;

  if (score <= 1) return score === 0 ? 'weak' : 'fair';
  return score === 2 ? 'good' : 'strong';
}
