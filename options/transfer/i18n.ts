// Strings of the export and import screens, from _locales like every other string of the pages.
import { t, type MessageKey } from '../../src/ui/i18n';

export type TransferMessageKey = Extract<MessageKey, `transfer_${string}`>;

/** Returns the translated message for `key` with `$1`-style placeholders filled in. */
export function tt(key: TransferMessageKey, ...substitutions: (string | number)[]): string {
  return t(key, ...substitutions);
}
