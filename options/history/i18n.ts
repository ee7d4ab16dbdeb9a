// Strings of the history view, from _locales like every other string of the pages.
import { t, uiLanguage, type MessageKey } from '../../src/ui/i18n';

export type HistoryMessageKey = Extract<MessageKey, `history_${string}`>;

/** Returns the translated history string for `key`, with `$1`-style placeholders filled in. */
export function ht(key: HistoryMessageKey, ...substitutions: (string | number)[]): string {
  return t(key, ...substitutions);
}

/** Returns the default language of a letter or receipt: Swedish in a Swedish browser, else English. */
export function defaultLetterLanguage(): 'sv' | 'en' {
  return uiLanguage().toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
