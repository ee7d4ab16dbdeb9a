// Weighted scoring of a field's texts against the compiled lexicon: each source (label,
// context, placeholder, identifiers) adds its best phrase score per meaning times its weight.
import type { SectionKind } from '../../lexicon/labels';
import type { CompiledLexicon, Meaning } from './lexicon';
import { findMatches, scoreMatches, type CompiledPhrase } from './phrases';

/** Folded texts of one field, one entry per source. */
export interface FoldedTexts {
  label: string;
  context: string;
  placeholder: string;
  nearby: string;
  identifiers: string[];
  /** Titles of the sections around the field, nearest first. */
  titles: string[];
  /** Whether the label ends in a question mark (a required-field star aside). */
  asksQuestion?: boolean;
}

export const SOURCE_WEIGHTS = { label: 1, context: 0.9, placeholder: 0.8, nearby: 0.8, identifiers: 0.6 } as const;

/**
 * Meanings that a work, education or language entry never asks for: details about the person,
 * and the earliest start date, which an entry's "Start date" is not. A question ("When can you
 * start?") keeps the earliest start date, because an entry's date fields are not phrased as one.
 */
const NOT_IN_ENTRIES: ReadonlySet<Meaning> = new Set([
  'name.full', 'name.given', 'name.family', 'name.preferred', 'email', 'phone', 'phone.countryCode',
  'address.street', 'address.postalCode', 'address.city', 'address.region', 'address.country',
  'birthDate', 'nationalId', 'currentTitle', 'currentEmployer', 'startDate',
]);

export type Scores = Map<Meaning, number>;

function addScores(total: Scores, scores: Map<Meaning, number>, weight: number): void {
  for (const [meaning, score] of scores) total.set(meaning, (total.get(meaning) ?? 0) + score * weight);
}

function scoreText(text: string, table: CompiledPhrase<Meaning>[]): Map<Meaning, number> {
  return scoreMatches(findMatches(text, table));
}

function scoreIdentifiers(identifiers: string[], table: CompiledPhrase<Meaning>[]): Map<Meaning, number> {
  const best = new Map<Meaning, number>();
  for (const identifier of identifiers) {
    for (const [meaning, score] of scoreText(identifier, table)) best.set(meaning, Math.max(best.get(meaning) ?? 0, score));
  }
  return best;
}

function scoreSources(texts: FoldedTexts, labels: CompiledPhrase<Meaning>[], identifiers: CompiledPhrase<Meaning>[]): Scores {
  const total: Scores = new Map();
  const fromLabel = scoreText(texts.label, labels);
  const fromContext = scoreText(texts.context, labels);
  addScores(total, fromLabel, SOURCE_WEIGHTS.label);
  addScores(total, fromContext, SOURCE_WEIGHTS.context);
  if (fromLabel.size === 0 && fromContext.size === 0) addScores(total, scoreText(texts.nearby, labels), SOURCE_WEIGHTS.nearby);
  const placeholderWeight = texts.label ? SOURCE_WEIGHTS.placeholder : SOURCE_WEIGHTS.label;
  addScores(total, scoreText(texts.placeholder, labels), placeholderWeight);
  addScores(total, scoreIdentifiers(texts.identifiers, identifiers), SOURCE_WEIGHTS.identifiers);
  return total;
}

/**
 * Scores every meaning. Inside a work, education or language section the section's own words
 * decide; where they name nothing, the general words count except for what an entry never asks.
 */
export function scoreMeanings(texts: FoldedTexts, lexicon: CompiledLexicon, section: SectionKind | undefined): Scores {
  if (section) {
    const table = lexicon.sectionLabels[section];
    const scoped = scoreSources(texts, table, table);
    if (scoped.size > 0) return scoped;
  }
  const scores = scoreSources(texts, lexicon.labels, lexicon.identifiers);
  if (!section) return scores;
  for (const meaning of NOT_IN_ENTRIES) {
    if (!(meaning === 'startDate' && texts.asksQuestion)) scores.delete(meaning);
  }
  return scores;
}

/**
 * The best phrase weight in `label`, used to let a named meaning outweigh question words.
 * Inside a section its own words count too ("Describe your responsibilities").
 */
export function labelStrength(label: string, lexicon: CompiledLexicon, section?: SectionKind): number {
  let best = 0;
  for (const match of findMatches(label, lexicon.labels)) best = Math.max(best, match.weight);
  if (section) for (const match of findMatches(label, lexicon.sectionLabels[section])) best = Math.max(best, match.weight);
  return best;
}
