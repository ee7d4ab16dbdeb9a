// Text comparison helpers shared by the value resolvers.

/** Lower-cases, folds compatibility forms and collapses white space and a trailing "*". */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();
}

/** Strips everything but letters and digits, for loose comparisons ("B-körkort" ~ "b körkort"). */
export function squash(text: string): string {
  return normalise(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

const SWEDISH_HINTS = /[åäö]|\b(och|eller|din|ditt|dina|du|har|land|ort|välj|ange|ja|nej|månad|år|körkort|behöver|arbete)\b/i;

/** Tells whether a label reads as Swedish, to order candidate option texts. */
export function looksSwedish(text: string): boolean {
  return SWEDISH_HINTS.test(text);
}

export function firstWord(text: string): string {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).find((word) => word !== '') ?? '';
}

export function uniq(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
