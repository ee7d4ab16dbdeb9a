// Turns a failed request into a message in the person's language. The background sends a stable
// ErrorCode (and sometimes params); the text lives in _locales as `error_<code>`.
import { AppError, type ErrorCode } from '../messaging/protocol';
import { t, type MessageKey } from './i18n';
import { problemText } from './problems';

/**
 * How many params each code's message names. A code listed here also has an
 * `error_<code>_noDetail` message, used when the background sent fewer params than that.
 */
export const ERROR_PARAM_COUNTS: Partial<Record<ErrorCode, number>> = {
  // [path, problem code, ...details], such as ["work[2].startDate", "invalidDate"]
  invalidImport: 2,
  invalidCv: 2,
  // [file name, size in bytes, limit in bytes]
  documentTooLarge: 1,
  // [minimum length]
  weakPassphrase: 1,
  // [origin]
  noAccess: 1,
};

/** Codes whose second param is a problem code that `problem_<code>` translates. */
const PROBLEM_CODES: ReadonlySet<ErrorCode> = new Set(['invalidImport', 'invalidCv']);

// Fails to compile when an ErrorCode has no `error_<code>` message in _locales/en.
const everyCodeHasMessage: `error_${ErrorCode}` extends MessageKey ? true : never = true;
void everyCodeHasMessage;

/** Returns the translated message for an error code with its params. */
export function errorText(code: ErrorCode, params: readonly string[] = []): string {
  const needed = ERROR_PARAM_COUNTS[code] ?? 0;
  if (needed > 0 && params.length < needed) {
    return t(`error_${code}_noDetail` as MessageKey);
  }
  const shown = params.slice(0, needed);
  if (PROBLEM_CODES.has(code)) {
    // An empty path means the whole file or CV.
    shown[0] = shown[0] || t('problem_pathRoot');
    shown[1] = problemText(shown[1] ?? '');
  }
  return t(`error_${code}` as MessageKey, ...shown);
}

/** Returns the translated message for anything a request rejected with. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return errorText(error.code, error.params ?? []);
  // A rejection that did not come from the background (the background is gone, say).
  return errorText('internal');
}

/** Returns the error code of an AppError, or null for any other rejection. */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof AppError ? error.code : null;
}
