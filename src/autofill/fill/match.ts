// Matching option texts against the candidates a fill value lists, in order of preference.

export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s*]+/g, ' ').trim();
}

const squash = (text: string) => fold(text).replace(/[^\p{L}\p{N}+]+/gu, '');

/** Tells whether a text equals a candidate or, when loose, contains it as whole words ("Yes, I do"). */
export function textMatches(text: string, candidate: string, loose = false): boolean {
  const a = squash(text);
  const b = squash(candidate);
  if (b === '') return false;
  if (a === b) return true;
  if (!loose) return false;
  const words = fold(text).replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();
  const wanted = fold(candidate).replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();
  return ` ${words} `.includes(` ${wanted} `);
}

/** Finds the index of the entry that best fits the candidates: exact matches first, then words. */
export function pickIndex(entries: { value?: string; text: string }[], candidates: string[]): number {
  for (const loose of [false, true]) {
    for (const candidate of candidates) {
      if (candidate === '') continue;
      const index = entries.findIndex((entry) =>
        (!loose && entry.value !== undefined && entry.value === candidate) || textMatches(entry.text, candidate, loose));
      if (index >= 0) return index;
    }
  }
  return -1;
}
