// Builds export files from vault content: the readable form, the protected envelope, and the
// partial exports (the CV alone as JSON Resume, the log alone as JSON or CSV).
import { toBase64, toHex } from '../vault/crypto/encoding';
import type { Cv, JsonResume } from '../vault/cv/model';
import type { VaultContent } from './content';
import { protectExport } from './envelope';
import { StreamedArray, StreamedObject, joinPieces, writeJsonText } from './json/pretty-stream';
import type { VaultExportContent } from './store/read';
import {
  APP_NAME,
  APPLICATION_KEY,
  EXPORT_FORMAT,
  FORMAT_VERSION,
  READABLE_WARNING,
  type ExportedDocument,
  type VaultExport,
} from './format';

export interface ExportOptions {
  appVersion: string;
  /** The export's own time; tests fix it. */
  now?: Date;
}

/** Returns the CV as a JSON Resume document, with the application facts under `x-application`. */
export function cvToJsonResume(cv: Cv): JsonResume {
  return { ...cv.resume, [APPLICATION_KEY]: cv.application };
}

async function exportDocuments(content: VaultContent): Promise<ExportedDocument[]> {
  const documents: ExportedDocument[] = [];
  for (const { info, bytes } of content.documents) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
    documents.push({
      id: info.id,
      name: info.name,
      mimeType: info.mimeType,
      role: info.role,
      size: bytes.length,
      addedAt: info.addedAt,
      sha256: toHex(digest),
      base64: toBase64(bytes),
    });
  }
  return documents;
}

/**
 * Returns the export object for `content`. The readable form carries a warning and never the
 * private key; the form meant for encryption carries the private key when the vault has one.
 */
export async function buildVaultExport(
  content: VaultContent,
  form: 'readable' | 'protected',
  options: ExportOptions,
): Promise<VaultExport> {
  const readable = form === 'readable';
  const exportedAt = (options.now ?? new Date()).toISOString();
  const ownLog = content.log ? [{ ...content.log, exportedAt }] : [];
  const secretKey = content.deviceKey?.secretKey;
  const exported: VaultExport = {
    format: EXPORT_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt,
    app: { name: APP_NAME, version: options.appVersion },
    encrypted: !readable,
    ...(readable ? { warning: READABLE_WARNING } : {}),
    cv: cvToJsonResume(content.cv),
    documents: await exportDocuments(content),
    applications: content.applications,
    logs: [...content.importedLogs, ...ownLog],
    settings: content.settings,
  };
  if (!readable && content.deviceKey && secretKey) {
    exported.deviceKey = { algorithm: 'Ed25519', publicKey: content.deviceKey.publicKey, privateKey: secretKey };
  }
  return exported;
}

/** Serialises JSON the way every export file is written: two-space indents and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Returns the export document for `content`: the object buildVaultExport returns, with this
 * device's log written into `logs` while its entries are read.
 */
async function vaultExportDocument(
  content: VaultExportContent,
  form: 'readable' | 'protected',
  options: ExportOptions,
): Promise<StreamedObject> {
  const exported = await buildVaultExport({ ...content, log: null }, form, options);
  if (!content.log) return new StreamedObject(exported);
  // As in buildVaultExport, this device's log carries the time of the vault export.
  const ownLog = new StreamedObject({ ...content.log.document.members, exportedAt: exported.exportedAt });
  return new StreamedObject({ ...exported, logs: new StreamedArray([[...exported.logs, ownLog]]) });
}

/** Returns the text of a readable export file in pieces, reading the log's entries as the text is written. */
export async function exportReadable(content: VaultExportContent, options: ExportOptions): Promise<AsyncIterable<string>> {
  return writeJsonText(await vaultExportDocument(content, 'readable', options));
}

/**
 * Returns the text of a protected export file. The plaintext is joined whole before it is
 * encrypted, because WebCrypto's AES-GCM encrypts one buffer in one call.
 */
export async function exportProtected(
  content: VaultExportContent,
  passphrase: string,
  iterations: number,
  options: ExportOptions,
): Promise<string> {
  const plaintext = await joinPieces(writeJsonText(await vaultExportDocument(content, 'protected', options)));
  return toJsonText(await protectExport(plaintext, passphrase, iterations, options.appVersion));
}
