// Strings of the history view. They live in messages.en.json and messages.sv.json beside this
// file until they are merged into _locales; browser.i18n is asked first, so a merged key wins.
import { tOptional, uiLanguage } from '../../src/ui/i18n';
import en from './messages.en.json';
import sv from './messages.sv.json';

export type HistoryMessageKey = keyof typeof en;

type MessageTable = Record<string, { message: string } | undefined>;

function localMessage(key: HistoryMessageKey, substitutions: string[]): string {
  const table: MessageTable = uiLanguage().toLowerCase().startsWith('sv') ? sv : en;
  const message = table[key]?.message ?? (en as MessageTable)[key]?.message ?? key;
  return message.replace(/\$(\d)/g, (match, digit: string) => substitutions[Number(digit) - 1] ?? match);
}

/** Returns the translated history string for `key`, with `$1`-style placeholders filled in. */
export function ht(key: HistoryMessageKey, ...substitutions: (string | number)[]): string {
  const texts = substitutions.map(String);
  return tOptional(key, ...texts) ?? localMessage(key, texts);
}

/** Returns the default language of a letter or receipt: Swedish in a Swedish browser, else English. */
export function defaultLetterLanguage(): 'sv' | 'en' {
  return uiLanguage().toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
