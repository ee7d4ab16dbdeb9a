// Why the background rejected a value in a CV or an imported file. The vault and the import
// send a stable problem code as the second param of `invalidCv` and `invalidImport`, and this
// table maps it to its message. A code missing here shows the generic `problem_unknown`.
import { t, type MessageKey } from './i18n';

export const PROBLEM_MESSAGES: Record<string, MessageKey> = {
  invalidJson: 'problem_invalidJson',
  tooLarge: 'problem_tooLarge',
  emptyFile: 'problem_emptyFile',
  utf16: 'problem_utf16',
  utf32: 'problem_utf32',
  notUtf8: 'problem_notUtf8',
  truncated: 'problem_truncated',
  duplicateKey: 'problem_duplicateKey',
  forbiddenKey: 'problem_forbiddenKey',
  tooDeep: 'problem_tooDeep',
  tooMany: 'problem_tooMany',
  tooLong: 'problem_tooLong',
  expectedObject: 'problem_expectedObject',
  expectedArray: 'problem_expectedArray',
  expectedString: 'problem_expectedString',
  expectedNumber: 'problem_expectedNumber',
  expectedInteger: 'problem_expectedInteger',
  expectedBoolean: 'problem_expectedBoolean',
  expectedTime: 'problem_expectedTime',
  expectedBase64: 'problem_expectedBase64',
  expectedOneOf: 'problem_expectedOneOf',
  invalidDate: 'problem_invalidDate',
  invalidFullDate: 'problem_invalidFullDate',
  endBeforeStart: 'problem_endBeforeStart',
  invalidEmail: 'problem_invalidEmail',
  invalidUrl: 'problem_invalidUrl',
  invalidPhone: 'problem_invalidPhone',
  invalidCountry: 'problem_invalidCountry',
  invalidCurrency: 'problem_invalidCurrency',
  invalidPeriod: 'problem_invalidPeriod',
  invalidLicence: 'problem_invalidLicence',
  duplicateCountry: 'problem_duplicateCountry',
  personnummerFormat: 'problem_personnummerFormat',
  personnummerDate: 'problem_personnummerDate',
  personnummerCheckDigit: 'problem_personnummerCheckDigit',
  personnummerFuture: 'problem_personnummerFuture',
  birthDateMismatch: 'problem_birthDateMismatch',
  unknownFormat: 'problem_unknownFormat',
  newerVersion: 'problem_newerVersion',
  unsupportedVersion: 'problem_unsupportedVersion',
  unsupportedKdf: 'problem_unsupportedKdf',
  weakKdf: 'problem_weakKdf',
  sizeMismatch: 'problem_sizeMismatch',
  hashMismatch: 'problem_hashMismatch',
  invalidKey: 'problem_invalidKey',
  privateKeyInReadable: 'problem_privateKeyInReadable',
  duplicateId: 'problem_duplicateId',
  tampered: 'problem_tampered',
  passphraseRequired: 'problem_passphraseRequired',
};

/** Returns the translated explanation of a problem code. */
export function problemText(code: string): string {
  const key = Object.hasOwn(PROBLEM_MESSAGES, code) ? PROBLEM_MESSAGES[code] : undefined;
  return t(key ?? 'problem_unknown');
}
