// Choosing one of a field's known options for a value, and building option fill values.
import type { FieldDescriptor, FieldOption } from '../types';
import { NO_TEXTS, NO_WORDS, YES_TEXTS, YES_WORDS } from '../../lexicon/yes-no';
import type { ResolveResult } from './types';
import { firstWord, looksSwedish, normalise, squash, uniq } from './text';

export const CHOICE_WIDGETS = new Set([
  'select', 'radio-group', 'checkbox-group', 'button-group', 'combobox', 'listbox-button', 'search-prompt',
]);

export function isChoice(field: FieldDescriptor): boolean {
  return CHOICE_WIDGETS.has(field.widget);
}

/** Lists the options that are real choices: placeholders such as "Välj..." or an empty value are left out. */
export function realOptions(field: FieldDescriptor): FieldOption[] {
  return (field.options ?? []).filter((option) => option.value !== '' || (field.widget !== 'select' && option.label !== ''));
}

/** Finds the option whose value or label equals one of the candidates, trying candidates in order. */
export function findOptionByText(options: FieldOption[], candidates: string[]): FieldOption | undefined {
  for (const candidate of candidates) {
    const wanted = squash(candidate);
    if (wanted === '') continue;
    const hit = options.find((option) => squash(option.label) === wanted || squash(option.value) === wanted);
    if (hit) return hit;
  }
  return undefined;
}

/** Finds the option with the best score above zero; the first option wins a tie. */
export function findOptionByScore(options: FieldOption[], score: (option: FieldOption) => number): FieldOption | undefined {
  let best: FieldOption | undefined;
  let bestScore = 0;
  for (const option of options) {
    const value = score(option);
    if (value > bestScore) {
      best = option;
      bestScore = value;
    }
  }
  return best;
}

/** Builds the result for a chosen option, or for candidate texts when the options are not known. */
export function optionResult(field: FieldDescriptor, chosen: FieldOption | undefined, fallback: string[]): ResolveResult {
  if (chosen) {
    // A combobox or search prompt searches by the visible text, so the label goes first.
    const typed = field.widget === 'combobox' || field.widget === 'search-prompt';
    const match = uniq(typed ? [chosen.label, chosen.value] : [chosen.value, chosen.label]);
    return { ok: true, resolved: { value: { kind: 'option', match }, display: chosen.label } };
  }
  if (realOptions(field).length > 0 || fallback.length === 0) return { ok: false, reason: 'noMatchingOption' };
  return { ok: true, resolved: { value: { kind: 'option', match: fallback }, display: fallback[0] ?? '' } };
}

/** Picks an option among known options by candidate text, or passes the candidates on. */
export function chooseByText(field: FieldDescriptor, candidates: string[]): ResolveResult {
  return optionResult(field, findOptionByText(realOptions(field), candidates), candidates);
}

function answerOf(option: FieldOption): boolean | undefined {
  for (const text of [option.label, option.value]) {
    const word = firstWord(text);
    if (YES_WORDS.includes(word)) return true;
    if (NO_WORDS.includes(word)) return false;
  }
  const value = normalise(option.value);
  if (value === '1') return true;
  if (value === '0') return false;
  return undefined;
}

/** Answers a yes/no question in whatever widget the field uses. */
export function yesNo(field: FieldDescriptor, answer: boolean): ResolveResult {
  if (field.widget === 'checkbox') {
    return { ok: true, resolved: { value: { kind: 'check', checked: answer }, display: answer ? YES_TEXTS[0]! : NO_TEXTS[0]! } };
  }
  const texts = answer ? YES_TEXTS : NO_TEXTS;
  const ordered = looksSwedish(field.label) ? [...texts].reverse() : texts;
  if (!isChoice(field)) {
    return { ok: true, resolved: { value: { kind: 'text', text: ordered[0]! }, display: ordered[0]! } };
  }
  const chosen = realOptions(field).find((option) => answerOf(option) === answer);
  return optionResult(field, chosen, ordered);
}

export function textResult(text: string | undefined, display = text): ResolveResult {
  if (text === undefined || text.trim() === '') return { ok: false, reason: 'noValue' };
  return { ok: true, resolved: { value: { kind: 'text', text }, display: display ?? text } };
}

/** Writes a plain value into any widget: text as is, choices by matching the text. */
export function plainResult(field: FieldDescriptor, text: string | undefined): ResolveResult {
  if (text === undefined || text.trim() === '') return { ok: false, reason: 'noValue' };
  if (isChoice(field)) return chooseByText(field, [text]);
  if (field.widget === 'checkbox' || field.widget === 'file') return { ok: false, reason: 'notFillable' };
  return textResult(text);
}

