// Format checks for CV values. Dates follow ISO 8601 as JSON Resume uses it: YYYY, YYYY-MM or
// YYYY-MM-DD, with months and days that exist.
import { daysInMonth } from './personnummer';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

export function isFullDate(text: string): boolean {
  return text.length === 10 && isDate(text);
}

/** Checks for one @, no spaces and a dot in the domain. RFC 5321 allows more than this. */
export function isEmail(text: string): boolean {
  return text.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}

export function isUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isPhone(text: string): boolean {
  return /^\+?[\d\s().-]{4,30}$/.test(text) && /\d{4}/.test(text.replace(/\D/g, ''));
}
