// Translation helper over browser.i18n. Every string the pages show goes through `t`, so the
// browser's UI language picks _locales/sv or _locales/en and a missing key shows up as its name.
import browser from '../platform/browser';
import type messages from '../../_locales/en/messages.json';

/** A key of _locales/en/messages.json; a key that is not there does not compile. */
export type MessageKey = keyof typeof messages;

/**
 * Returns the translated message for `key`, with `$1`-style placeholders replaced by
 * `substitutions`. Returns the key itself when the locale has no such message.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookup(key, substitutions.map(String)) ?? key;
}

/**
 * Returns the translated message for a key that may be missing from the locales, or null when it
 * is. Firefox logs an error for each missing key, so prefer `t` with a typed key.
 */
export function tOptional(key: string, ...substitutions: (string | number)[]): string | null {
  return lookup(key, substitutions.map(String));
}

function lookup(key: string, substitutions: string[]): string | null {
  // getMessage returns '' for an unknown key (Firefox also logs an error); Chromium returns
  // undefined for more than 9 substitutions.
  const text = browser.i18n.getMessage(key, substitutions.length > 0 ? substitutions : undefined);
  return text ? text : null;
}

/** Returns the browser's UI language, such as "sv" or "en-US", for date and number formats. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Returns a formatter for the UI language, built once: building one costs far more than using it. */
function dateFormat(options: { dateStyle: 'medium'; timeStyle?: 'short' }): Intl.DateTimeFormat {
  const language = uiLanguage();
  const key = `${language} ${options.timeStyle ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats an ISO 8601 time as a short local date and time in the UI language. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats an ISO 8601 time as a local date in the UI language. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({ dateStyle: 'medium' }).format(date);
}

/** Formats a byte count as kB or MB in the UI language. */
export function formatBytes(bytes: number): string {
  const format = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return t('unitKilobytes', format.format(Math.max(1, bytes / 1024)));
  return t('unitMegabytes', format.format(bytes / (1024 * 1024)));
}
