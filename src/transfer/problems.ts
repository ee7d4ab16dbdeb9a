// Why an import was rejected. Each code is a stable name that pages translate as
// `problem_<code>`, and the English text is for developers. The JSON problems are the ones the CV
// check uses too. An AppError carries [path, problem, ...details] as params.
import { AppError, type ErrorCode } from '../messaging/protocol';
import { JSON_PROBLEMS } from '../vault/cv/problems';

export const TRANSFER_PROBLEMS = {
  ...JSON_PROBLEMS,
  tooLarge: 'the file is larger than the limit',
  emptyFile: 'the file is empty',
  utf16: 'the file is UTF-16 text; save it as UTF-8',
  utf32: 'the file is UTF-32 text; save it as UTF-8',
  notUtf8: 'the file is not UTF-8 text',
  truncated: 'the file ends too early; it may be truncated',
  expectedInteger: 'expected a whole number',
  expectedTime: 'expected a time like 2026-03-01T09:30:00.000Z',
  expectedBase64: 'expected base64 data',
  expectedOneOf: 'expected one of the listed values',
  unknownFormat: 'not a Meritvalv export or a JSON Resume file',
  newerVersion: 'the file was written by a newer version of Meritvalv',
  unsupportedVersion: 'this format version is not supported',
  unsupportedKdf: 'the key derivation is not supported',
  weakKdf: 'the key derivation is weaker than allowed',
  sizeMismatch: 'the size does not match the data',
  hashMismatch: 'the SHA-256 hash does not match the data',
  invalidKey: 'expected an Ed25519 key of 32 bytes',
  privateKeyInReadable: 'a readable export must not contain a private key',
  duplicateId: 'this id appears twice',
  tampered: 'the data was altered or damaged after it was exported',
  passphraseRequired: 'the file is protected; enter its passphrase',
} as const;

export type TransferProblem = keyof typeof TRANSFER_PROBLEMS;

/** Returns the AppError for one rejected value: `invalidImport` unless another code is given. */
export function importError(
  path: string,
  problem: TransferProblem,
  details: string[] = [],
  code: ErrorCode = 'invalidImport',
): AppError {
  const where = path || '(file)';
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  return new AppError(code, `${where}: ${TRANSFER_PROBLEMS[problem]}${suffix}`, [path, problem, ...details]);
}

/** Joins a path and a key or index the way error messages show them: `work[2].startDate`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
