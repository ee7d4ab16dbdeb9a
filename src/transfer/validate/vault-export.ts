// Checks a parsed export (readable, or the plaintext of a protected one) and turns it into vault
// content. Every rejection names the path and the problem; nothing is stored here.
import type { Application, ApplicationStatus } from '../../disclosure/applications';
import { AppError } from '../../messaging/protocol';
import * as ed from '@noble/ed25519';
import { fromHex } from '../../disclosure/bytes';
import { toHex } from '../../vault/crypto/encoding';
import { importJsonResume } from '../../vault/cv/import';
import type { DocumentRole } from '../../vault/cv/model';
import { MAX_DOCUMENT_BYTES, MAX_TOTAL_DOCUMENT_BYTES } from '../../vault/limits';
import type { DeviceKeyHex, DocumentWithBytes, VaultContent } from '../content';
import { EXPORT_FORMAT, FORMAT_VERSION, type ExportedSettings } from '../format';
import { readLogs } from './log-export';
import type { JsonObject, JsonValue } from '../json/strict-parse';
import {
  MAX_APPLICATIONS,
  MAX_DOCUMENTS,
  MAX_PARSED_STRING_CHARS,
} from '../limits';
import { importError, joinPath } from '../problems';
import {
  arrayAt,
  base64,
  boolean,
  integer,
  objectAt,
  oneOf,
  text,
  time,
  underPath,
  checkTexts,
} from './reader';

const DOCUMENT_ROLES: readonly DocumentRole[] = ['cv', 'coverLetter', 'other'];
const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['sent', 'interview', 'offer', 'rejected', 'withdrawn'];
const MAX_ID_CHARS = 128;

export interface ExportMeta {
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
}

/** Rejects a format name or version this build cannot read, before anything else is checked. */
export function checkFormatVersion(root: JsonObject, format: string): number {
  if (root.format !== format) throw importError('format', 'unknownFormat');
  const version = integer(root, 'formatVersion', '', 1, Number.MAX_SAFE_INTEGER);
  if (version > FORMAT_VERSION) {
    throw importError('formatVersion', 'newerVersion', [String(version), String(FORMAT_VERSION)], 'importVersionUnsupported');
  }
  return version;
}

function hexKey(object: JsonObject, key: string, path: string): string {
  const value = text(object, key, path, 64);
  if (!/^[0-9a-f]{64}$/.test(value)) throw importError(joinPath(path, key), 'invalidKey');
  return value;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

async function readDocument(value: JsonValue, path: string): Promise<DocumentWithBytes> {
  const object = objectAt(value, path);
  const id = text(object, 'id', path, MAX_ID_CHARS);
  const name = text(object, 'name', path, 255);
  const mimeType = text(object, 'mimeType', path, 255);
  // TODO: give this its own problem code (invalidMimeType) once the pages translate one.
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) throw importError(joinPath(path, 'mimeType'), 'expectedOneOf', ['type/subtype']);
  const role = oneOf(object, 'role', path, DOCUMENT_ROLES);
  const size = integer(object, 'size', path, 0, MAX_DOCUMENT_BYTES);
  const addedAt = time(object, 'addedAt', path);
  const hash = text(object, 'sha256', path, 64);
  const bytes = base64(object, 'base64', path, MAX_PARSED_STRING_CHARS);
  if (bytes.length !== size) throw importError(joinPath(path, 'size'), 'sizeMismatch', [String(bytes.length)]);
  if ((await sha256Hex(bytes)) !== hash.toLowerCase()) throw importError(joinPath(path, 'sha256'), 'hashMismatch');
  return { info: { id, name, mimeType, role, size, addedAt }, bytes };
}

async function readDocuments(value: JsonValue | undefined): Promise<DocumentWithBytes[]> {
  const items = arrayAt(value, 'documents', MAX_DOCUMENTS);
  const documents: DocumentWithBytes[] = [];
  const ids = new Set<string>();
  let total = 0;
  for (const [i, item] of items.entries()) {
    const document = await readDocument(item, joinPath('documents', i));
    if (ids.has(document.info.id)) throw importError(joinPath(joinPath('documents', i), 'id'), 'duplicateId');
    ids.add(document.info.id);
    total += document.info.size;
    documents.push(document);
  }
  if (total > MAX_TOTAL_DOCUMENT_BYTES) {
    throw new AppError('documentsFull', `documents: ${total} bytes; at most ${MAX_TOTAL_DOCUMENT_BYTES} fit`, [
      'documents', String(total), String(MAX_TOTAL_DOCUMENT_BYTES),
    ]);
  }
  return documents;
}

function readApplication(value: JsonValue, path: string): Application {
  const object = objectAt(value, path);
  checkTexts(object, path);
  const documents = arrayAt(object.documents, joinPath(path, 'documents'), 1000);
  documents.forEach((name, i) => {
    if (typeof name !== 'string') throw importError(joinPath(joinPath(path, 'documents'), i), 'expectedString');
  });
  // Keys the model does not name are kept, so a newer writer's fields survive.
  return {
    ...object,
    id: text(object, 'id', path, MAX_ID_CHARS),
    company: text(object, 'company', path),
    jobTitle: text(object, 'jobTitle', path),
    url: text(object, 'url', path),
    topSite: text(object, 'topSite', path),
    createdAt: time(object, 'createdAt', path),
    updatedAt: time(object, 'updatedAt', path),
    documents: documents as string[],
    status: oneOf(object, 'status', path, APPLICATION_STATUSES),
  };
}

function readApplications(value: JsonValue | undefined): Application[] {
  const items = arrayAt(value, 'applications', MAX_APPLICATIONS);
  const ids = new Set<string>();
  return items.map((item, i) => {
    const application = readApplication(item, joinPath('applications', i));
    if (ids.has(application.id)) throw importError(joinPath(joinPath('applications', i), 'id'), 'duplicateId');
    ids.add(application.id);
    return application;
  });
}

function readSettings(value: JsonValue | undefined): ExportedSettings {
  const object = objectAt(value, 'settings');
  return {
    autoLockMinutes: integer(object, 'autoLockMinutes', 'settings', 1, 24 * 60),
    kdfIterations: integer(object, 'kdfIterations', 'settings', 1, 10_000_000),
  };
}

/** Reads the device key pair and checks that the public key belongs to the private key. */
async function readDeviceKey(value: JsonValue | undefined, allowed: boolean): Promise<DeviceKeyHex | null> {
  if (value === undefined) return null;
  if (!allowed) throw importError('deviceKey', 'privateKeyInReadable');
  const object = objectAt(value, 'deviceKey');
  oneOf(object, 'algorithm', 'deviceKey', ['Ed25519']);
  const publicKey = hexKey(object, 'publicKey', 'deviceKey');
  const secretKey = hexKey(object, 'privateKey', 'deviceKey');
  const derived = toHex(await ed.getPublicKeyAsync(fromHex(secretKey) as Uint8Array<ArrayBuffer>));
  if (derived !== publicKey) throw importError('deviceKey.publicKey', 'invalidKey');
  return { publicKey, secretKey };
}

/**
 * Checks a parsed vault export and returns its content and metadata. `fromProtected` allows the
 * device's private key, which only the encrypted plaintext of a protected export may carry.
 */
export async function readVaultExport(
  value: JsonValue,
  fromProtected: boolean,
): Promise<{ content: VaultContent; meta: ExportMeta }> {
  const root = objectAt(value, '');
  const formatVersion = checkFormatVersion(root, EXPORT_FORMAT);
  const app = objectAt(root.app, 'app');
  const meta: ExportMeta = {
    formatVersion,
    exportedAt: time(root, 'exportedAt', ''),
    app: { name: text(app, 'name', 'app', 200), version: text(app, 'version', 'app', 200) },
  };
  if (boolean(root, 'encrypted', '') !== fromProtected) {
    throw importError('encrypted', 'expectedOneOf', [String(fromProtected)]);
  }
  if (root.warning !== undefined) text(root, 'warning', '');

  const cvObject = objectAt(root.cv, 'cv');
  const cv = underPath('cv', () => importJsonResume(JSON.stringify(cvObject)));
  const logs = readLogs(root.logs);
  const deviceKey = await readDeviceKey(root.deviceKey, fromProtected);
  // With the device's secret key, the last log that key signs becomes the vault's own log again.
  const ownIndex = deviceKey ? logs.map((log) => log.publicKey).lastIndexOf(deviceKey.publicKey) : -1;
  const content: VaultContent = {
    cv,
    documents: await readDocuments(root.documents),
    applications: readApplications(root.applications),
    log: logs[ownIndex] ?? null,
    importedLogs: logs.filter((_log, i) => i !== ownIndex),
    settings: readSettings(root.settings),
    deviceKey,
  };
  return { content, meta };
}
