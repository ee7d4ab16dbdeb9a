// Builds export files from vault content: the readable form, the protected envelope, and the
// partial exports (the CV alone as JSON Resume, the log alone as JSON or CSV).
import { toBase64, toHex } from '../vault/crypto/encoding';
import type { Cv, JsonResume } from '../vault/cv/model';
import type { VaultContent } from './content';
import { protectExport } from './envelope';
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

/** Returns the text of a readable export file. */
export async function exportReadable(content: VaultContent, options: ExportOptions): Promise<string> {
  return toJsonText(await buildVaultExport(content, 'readable', options));
}

/** Returns the text of a protected export file. */
export async function exportProtected(
  content: VaultContent,
  passphrase: string,
  iterations: number,
  options: ExportOptions,
): Promise<string> {
  const plaintext = toJsonText(await buildVaultExport(content, 'protected', options));
  return toJsonText(await protectExport(plaintext, passphrase, iterations, options.appVersion));
}
