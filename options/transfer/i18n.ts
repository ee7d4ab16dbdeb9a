// Translation of the transfer screens' strings. They live in messages.en.json and
// messages.sv.json beside this file until they are merged into _locales; until then the English
// text of messages.en.json is shown.
import { tOptional } from '../../src/ui/i18n';
import english from './messages.en.json';

export type TransferMessageKey = keyof typeof english;

/** Returns the translated message for `key` with `$1`-style placeholders filled in. */
export function tt(key: TransferMessageKey, ...substitutions: (string | number)[]): string {
  const translated = tOptional(key, ...substitutions);
  if (translated !== null) return translated;
  return english[key].message.replace(/\$(\d)/g, (_match, digit: string) => String(substitutions[Number(digit) - 1] ?? ''));
}
