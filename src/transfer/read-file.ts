// Reads an import file of any supported kind: a readable export, a protected export (with its
// passphrase) or a JSON Resume document. Returns what it would import; nothing is stored.
import { importJsonResume } from '../vault/cv/import';
import { decodeImportFile } from './json/decode';
import { parseStrictJson, type JsonObject } from './json/strict-parse';
import { openProtectedExport, readProtectedExport } from './envelope';
import { EXPORT_FORMAT, PROTECTED_FORMAT } from './format';
import type { ImportPayload } from './merge';
import { importError } from './problems';
import { isObject } from './validate/reader';
import { readVaultExport, type ExportMeta } from './validate/vault-export';

/** Keys of which at least one marks a JSON Resume document. */
const JSON_RESUME_KEYS = [
  'basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills',
  'languages', 'interests', 'references', 'projects', 'x-application',
];

export type ImportFile =
  | { status: 'needsPassphrase' }
  | { status: 'ready'; kind: 'readable' | 'protected'; payload: ImportPayload & { kind: 'vault' }; meta: ExportMeta }
  | { status: 'ready'; kind: 'jsonResume'; payload: ImportPayload & { kind: 'cv' } };

function kindOf(root: JsonObject): 'readable' | 'protected' | 'jsonResume' {
  if (root.format === EXPORT_FORMAT) return 'readable';
  if (root.format === PROTECTED_FORMAT) return 'protected';
  if (typeof root.format !== 'string' && JSON_RESUME_KEYS.some((key) => Object.hasOwn(root, key))) return 'jsonResume';
  throw importError(typeof root.format === 'string' ? 'format' : '', 'unknownFormat');
}

/**
 * Reads and checks an import file. Returns `needsPassphrase` for a protected file when no
 * passphrase is given. Throws AppError with the path and problem of the first fault.
 */
export async function readImportFile(
  bytes: Uint8Array,
  options: { passphrase?: string; minKdfIterations: number },
): Promise<ImportFile> {
  const text = decodeImportFile(bytes);
  const root = parseStrictJson(text);
  if (!isObject(root)) throw importError('', 'expectedObject');

  const kind = kindOf(root);
  if (kind === 'jsonResume') {
    return { status: 'ready', kind, payload: { kind: 'cv', cv: importJsonResume(text) } };
  }
  if (kind === 'readable') {
    const { content, meta } = await readVaultExport(root, false);
    return { status: 'ready', kind, payload: { kind: 'vault', content }, meta };
  }

  const envelope = readProtectedExport(root, options.minKdfIterations);
  if (options.passphrase === undefined || options.passphrase === '') return { status: 'needsPassphrase' };
  const plaintext = await openProtectedExport(envelope, options.passphrase);
  const { content, meta } = await readVaultExport(parseStrictJson(plaintext), true);
  return { status: 'ready', kind, payload: { kind: 'vault', content }, meta };
}
