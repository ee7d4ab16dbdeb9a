// Which part of a value a control holds: a day, month or year of a split date, the lower or
// upper end of a salary range, or the level of a language.
import type { FieldMeaning, FieldPart } from '../types';
import { DATE_MEANINGS } from './compat';
import type { CompiledLexicon, Meaning } from './lexicon';
import { findMatches } from './phrases';

const DATE_PARTS: readonly FieldPart[] = ['day', 'month', 'year'];
const RANGE_PARTS: readonly FieldPart[] = ['min', 'max'];
const LEVEL_PARTS: readonly FieldPart[] = ['level'];

function candidateParts(meaning: FieldMeaning): readonly FieldPart[] {
  if (DATE_MEANINGS.has(meaning as Meaning)) return DATE_PARTS;
  if (meaning === 'salaryExpectation') return RANGE_PARTS;
  if (meaning === 'languages') return LEVEL_PARTS;
  return [];
}

/**
 * Finds the part named in the control's own words (folded label, placeholder, identifiers).
 * Returns nothing when none or more than one part is named, as in "mm/dd/yyyy".
 */
export function detectPart(meaning: FieldMeaning, ownTexts: readonly string[], lexicon: CompiledLexicon): FieldPart | undefined {
  const allowed = candidateParts(meaning);
  if (allowed.length === 0) return undefined;
  for (const text of ownTexts) {
    const named = new Set(findMatches(text, lexicon.parts).map((m) => m.key).filter((k) => allowed.includes(k)));
    if (named.size === 1) return [...named][0];
    if (named.size > 1) return undefined;
  }
  return undefined;
}
