// Checks of single CV values for the editor. Each returns null when the value is valid, or the
// message key of the problem; an empty value is valid (every field is optional). Dates,
// email and web addresses and the personnummer follow the vault's own rules.
import { isDate, isFullDate, isEmail, isUrl } from '../vault/cv/formats';
import { parsePersonnummer, type PersonnummerProblem } from '../vault/cv/personnummer';
import type { MessageKey } from './i18n';

/** Checks an email address by the vault's rule, so the editor rejects what a save would. */
export function checkEmail(value: string): MessageKey | null {
  return value === '' || isEmail(value) ? null : 'invalid_email';
}

/** Checks an http or https address. */
export function checkUrl(value: string): MessageKey | null {
  return value === '' || isUrl(value) ? null : 'invalid_url';
}

/** Checks a JSON Resume date: YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkResumeDate(value: string): MessageKey | null {
  return value === '' || isDate(value) ? null : 'invalid_resumeDate';
}

/** Checks a full ISO 8601 date, YYYY-MM-DD. */
export function checkIsoDate(value: string): MessageKey | null {
  return value === '' || isFullDate(value) ? null : 'invalid_isoDate';
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

export type PersonnummerCheck =
  | { ok: true; normalized: string; birthDate: string }
  | { ok: false; error: MessageKey };

const PERSONNUMMER_ERRORS: Record<PersonnummerProblem, MessageKey> = {
  format: 'invalid_personnummerFormat',
  date: 'invalid_personnummerDate',
  future: 'invalid_personnummerFuture',
  checkDigit: 'invalid_personnummerChecksum',
};

/**
 * Checks a Swedish personnummer or samordningsnummer with the vault's parser, which also rejects
 * birth dates after `today`. Returns the number as YYYYMMDD-NNNN, the form the vault stores.
 */
export function checkPersonnummer(value: string, today: Date = new Date()): PersonnummerCheck {
  const result = parsePersonnummer(value, today);
  if (!result.ok) return { ok: false, error: PERSONNUMMER_ERRORS[result.problem] };
  return { ok: true, normalized: result.value.normalized, birthDate: result.value.birthDate };
}
