// Documents (CV PDFs, cover letters): description and bytes sealed separately with the data key.
// Only the byte count and the time added are plain, so limits apply without decrypting.
import { AppError } from '../messaging/protocol';
import type { DataKey } from './crypto/data-key';
import type { DocumentInfo, DocumentRole } from './cv/model';
import type { DocumentRow, MeritvalvDb } from './db';
import { MAX_DOCUMENT_BYTES, MAX_TOTAL_DOCUMENT_BYTES } from './limits';
import { documentBytesAad, documentInfoAad } from './records';

export const DOCUMENT_ROLES: readonly DocumentRole[] = ['cv', 'coverLetter', 'other'];
const MAX_NAME_LENGTH = 255;

type SealedInfo = Omit<DocumentInfo, 'id' | 'size'>;

export interface NewDocument {
  name: string;
  mimeType: string;
  role: DocumentRole;
  bytes: Uint8Array;
}

const infoAad = documentInfoAad;
const bytesAad = documentBytesAad;

function checkRole(role: unknown): asserts role is DocumentRole {
  if (!DOCUMENT_ROLES.includes(role as DocumentRole)) {
    throw new AppError(
      'invalidRequest',
      `Invalid document role ${String(role)}: expected ${DOCUMENT_ROLES.join(', ')}`,
      [String(role)],
    );
  }
}

function checkNewDocument(doc: NewDocument): void {
  checkRole(doc.role);
  if (typeof doc.name !== 'string' || doc.name.trim() === '' || doc.name.length > MAX_NAME_LENGTH) {
    throw new AppError('invalidRequest', 'A document needs a name of 1 to 255 characters');
  }
  if (typeof doc.mimeType !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(doc.mimeType)) {
    throw new AppError('invalidRequest', `Invalid MIME type ${String(doc.mimeType)}: expected type/subtype`);
  }
  if (doc.bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError(
      'documentTooLarge',
      `${doc.name} has ${doc.bytes.length} bytes; a document may have at most ${MAX_DOCUMENT_BYTES}`,
      [doc.name, String(doc.bytes.length), String(MAX_DOCUMENT_BYTES)],
    );
  }
}

async function toInfo(key: DataKey, row: DocumentRow): Promise<DocumentInfo> {
  const info = await key.openJson<SealedInfo>(row.sealedInfo, infoAad(row.id));
  return { id: row.id, size: row.size, ...info };
}

export async function listDocuments(db: MeritvalvDb, key: DataKey): Promise<DocumentInfo[]> {
  const rows = await db.documents.orderBy('addedAt').toArray();
  return Promise.all(rows.map((row) => toInfo(key, row)));
}

/**
 * Stores a document. Throws AppError('documentTooLarge') past 10 MiB and
 * AppError('documentsFull') when all documents together would pass 50 MiB.
 */
export async function addDocument(db: MeritvalvDb, key: DataKey, input: NewDocument): Promise<DocumentInfo> {
  // Browsers give File.type '' for an extension they do not know.
  const doc = { ...input, mimeType: input.mimeType === '' ? 'application/octet-stream' : input.mimeType };
  checkNewDocument(doc);
  const id = crypto.randomUUID();
  const addedAt = new Date();
  const info: SealedInfo = { name: doc.name, mimeType: doc.mimeType, role: doc.role, addedAt: addedAt.toISOString() };
  // Encryption runs before the transaction: an IndexedDB transaction commits as soon as it
  // waits on anything else.
  const sealedInfo = await key.sealJson(info, infoAad(id));
  const sealedBytes = await key.seal(doc.bytes, bytesAad(id));

  await db.transaction('rw', db.documents, db.documentBytes, async () => {
    let used = 0;
    await db.documents.each((row) => {
      used += row.size;
    });
    if (used + doc.bytes.length > MAX_TOTAL_DOCUMENT_BYTES) {
      throw new AppError(
        'documentsFull',
        `Documents would take ${used + doc.bytes.length} bytes; at most ${MAX_TOTAL_DOCUMENT_BYTES} fit`,
        [doc.name, String(used), String(MAX_TOTAL_DOCUMENT_BYTES)],
      );
    }
    await db.documents.add({ id, addedAt: addedAt.getTime(), size: doc.bytes.length, sealedInfo });
    await db.documentBytes.add({ id, sealed: sealedBytes });
  });
  return { id, size: doc.bytes.length, ...info };
}

function notFound(id: string): AppError {
  return new AppError('invalidRequest', `No document with id ${id}`, [id]);
}

export async function readDocument(db: MeritvalvDb, key: DataKey, id: string): Promise<Uint8Array> {
  const row = await db.documentBytes.get(id);
  if (!row) throw notFound(id);
  return key.open(row.sealed, bytesAad(id));
}

export async function readDocumentInfo(db: MeritvalvDb, key: DataKey, id: string): Promise<DocumentInfo> {
  const row = await db.documents.get(id);
  if (!row) throw notFound(id);
  return toInfo(key, row);
}

export async function removeDocument(db: MeritvalvDb, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.documentBytes, async () => {
    if (!(await db.documents.get(id))) throw notFound(id);
    await db.documents.delete(id);
    await db.documentBytes.delete(id);
  });
}

export async function setDocumentRole(db: MeritvalvDb, key: DataKey, id: string, role: DocumentRole): Promise<void> {
  checkRole(role);
  const row = await db.documents.get(id);
  if (!row) throw notFound(id);
  const { id: _id, size: _size, ...info } = await toInfo(key, row);
  const sealedInfo = await key.sealJson({ ...info, role }, infoAad(id));
  await db.transaction('rw', db.documents, async () => {
    if (!(await db.documents.get(id))) throw notFound(id);
    await db.documents.update(id, { sealedInfo });
  });
}
