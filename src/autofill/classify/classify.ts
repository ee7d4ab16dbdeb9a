// Classification of one field into a meaning, from weighted signals. The order: words that
// forbid filling (consents, honeypots, EEO questions) first, then a valid autocomplete token,
// then the weighted label, context, placeholder and identifier words, kept to what the widget
// can hold. The code knows no language; every word comes from the lexicon.
import type { FieldMeaning, FieldPart } from '../types';
import { meaningFromAutocomplete } from './autocomplete';
import { adaptToWidget, fitsWidget } from './compat';
import { defaultLexicon, type CompiledLexicon, type Meaning } from './lexicon';
import { isYesNo, looksLikeDiallingCodes } from './options';
import { detectPart } from './parts';
import { containsAny, findMatches } from './phrases';
import { labelStrength, scoreMeanings, type FoldedTexts, type Scores } from './score';
import type { FieldSignals } from './signals';
import { foldText, splitIdentifier } from './text';

export interface Classification {
  meaning: FieldMeaning;
  part?: FieldPart;
  /** From 0 to 1: how clearly the best meaning beat the others. */
  confidence: number;
  /** What decided, for debugging: "autocomplete", "words", "negative", "question", "no match". */
  reason: string;
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
    heading: foldText(signals.heading),
  };
}

/** Whether words that forbid filling appear where they describe this field. */
function forbidden(texts: FoldedTexts, lexicon: CompiledLexicon): string | undefined {
  const labelNamesMeaning = labelStrength(texts.label, lexicon) > 0;
  if (containsAny(texts.label, lexicon.negative)) return 'negative';
  if (!texts.label && containsAny(texts.placeholder, lexicon.negative)) return 'negative';
  if (!labelNamesMeaning && containsAny(texts.context, lexicon.negative)) return 'negative';
  const contextNamesMeaning = labelStrength(texts.context, lexicon) > 0;
  if (!labelNamesMeaning && !contextNamesMeaning && containsAny(texts.nearby, lexicon.negative)) return 'negative';
  if (texts.identifiers.some((id) => containsAny(id, lexicon.negativeIdentifiers))) return 'negative identifier';
  const asks = containsAny(texts.label, lexicon.questions) || (!labelNamesMeaning && containsAny(texts.context, lexicon.questions));
  if (asks && labelStrength(texts.label, lexicon) < 1) return 'question';
  return undefined;
}

function addTypeHints(scores: Scores, signals: FieldSignals): void {
  const add = (meaning: Meaning, score: number) => scores.set(meaning, (scores.get(meaning) ?? 0) + score);
  if (signals.inputType === 'email') add('email', 1);
  if (signals.inputType === 'tel') add('phone', 0.5);
  if (signals.inputType === 'url') add('website', 0.3);
  if (looksLikeDiallingCodes(signals.options)) add('phone.countryCode', 2);
}

function pickBest(scores: Scores, signals: FieldSignals, yesNo: boolean): { meaning: Meaning; best: number; second: number } | undefined {
  const ranked = [...scores.entries()]
    .map(([meaning, score]) => [adaptToWidget(meaning, signals.widget) as Meaning, score] as const)
    .filter(([meaning]) => fitsWidget(meaning, signals.widget, signals.inputType, yesNo))
    .sort((a, b) => b[1] - a[1]);
  const [first, runnerUp] = ranked;
  if (!first) return undefined;
  const second = ranked.find(([meaning]) => meaning !== first[0])?.[1] ?? 0;
  return { meaning: first[0], best: first[1], second: runnerUp ? second : 0 };
}

function ownTexts(texts: FoldedTexts): string[] {
  return [texts.label, texts.placeholder, ...texts.identifiers].filter(Boolean);
}

/** Classifies a field from its signals; `none` means it is never proposed. */
export function classifyField(signals: FieldSignals, lexicon: CompiledLexicon = defaultLexicon()): Classification {
  if (signals.inputType === 'password') return NONE('password');
  const texts = foldSignals(signals);
  const veto = forbidden(texts, lexicon);
  if (veto) return NONE(veto);

  const token = meaningFromAutocomplete(signals.autocomplete);
  if (token) {
    if (token.meaning === 'none') return NONE('autocomplete');
    const meaning = adaptToWidget(token.meaning, signals.widget);
    if (fitsWidget(meaning as Meaning, signals.widget, signals.inputType, false)) {
      return { meaning, part: token.part, confidence: 0.98, reason: 'autocomplete' };
    }
  }

  const scores = scoreMeanings(texts, lexicon);
  addTypeHints(scores, signals);
  const yesNo = isYesNo(signals.options, lexicon);
  const picked = pickBest(scores, signals, yesNo);
  if (!picked) return { meaning: 'none', confidence: 0, reason: 'no match' };

  const confidence = Math.min(1, picked.best) * (1 - (0.5 * picked.second) / picked.best);
  const part = detectPart(picked.meaning, ownTexts(texts), lexicon);
  return { meaning: picked.meaning, part, confidence, reason: 'words' };
}

/** Whether a form's own words (id, class, submit button) mark it as unrelated to applying. */
export function isUnrelatedForm(formWords: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  return findMatches(splitIdentifier(formWords), lexicon.unrelatedForm).length > 0;
}
