// Text normalisation shared by the lexicon compiler and the classifier: lower case, diacritics
// folded (å, ä, ö to a, a, o), every run of other characters turned into one space.

const EXTRA_FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };

/** Folds `text` to lower-case ASCII words separated by single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđ]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits a name or id such as `billingAddress[firstName]` or `job-title_2` into folded words. */
export function splitIdentifier(identifier: string): string {
  const spaced = identifier
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2');
  return foldText(spaced);
}
