// Format hints for writing a value the way the field expects it.
import type { FieldFormat } from '../types';
import { rootOf } from './shadow';
import { textOf, textOfIds } from './text';

const HINT_TAGS = new Set(['SMALL', 'SPAN', 'P', 'DIV']);
const MAX_HINT = 160;

/** Visible hint text: aria-describedby, else a short text element right after the control. */
function hintOf(control: HTMLElement): string {
  const described = textOfIds(rootOf(control), control.getAttribute('aria-describedby'));
  if (described) return described.slice(0, MAX_HINT);
  const next = control.nextElementSibling;
  if (next && HINT_TAGS.has(next.tagName) && !next.querySelector('input, select, textarea, button')) {
    const text = textOf(next);
    if (text.length <= MAX_HINT) return text;
  }
  return '';
}

export function formatOf(control: HTMLElement): FieldFormat {
  const input = control as HTMLInputElement;
  const format: FieldFormat = {};
  if (control.tagName === 'INPUT') format.inputType = input.type;
  const pattern = control.getAttribute('pattern');
  if (pattern) format.pattern = pattern;
  const placeholder = control.getAttribute('placeholder');
  if (placeholder) format.placeholder = placeholder;
  const maxLength = Number(control.getAttribute('maxlength'));
  if (Number.isInteger(maxLength) && maxLength > 0) format.maxLength = maxLength;
  const hint = hintOf(control);
  if (hint) format.hint = hint;
  return format;
}
