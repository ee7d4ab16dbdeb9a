// Phone numbers: parsed into a dialling code and a national significant number, then written
// in E.164 (+46701234567), the national form (070-123 45 67) or the page's own template.
import { COUNTRIES, TRUNK_PREFIX } from '../../lexicon/countries';
import type { FieldDescriptor } from '../types';
import { countryByIso } from './country';

export interface PhoneNumber {
  /** Dialling code without "+". */
  dial: string;
  /** The number without the dialling code or trunk prefix. */
  national: string;
}

const DIALS = [...new Set(COUNTRIES.map((entry) => entry.dial))].sort((a, b) => b.length - a.length);

/** Parses "+46 70 123 45 67", "0046701234567" or, with the home country, "070-123 45 67". */
export function parsePhone(text: string | undefined, homeCountry = 'SE'): PhoneNumber | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (digits === '') return undefined;
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    const dial = DIALS.find((code) => digits.startsWith(code) && code.length <= 3);
    if (!dial) return undefined;
    let national = digits.slice(dial.length);
    // "+46 (0)70 ..." carries the trunk prefix in brackets, which is not part of the number.
    if (/\(0\)/.test(trimmed) && national.startsWith('0')) national = national.slice(1);
    return { dial, national };
  }
  const dial = countryByIso(homeCountry)?.dial ?? '46';
  const trunk = TRUNK_PREFIX[dial] ?? '0';
  return { dial, national: trunk && digits.startsWith(trunk) ? digits.slice(trunk.length) : digits };
}

export function toE164(phone: PhoneNumber): string {
  return `+${phone.dial}${phone.national}`;
}

export function toNationalDigits(phone: PhoneNumber): string {
  return `${TRUNK_PREFIX[phone.dial] ?? '0'}${phone.national}`;
}

/** Formats digits into a template such as "070-123 45 67", when the digit counts agree. */
export function applyTemplate(digits: string, template: string): string | undefined {
  const slots = template.replace(/\D/g, '').length;
  if (slots !== digits.length) return undefined;
  let next = 0;
  return template.replace(/\d/g, () => digits[next++]!);
}

/** Formats a phone number for a field: national when the form has a separate country-code field. */
export function formatPhoneFor(field: FieldDescriptor, phone: PhoneNumber, separateCountryCode: boolean): string {
  const { placeholder = '', pattern = '', maxLength } = field.format;
  const national = toNationalDigits(phone);
  const e164 = toE164(phone);
  const template = placeholder.replace(/\.+$/, '').trim();
  const wantsNational = separateCountryCode || /^0\d/.test(template) || /^\^?0/.test(pattern) ||
    (maxLength !== undefined && maxLength < e164.length);
  if (wantsNational) return applyTemplate(national, template) ?? national;
  const international = template.startsWith('+') ? applyTemplate(e164.slice(1), template.slice(1)) : undefined;
  return international ? `+${international}` : e164;
}
