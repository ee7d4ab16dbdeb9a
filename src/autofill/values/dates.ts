// Dates written in the field's own format: ISO for type=date, the order that a pattern,
// placeholder, hint or label names, or one part (day, month, year) of a split date. An order
// that the page does not state (NN/NN/NNNN) is not guessed.
import type { FieldDescriptor } from '../types';
import { DAY_LETTERS, MONTH_LETTERS, MONTH_NAMES, YEAR_LETTERS } from '../../lexicon/dates';
import { findOptionByScore, isChoice, optionResult, realOptions } from './options';
import type { ResolveResult } from './types';
import { looksSwedish, normalise } from './text';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses an ISO 8601 date of year, year-month or year-month-day precision. */
export function parseIsoDate(text: string | undefined): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const date: PartialDate = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  return date;
}

type Token = 'Y' | 'YY' | 'M' | 'D';

/** A date layout: the tokens in order and the separator between them. */
export interface DateLayout {
  tokens: Token[];
  separator: string;
  /** Zero-padded month and day (MM, DD) rather than M and D. */
  padded: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const Y = `[${YEAR_LETTERS}]`;
const M = `[${MONTH_LETTERS}]`;
const D = `[${DAY_LETTERS}]`;
const PART = `(?:${Y}{4}|${Y}{2}|${M}{1,2}|${D}{1,2})`;
const LAYOUT_TEXT = new RegExp(`(?<![\\p{L}])${PART}(?:([-/. ])?${PART}){1,2}(?![\\p{L}])`, 'iu');

function tokenOf(piece: string): Token {
  const letter = piece[0]!.toLowerCase();
  if (YEAR_LETTERS.includes(letter)) return piece.length >= 4 ? 'Y' : 'YY';
  return MONTH_LETTERS.includes(letter) ? 'M' : 'D';
}

/** Reads a written layout such as "ÅÅÅÅ-MM-DD", "mm/dd/yyyy", "ÅÅÅÅMMDD" or "MM/YYYY". */
export function layoutFromText(text: string): DateLayout | undefined {
  const found = LAYOUT_TEXT.exec(text);
  if (!found) return undefined;
  const written = found[0];
  const separator = found[1] ?? '';
  const pieces = separator === '' ? written.match(new RegExp(PART, 'giu')) ?? [] : written.split(separator);
  const tokens = pieces.map(tokenOf);
  if (new Set(tokens.map((t) => t[0])).size !== tokens.length) return undefined;
  const padded = pieces.every((piece) => tokenOf(piece).startsWith('Y') || piece.length === 2);
  return { tokens, separator, padded };
}

const DIGITS = String.raw`\d`;

/** Reads a layout from a pattern: fixed digit groups, with an order only where it is certain. */
export function layoutFromPattern(pattern: string): DateLayout | 'ambiguous' | undefined {
  const p = pattern.replace(/^\^|\$$/g, '').replace(/\[0-9\]/g, DIGITS);
  const group = String.raw`\\d\{(\d)\}|((?:\\d)+)`;
  const parts: number[] = [];
  const separators: string[] = [];
  const scanner = new RegExp(`(?:${group})(\\\\?[-/. ])?`, 'gy');
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = scanner.exec(p)) !== null && match[0] !== '') {
    parts.push(match[1] ? Number(match[1]) : match[2]!.length / 2);
    if (match[3]) separators.push(match[3].replace('\\', ''));
    consumed = scanner.lastIndex;
  }
  if (consumed !== p.length || parts.length === 0) return undefined;
  const separator = separators[0] ?? '';
  const shape = parts.join(',');
  if (shape === '8') return { tokens: ['Y', 'M', 'D'], separator: '', padded: true };
  if (shape === '6' && separator === '') return { tokens: ['Y', 'M'], separator: '', padded: true };
  if (shape === '4') return { tokens: ['Y'], separator: '', padded: true };
  if (shape === '4,2,2') return { tokens: ['Y', 'M', 'D'], separator, padded: true };
  if (shape === '4,2') return { tokens: ['Y', 'M'], separator, padded: true };
  if (shape === '2,4') return { tokens: ['M', 'Y'], separator, padded: true };
  if (shape === '2,2,4') return 'ambiguous';
  return undefined;
}

/**
 * Reads a layout from an example date ("2024-01-31", "31/12/2024", "19790315"). An example whose
 * day and month are both 12 or less ("01/02/2025") shows no order, so it is 'ambiguous'.
 */
export function layoutFromSample(text: string): DateLayout | 'ambiguous' | undefined {
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text)) return { tokens: ['Y', 'M', 'D'], separator: '-', padded: true };
  if (/\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/.test(text)) return { tokens: ['Y', 'M', 'D'], separator: '', padded: true };
  const match = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/.exec(text);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  const padded = match[1]!.length === 2 && match[3]!.length === 2;
  if (first > 12 && second <= 12) return { tokens: ['D', 'M', 'Y'], separator: match[2]!, padded };
  if (second > 12 && first <= 12) return { tokens: ['M', 'D', 'Y'], separator: match[2]!, padded };
  return 'ambiguous';
}

/** Works out the layout a text field expects, or 'ambiguous' when only the digit groups show. */
export function dateLayout(field: FieldDescriptor): DateLayout | 'ambiguous' | undefined {
  const { format } = field;
  if (format.inputType === 'date') return { tokens: ['Y', 'M', 'D'], separator: '-', padded: true };
  if (format.inputType === 'month') return { tokens: ['Y', 'M'], separator: '-', padded: true };
  for (const text of [format.placeholder, format.hint, field.label]) {
    const layout = text ? layoutFromText(text) : undefined;
    if (layout) return layout;
  }
  const fromPattern = format.pattern ? layoutFromPattern(format.pattern) : undefined;
  if (fromPattern) return fromPattern;
  for (const text of [format.placeholder, format.hint]) {
    const layout = text ? layoutFromSample(text) : undefined;
    if (layout) return layout;
  }
  if (format.maxLength === 4) return { tokens: ['Y'], separator: '', padded: true };
  return undefined;
}

/** Writes a date in a layout, or returns undefined when the date lacks a needed part. */
export function formatDate(date: PartialDate, layout: DateLayout): string | undefined {
  const pieces: string[] = [];
  for (const token of layout.tokens) {
    if (token === 'Y') pieces.push(pad(date.year, 4));
    else if (token === 'YY') pieces.push(pad(date.year % 100));
    else if (token === 'M') {
      if (date.month === undefined) return undefined;
      pieces.push(layout.padded ? pad(date.month) : String(date.month));
    } else {
      if (date.day === undefined) return undefined;
      pieces.push(layout.padded ? pad(date.day) : String(date.day));
    }
  }
  return pieces.join(layout.separator);
}

function isoDisplay(date: PartialDate): string {
  return [pad(date.year, 4), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Texts to try for a month in a widget whose options are not known: names first, then digits. */
function monthTexts(month: number, swedishFirst: boolean): string[] {
  const names = [MONTH_NAMES.en[month - 1]!, MONTH_NAMES.sv[month - 1]!].map(capitalise);
  return [...(swedishFirst ? names.reverse() : names), String(month), pad(month)];
}

/** Scores how well an option names a month: its number, or its Swedish or English name. */
function monthScore(label: string, value: string, month: number): number {
  const names = [MONTH_NAMES.sv[month - 1]!, MONTH_NAMES.en[month - 1]!];
  for (const text of [label, value]) {
    const t = normalise(text);
    if (/^\d{1,2}$/.test(t) && Number(t) === month) return 3;
    if (names.some((name) => t === name)) return 3;
    if (t.length >= 3 && names.some((name) => name.startsWith(t.replace(/\.$/, '')))) return 2;
  }
  return 0;
}

function partResult(field: FieldDescriptor, date: PartialDate): ResolveResult {
  const part = field.part;
  let number = date.day;
  if (part === 'year') number = date.year;
  if (part === 'month') number = date.month;
  if (number === undefined) return { ok: false, reason: 'datePrecision' };
  if (isChoice(field)) {
    const options = realOptions(field);
    const chosen = part === 'month'
      ? findOptionByScore(options, (o) => monthScore(o.label, o.value, number))
      : findOptionByScore(options, (o) => (Number(o.value) === number || Number(normalise(o.label)) === number ? 1 : 0));
    const fallback = part === 'month' ? monthTexts(number, looksSwedish(field.label)) : [String(number), pad(number)];
    return optionResult(field, chosen, fallback);
  }
  const placeholder = field.format.placeholder ?? '';
  const text = part === 'year' ? pad(number, 4) : /^[MDT]$/i.test(placeholder.trim()) ? String(number) : pad(number);
  return { ok: true, resolved: { value: { kind: 'text', text }, display: text } };
}

/** Resolves an ISO date from the vault into the value a date field, or a part of one, takes. */
export function resolveDate(field: FieldDescriptor, iso: string | undefined): ResolveResult {
  const date = parseIsoDate(iso);
  if (!date) return { ok: false, reason: 'noValue' };
  if (field.part === 'day' || field.part === 'month' || field.part === 'year') return partResult(field, date);
  const layout = dateLayout(field);
  if (layout === 'ambiguous') return { ok: false, reason: 'ambiguousDateFormat' };
  // With no hint at all, ISO 8601 is written: its order cannot be misread.
  const text = layout ? formatDate(date, layout) : isoDisplay(date);
  if (text === undefined) return { ok: false, reason: 'datePrecision' };
  if (isChoice(field)) return optionResult(field, undefined, [text]);
  return { ok: true, resolved: { value: { kind: 'text', text }, display: text } };
}
