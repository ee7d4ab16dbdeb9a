// Postal codes in the layout a field takes: "722 15" or "72215", from the field's length,
// pattern and placeholder, else in the national post's layout.
import { POSTAL_LAYOUTS } from '../../lexicon/postal-codes';
import type { FieldDescriptor } from '../types';

function layOut(digits: string, layout: string): string | undefined {
  if (layout.replace(/[^#]/g, '').length !== digits.length) return undefined;
  let next = 0;
  return layout.replace(/#/g, () => digits[next++]!);
}

export function formatPostalCode(field: FieldDescriptor, stored: string, country = 'SE'): string {
  const compact = stored.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(compact)) return stored.trim();
  const { maxLength, pattern = '', placeholder = '', inputType } = field.format;
  if (inputType === 'number') return compact;
  if (maxLength !== undefined && maxLength <= compact.length) return compact;
  if (/^\^?(\\d\{\d+\}|\[0-9\]\{\d+\})\$?$/.test(pattern)) return compact;
  if (/^\d+$/.test(placeholder.trim())) return compact;
  const template = placeholder.trim().replace(/\d/g, '#');
  if (/^[#\s-]+$/.test(template)) return layOut(compact, template) ?? compact;
  const national = POSTAL_LAYOUTS[country.toUpperCase()];
  return (national && layOut(compact, national)) ?? stored.trim();
}
