// Checks of single CV values for the editor. Each returns null when the value is valid, or the
// message key of the problem; an empty value is valid (every field is optional).
import type { MessageKey } from './i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const RESUME_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkEmail(value: string): MessageKey | null {
  return value === '' || EMAIL.test(value) ? null : 'invalid_email';
}

export function checkUrl(value: string): MessageKey | null {
  if (value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'invalid_url';
  } catch {
    return 'invalid_url';
  }
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Checks a JSON Resume date: YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkResumeDate(value: string): MessageKey | null {
  if (value === '') return null;
  const match = RESUME_DATE.exec(value);
  if (!match) return 'invalid_resumeDate';
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return isRealDate(Number(match[1]), month, day) ? null : 'invalid_resumeDate';
}

/** Checks a full ISO 8601 date, YYYY-MM-DD. */
export function checkIsoDate(value: string): MessageKey | null {
  if (value === '') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return 'invalid_isoDate';
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? null : 'invalid_isoDate';
}

/** Checks an ISO 3166-1 alpha-2 country code, or "EU" for the EU and EEA. */
export function checkCountryCode(value: string): MessageKey | null {
  return value === '' || /^[A-Z]{2}$/.test(value) ? null : 'invalid_countryCode';
}

/** Checks an ISO 4217 currency code such as SEK. */
export function checkCurrency(value: string): MessageKey | null {
  return value === '' || /^[A-Z]{3}$/.test(value) ? null : 'invalid_currency';
}

export function checkPositiveNumber(value: string): MessageKey | null {
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? null : 'invalid_positiveNumber';
}

export type PersonnummerCheck = { ok: true; normalized: string } | { ok: false; error: MessageKey };

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Checks a Swedish personnummer or samordningsnummer (day + 60) of 10 or 12 digits, with or
 * without the separator. A `+` in the 10-digit form means the person is 100 or older. Returns the
 * number as YYYYMMDD-NNNN, the form the vault stores.
 */
export function checkPersonnummer(value: string, today: Date = new Date()): PersonnummerCheck {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/.exec(value.trim());
  if (!match) return { ok: false, error: 'invalid_personnummerFormat' };
  const [, century, yy, mm, dd, separator, last4] = match as unknown as string[];

  const month = Number(mm);
  const rawDay = Number(dd);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const year = century
    ? Number(`${century}${yy}`)
    : guessYear(Number(yy), month, day, separator === '+', today);
  if (!isRealDate(year, month, day)) return { ok: false, error: 'invalid_personnummerDate' };
  if (Date.UTC(year, month - 1, day) > today.getTime()) {
    return { ok: false, error: 'invalid_personnummerFuture' };
  }
  if (!luhnValid(`${yy}${mm}${dd}${last4}`)) {
    return { ok: false, error: 'invalid_personnummerChecksum' };
  }
  return { ok: true, normalized: `${year}${mm}${dd}-${last4}` };
}

/** Returns the birth date (YYYY-MM-DD) in a normalized personnummer or samordningsnummer. */
export function birthDateOfPersonnummer(normalized: string): string {
  const day = Number(normalized.slice(6, 8));
  const realDay = String(day > 60 ? day - 60 : day).padStart(2, '0');
  return `${normalized.slice(0, 4)}-${normalized.slice(4, 6)}-${realDay}`;
}

/**
 * Returns the full year of a 10-digit number: the latest year whose date is not in the future,
 * and 100 years earlier for `+`.
 */
function guessYear(yy: number, month: number, day: number, hundredOrOlder: boolean, today: Date): number {
  const thisYear = today.getUTCFullYear();
  let year = thisYear - (((thisYear - yy) % 100) + 100) % 100;
  if (Date.UTC(year, month - 1, day) > today.getTime()) year -= 100;
  if (hundredOrOlder) year -= 100;
  return year;
}
