// Numbers and ranges in option texts: "3-5 years", "10+ år", "Mer än 3 månader", "1 month".
import { IMMEDIATE_WORDS, LESS_WORDS, MORE_WORDS, UNIT_DAYS } from '../../lexicon/durations';
import { normalise } from './text';

export interface NumberRange {
  min: number;
  max: number;
}

function unitDays(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return UNIT_DAYS.find(([pattern]) => pattern.test(word))?.[1];
}

/** Parses a range of plain numbers in a text, scaled by `scale(unitWord)` when a unit follows. */
export function parseRange(text: string, scale: (unit: string | undefined) => number = () => 1): NumberRange | undefined {
  const t = normalise(text).replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1');
  if (IMMEDIATE_WORDS.some((word) => t === word || t.startsWith(`${word} `) || t.startsWith(`${word},`))) return { min: 0, max: 0 };
  const numbers = [...t.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:([\p{L}]+))?/gu)];
  if (numbers.length === 0) return undefined;
  const unit = numbers[numbers.length - 1]![2];
  const values = numbers.map((m) => Number(m[1]!.replace(',', '.')) * scale(m[2] ?? unit));
  const first = values[0]!;
  if (/\d\s*\+/.test(t) || MORE_WORDS.some((word) => t.includes(word))) return { min: first, max: Infinity };
  if (LESS_WORDS.some((word) => t.includes(word))) return { min: 0, max: first };
  if (values.length >= 2 && /\d\s*(?:-|–|—|to|till)\s*\d/.test(t)) return { min: first, max: values[1]! };
  return { min: first, max: first };
}

/** Parses a duration ("3 månader", "2 weeks", "Immediately") into days. */
export function parseDuration(text: string): NumberRange | undefined {
  return parseRange(text, (unit) => unitDays(unit) ?? 30);
}

export function contains(range: NumberRange, value: number): boolean {
  return value >= range.min && value <= range.max;
}
