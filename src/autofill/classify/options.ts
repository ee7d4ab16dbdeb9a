// Signals read from a control's options: yes/no answers, rating scales and dialling codes.
import type { FieldOption } from '../types';
import type { CompiledLexicon } from './lexicon';
import { findMatches } from './phrases';
import { foldText } from './text';

/** Options that only prompt for a choice ("Select...", "--") carry an empty value. */
export function realOptions(options: readonly FieldOption[]): FieldOption[] {
  return options.filter((o) => o.value.trim() !== '' || o.label.trim() !== '');
}

function startsWithAny(text: string, phrases: CompiledLexicon['yes'] | CompiledLexicon['no']): boolean {
  return findMatches(text, phrases).some((m) => m.start === 0);
}

/** Whether the options are a yes and a no answer ("Yes" / "No, I do not need sponsorship"). */
export function isYesNo(options: readonly FieldOption[], lexicon: CompiledLexicon): boolean {
  const real = options.filter((o) => o.value.trim() !== '');
  if (real.length < 2 || real.length > 3) return false;
  let yes = 0;
  let no = 0;
  for (const option of real) {
    const texts = [foldText(option.label), foldText(option.value)];
    if (texts.some((t) => startsWithAny(t, lexicon.yes))) yes += 1;
    else if (texts.some((t) => startsWithAny(t, lexicon.no) || t === '0')) no += 1;
    else if (texts.includes('1')) yes += 1;
    else return false;
  }
  return yes >= 1 && no >= 1;
}

const SMALL_NUMBER = /^\d{1,2}$/;
const MIN_SCALE_STEPS = 3;

/** Tests whether the options are a scale of small numbers ("1" to "5", "0" to "10"), as rating questions offer. */
export function isRatingScale(options: readonly FieldOption[]): boolean {
  const real = realOptions(options).filter((o) => o.value.trim() !== '');
  if (real.length < MIN_SCALE_STEPS) return false;
  return real.every((o) => SMALL_NUMBER.test((o.label.trim() || o.value).trim()));
}

const DIALLING_CODE = /(^|[\s(])\+\s?\d{1,4}\b/;

/** Whether most options show a dialling code ("Sweden +46", "SE +46", "Sverige (+46)"). */
export function looksLikeDiallingCodes(options: readonly FieldOption[]): boolean {
  const real = options.filter((o) => o.value.trim() !== '' || /\d/.test(o.label));
  if (real.length < 2) return false;
  const withCode = real.filter((o) => DIALLING_CODE.test(o.label) || DIALLING_CODE.test(o.value));
  return withCode.length / real.length >= 0.5;
}
