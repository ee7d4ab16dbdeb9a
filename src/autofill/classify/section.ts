// The repeated section a field belongs to (one entry of work history, education or languages),
// read from its identifiers (`work[0][employer]`, `workExperience-2--company`) and from the
// titles of the sections around it (a heading "Work experience", a legend "Utbildning 2").
import type { SectionKind } from '../../lexicon/labels';
import type { CompiledLexicon } from './lexicon';
import { findMatches, type PhraseMatch } from './phrases';

export interface SectionContext {
  kind: SectionKind;
  /** The entry's index as an identifier writes it (`work[2]` gives "2"), when one does. */
  entryKey?: string;
}

const NUMBER = /^\d+$/;

/** The word Rails-style nested forms put between a list and its index: `educations_attributes[0]`. */
const NESTED_ATTRIBUTES = 'attributes';

/** Counts the words of folded `text` before character `offset`: the number of the word there. */
function wordAt(text: string, offset: number): number {
  let words = 0;
  for (let i = 0; i < offset; i += 1) if (text[i] === ' ') words += 1;
  return words;
}

/** Returns the word after the match that ends at character `end`, if any. */
function nextWord(text: string, end: number): string | undefined {
  if (text[end] !== ' ') return undefined;
  const after = text.indexOf(' ', end + 1);
  return after < 0 ? text.slice(end + 1) : text.slice(end + 1, after);
}

/** Returns the index written after a match, directly or after the nested-attributes word. */
function indexAfter(text: string, end: number): string | undefined {
  const next = nextWord(text, end);
  if (next === NESTED_ATTRIBUTES) return indexAfter(text, end + 1 + next.length);
  return next !== undefined && NUMBER.test(next) ? next : undefined;
}

/**
 * Reads an identifier such as "work 0 employer" (folded): an entry word or section phrase
 * followed by an index names the section and the entry. A section phrase followed by another
 * word ("work experience job title") names the section alone. A section phrase that ends the
 * identifier names the field itself, as in `years_experience`.
 */
function readIdentifier(identifier: string, lexicon: CompiledLexicon): SectionContext | undefined {
  const entries = [...findMatches(identifier, lexicon.sections), ...findMatches(identifier, lexicon.entryWords)];
  for (const match of entries) {
    const index = indexAfter(identifier, match.end);
    if (index !== undefined) return { kind: match.key, entryKey: index };
  }
  const phrase = findMatches(identifier, lexicon.sections).find((match) => nextWord(identifier, match.end) !== undefined);
  return phrase ? { kind: phrase.key } : undefined;
}

/** The trailing index of an identifier written as `company-name-0` or `school--1`. */
function trailingIndex(identifiers: readonly string[]): string | undefined {
  for (const identifier of identifiers) {
    const last = identifier.slice(identifier.lastIndexOf(' ') + 1);
    if (NUMBER.test(last) && last !== identifier) return last;
  }
  return undefined;
}

function markWords(text: string, matches: readonly PhraseMatch<string>[], covered: boolean[]): void {
  for (const match of matches) {
    const first = wordAt(text, match.start);
    for (let i = first; i < first + match.words; i += 1) covered[i] = true;
  }
}

/**
 * Decides which section a title opens. Every word of the title, numbers aside, must belong
 * to that section's phrases or to the title words ("My", "previous", "and"); an entry word
 * counts only beside a number ("Job 2"). So "Education 1" opens one and the job title
 * "Education coordinator" does not.
 */
export function sectionOfTitle(title: string, lexicon: CompiledLexicon): SectionKind | undefined {
  if (!title) return undefined;
  const words = title.split(' ');
  const hasNumber = words.some((word) => NUMBER.test(word));
  const fillers = findMatches(title, lexicon.titleWords);
  const own = [...findMatches(title, lexicon.sections), ...(hasNumber ? findMatches(title, lexicon.entryWords) : [])];
  const kinds = [...new Set(own.map((match) => match.key))];
  return kinds.find((kind) => {
    const covered = words.map((word) => NUMBER.test(word));
    markWords(title, own.filter((match) => match.key === kind), covered);
    markWords(title, fillers, covered);
    return covered.every(Boolean);
  });
}

/** Sections of titles already read, per lexicon: many fields share one legend or heading. */
const titleSections = new WeakMap<CompiledLexicon, Map<string, SectionKind | undefined>>();
const MAX_REMEMBERED_TITLES = 1000;

function cachedSectionOfTitle(title: string, lexicon: CompiledLexicon): SectionKind | undefined {
  let remembered = titleSections.get(lexicon);
  if (!remembered || remembered.size > MAX_REMEMBERED_TITLES) {
    remembered = new Map();
    titleSections.set(lexicon, remembered);
  }
  if (!remembered.has(title)) remembered.set(title, sectionOfTitle(title, lexicon));
  return remembered.get(title);
}

/**
 * Finds the section of a field: from its identifiers first, then from the nearest title
 * that opens one. `identifiers` and `titles` are folded; `titles` are nearest first.
 */
export function detectSection(identifiers: readonly string[], titles: readonly string[], lexicon: CompiledLexicon): SectionContext | undefined {
  let found: SectionContext | undefined;
  for (const identifier of identifiers) {
    const read = readIdentifier(identifier, lexicon);
    if (read?.entryKey !== undefined) return read;
    found ??= read;
  }
  if (!found) {
    const kind = titles.map((title) => cachedSectionOfTitle(title, lexicon)).find((k) => k !== undefined);
    if (kind) found = { kind };
  }
  if (!found) return undefined;
  const entryKey = trailingIndex(identifiers);
  return entryKey === undefined ? found : { ...found, entryKey };
}
