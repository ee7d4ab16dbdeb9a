// Classification of one field into a meaning, from weighted signals. The order: words that
// forbid filling (consents, honeypots, EEO questions) first, then a valid autocomplete token,
// then the weighted label, context, placeholder and identifier words, kept to what the widget
// can hold. The code knows no language; every word comes from the lexicon.
import type { SectionKind } from '../../lexicon/labels';
import type { FieldMeaning, FieldPart } from '../types';
import { meaningFromAutocomplete } from './autocomplete';
import { adaptToWidget, fitsWidget, type WidgetShape } from './compat';
import { defaultLexicon, type CompiledLexicon, type Meaning } from './lexicon';
import { isRatingScale, isYesNo, looksLikeDiallingCodes } from './options';
import { detectPart } from './parts';
import { containsAny, findMatches } from './phrases';
import { labelStrength, scoreMeanings, type FoldedTexts, type Scores } from './score';
import { detectSection, type SectionContext } from './section';
import type { FieldSignals } from './signals';
import { foldText, splitIdentifier } from './text';

export interface Classification {
  meaning: FieldMeaning;
  part?: FieldPart;
  /** From 0 to 1: how clearly the best meaning beat the others. */
  confidence: number;
  /** What decided, for debugging: "autocomplete", "words", "negative", "question", "no match". */
  reason: string;
  /** The work, education or language entry the field belongs to, when it sits in one. */
  section?: SectionContext;
}

/** Fields below this confidence are not proposed. */
export const CONFIDENCE_THRESHOLD = 0.45;

const NONE = (reason: string): Classification => ({ meaning: 'none', confidence: 1, reason });

function foldSignals(signals: FieldSignals): FoldedTexts {
  return {
    label: foldText(signals.label),
    context: foldText(signals.context),
    placeholder: foldText(signals.placeholder),
    nearby: foldText(signals.nearby),
    identifiers: signals.identifiers.map(splitIdentifier).filter(Boolean),
    titles: signals.titles.map(foldText).filter(Boolean),
    asksQuestion: /\?\s*\*?\s*$/.test(signals.label),
  };
}

/** Whether words that forbid filling appear where they describe this field. */
function forbidden(texts: FoldedTexts, lexicon: CompiledLexicon, section: SectionKind | undefined): string | undefined {
  const labelNamesMeaning = labelStrength(texts.label, lexicon, section) > 0;
  if (containsAny(texts.label, lexicon.negative)) return 'negative';
  if (!texts.label && containsAny(texts.placeholder, lexicon.negative)) return 'negative';
  if (!labelNamesMeaning && containsAny(texts.context, lexicon.negative)) return 'negative';
  const contextNamesMeaning = labelStrength(texts.context, lexicon, section) > 0;
  if (!labelNamesMeaning && !contextNamesMeaning && containsAny(texts.nearby, lexicon.negative)) return 'negative';
  if (texts.identifiers.some((id) => containsAny(id, lexicon.negativeIdentifiers))) return 'negative identifier';
  const asks = containsAny(texts.label, lexicon.questions) || (!labelNamesMeaning && containsAny(texts.context, lexicon.questions));
  if (asks && labelStrength(texts.label, lexicon, section) < 1) return 'question';
  return undefined;
}

function addTypeHints(scores: Scores, signals: FieldSignals): void {
  const add = (meaning: Meaning, score: number) => scores.set(meaning, (scores.get(meaning) ?? 0) + score);
  if (signals.inputType === 'email') add('email', 1);
  if (signals.inputType === 'tel') add('phone', 0.5);
  if (signals.inputType === 'url') add('website', 0.3);
  if (looksLikeDiallingCodes(signals.options)) add('phone.countryCode', 2);
}

function pickBest(scores: Scores, shape: WidgetShape): { meaning: Meaning; best: number; second: number } | undefined {
  const ranked = [...scores.entries()]
    .map(([meaning, score]) => [adaptToWidget(meaning, shape.widget) as Meaning, score] as const)
    .filter(([meaning]) => fitsWidget(meaning, shape))
    .sort((a, b) => b[1] - a[1]);
  const [first, runnerUp] = ranked;
  if (!first) return undefined;
  const second = ranked.find(([meaning]) => meaning !== first[0])?.[1] ?? 0;
  return { meaning: first[0], best: first[1], second: runnerUp ? second : 0 };
}

function ownTexts(texts: FoldedTexts): string[] {
  return [texts.label, texts.placeholder, ...texts.identifiers].filter(Boolean);
}

/** Inside a work entry, the tokens for the current job name that entry's job. */
const WORK_ENTRY_TOKENS: Partial<Record<FieldMeaning, FieldMeaning>> = {
  currentEmployer: 'work.employer',
  currentTitle: 'work.title',
};

function fromAutocomplete(signals: FieldSignals, shape: WidgetShape, section: SectionContext | undefined): Classification | undefined {
  const token = meaningFromAutocomplete(signals.autocomplete);
  if (!token) return undefined;
  if (token.meaning === 'none') return NONE('autocomplete');
  const inEntry = section?.kind === 'work' ? WORK_ENTRY_TOKENS[token.meaning] : undefined;
  const meaning = adaptToWidget(inEntry ?? token.meaning, signals.widget);
  if (!fitsWidget(meaning as Meaning, { ...shape, yesNo: false })) return undefined;
  return { meaning, part: token.part, confidence: 0.98, reason: 'autocomplete' };
}

function withSection(classification: Classification, section: SectionContext | undefined): Classification {
  return section && classification.meaning !== 'none' ? { ...classification, section } : classification;
}

/** Classifies a field from its signals; `none` means it is never proposed. */
export function classifyField(signals: FieldSignals, lexicon: CompiledLexicon = defaultLexicon()): Classification {
  if (signals.inputType === 'password') return NONE('password');
  const texts = foldSignals(signals);
  const section = detectSection(texts.identifiers, texts.titles, lexicon);
  const veto = forbidden(texts, lexicon, section?.kind);
  if (veto) return NONE(veto);

  const shape: WidgetShape = {
    widget: signals.widget,
    inputType: signals.inputType,
    yesNo: isYesNo(signals.options, lexicon),
    ratingScale: isRatingScale(signals.options),
  };
  const token = fromAutocomplete(signals, shape, section);
  if (token) return withSection(token, section);

  const scores = scoreMeanings(texts, lexicon, section?.kind);
  addTypeHints(scores, signals);
  const picked = pickBest(scores, shape);
  if (!picked) return { meaning: 'none', confidence: 0, reason: 'no match' };

  const confidence = Math.min(1, picked.best) * (1 - (0.5 * picked.second) / picked.best);
  const part = detectPart(picked.meaning, ownTexts(texts), lexicon);
  return withSection({ meaning: picked.meaning, part, confidence, reason: 'words' }, section);
}

/** Whether a form's own words (id, class, submit button) mark it as unrelated to applying. */
export function isUnrelatedForm(formWords: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  return findMatches(splitIdentifier(formWords), lexicon.unrelatedForm).length > 0;
}
