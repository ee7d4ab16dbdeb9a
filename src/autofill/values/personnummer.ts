// A Swedish personnummer in the layout the field expects: 12 digits, with or without the
// separator, or 10 digits with "-" (or "+" from the year the holder turns 100).
import type { FieldDescriptor } from '../types';

function wantsTenDigits(field: FieldDescriptor): boolean {
  const { maxLength, pattern = '', placeholder = '', hint = '' } = field.format;
  const text = `${placeholder} ${hint} ${field.label}`;
  if (/[ÅY]{4}MMDD/i.test(text)) return false;
  if (/(?<![ÅY])[ÅY]{2}MMDD/i.test(text)) return true;
  if (maxLength === 10 || maxLength === 11) return true;
  return /\\d\{6\}|\\d\{10\}/.test(pattern);
}

function wantsSeparator(field: FieldDescriptor, tenDigits: boolean): boolean {
  const { maxLength, pattern = '', placeholder = '', hint = '' } = field.format;
  if (/MMDD[-+]/i.test(`${placeholder} ${hint} ${field.label}`)) return true;
  if (/MMDD(NNNN|XXXX|\d{4})/i.test(`${placeholder} ${hint}`)) return false;
  if (maxLength !== undefined) return maxLength >= (tenDigits ? 11 : 13);
  if (/^\^?\\d\{1[02]\}\$?$/.test(pattern)) return false;
  return true;
}

export function formatPersonnummer(field: FieldDescriptor, stored: string, now: Date): string | undefined {
  const digits = stored.replace(/\D/g, '');
  if (digits.length !== 12) return undefined;
  const ten = wantsTenDigits(field);
  const separator = wantsSeparator(field, ten);
  if (!ten) return separator ? `${digits.slice(0, 8)}-${digits.slice(8)}` : digits;
  const age = now.getUTCFullYear() - Number(digits.slice(0, 4));
  const sign = age >= 100 ? '+' : '-';
  return separator || sign === '+' ? `${digits.slice(2, 8)}${sign}${digits.slice(8)}` : digits.slice(2);
}
