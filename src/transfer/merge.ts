// Combines the vault's content with an import. Replace takes the import as it is. Merge keeps
// everything in the vault and adds what the import has that the vault lacks. An imported log
// is never spliced into the vault's own chain: it is kept whole, with its own key, beside it, so
// both chains still verify.
import type { Application } from '../disclosure/applications';
import { AppError } from '../messaging/protocol';
import { checkCv } from '../vault/cv/validate';
import type { Cv } from '../vault/cv/model';
import { MAX_TOTAL_DOCUMENT_BYTES } from '../vault/limits';
import type { DocumentWithBytes, VaultContent } from './content';
import type { LogExport } from '../disclosure/export';

/** The content of an import file: a whole vault, or a CV alone from a JSON Resume file. */
export type ImportPayload = { kind: 'vault'; content: VaultContent } | { kind: 'cv'; cv: Cv };

export type ImportMode = 'replace' | 'merge';

/** Returns JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const keys = Object.keys(item).sort();
    return Object.fromEntries(keys.map((key) => [key, (item as Record<string, unknown>)[key]]));
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function unionList(current: unknown[], incoming: unknown[], identity: (item: unknown) => string): unknown[] {
  const seen = new Set(current.map(identity));
  const added = incoming.filter((item) => {
    const key = identity(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...current, ...added];
}

/** Returns the identity of a list entry. A work authorisation is one per country, so the vault's entry wins. */
function identityOf(key: string): (item: unknown) => string {
  if (key === 'workAuthorisation') {
    return (item) => (isPlainObject(item) && typeof item.country === 'string' ? item.country.toUpperCase() : stableJson(item));
  }
  return stableJson;
}

/**
 * Merges two JSON objects: a value the vault has wins, a value only the import has is added,
 * lists are joined without repeating an equal entry, and nested objects merge the same way.
 */
function mergeObjects(current: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    const own = current[key];
    if (isEmpty(own)) merged[key] = value;
    else if (Array.isArray(own) && Array.isArray(value)) merged[key] = unionList(own, value, identityOf(key));
    else if (isPlainObject(own) && isPlainObject(value)) merged[key] = mergeObjects(own, value);
  }
  return merged;
}

export function mergeCv(current: Cv, incoming: Cv): Cv {
  const merged = {
    resume: mergeObjects(current.resume, incoming.resume),
    application: mergeObjects(current.application, incoming.application),
  };
  return checkCv(merged, { code: 'invalidImport' });
}

async function digest(bytes: Uint8Array): Promise<string> {
  return stableJson([...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))]);
}

/** Adds the imported documents the vault lacks (same name and bytes); colliding ids get new ones. */
async function mergeDocuments(current: DocumentWithBytes[], incoming: DocumentWithBytes[]): Promise<DocumentWithBytes[]> {
  const known = new Set<string>();
  for (const document of current) known.add(`${document.info.name}\n${await digest(document.bytes)}`);
  const ids = new Set(current.map((document) => document.info.id));
  const merged = [...current];
  for (const document of incoming) {
    const key = `${document.info.name}\n${await digest(document.bytes)}`;
    if (known.has(key)) continue;
    known.add(key);
    const id = ids.has(document.info.id) ? crypto.randomUUID() : document.info.id;
    ids.add(id);
    merged.push({ info: { ...document.info, id }, bytes: document.bytes });
  }
  const total = merged.reduce((sum, document) => sum + document.bytes.length, 0);
  if (total > MAX_TOTAL_DOCUMENT_BYTES) {
    throw new AppError('documentsFull', `Merged documents would take ${total} bytes; at most ${MAX_TOTAL_DOCUMENT_BYTES} fit`, [
      'documents', String(total), String(MAX_TOTAL_DOCUMENT_BYTES),
    ]);
  }
  return merged;
}

/** Joins applications by id; of two with the same id, the one updated last wins. */
function mergeApplications(current: Application[], incoming: Application[]): Application[] {
  const byId = new Map(current.map((application) => [application.id, application]));
  for (const application of incoming) {
    const own = byId.get(application.id);
    if (!own || Date.parse(application.updatedAt) > Date.parse(own.updatedAt)) byId.set(application.id, application);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
}

function logIdentity(log: LogExport): string {
  return stableJson([log.publicKey, log.head?.hash ?? null, log.entries.length, log.entries[log.entries.length - 1]?.hash ?? null]);
}

/** Returns whether every entry of `log` is in the vault's own log: an older copy of it. */
function isContainedIn(log: LogExport, own: LogExport | null): boolean {
  if (!own || log.publicKey !== own.publicKey) return false;
  const hashes = new Set(own.entries.map((entry) => entry.hash));
  return log.entries.every((entry) => hashes.has(entry.hash));
}

/**
 * Adds every log of the import as an archived chain, unless the vault has that log already or
 * the log is an older copy of the vault's own log.
 */
function mergeLogs(current: VaultContent, incoming: VaultContent): LogExport[] {
  const known = new Set([...(current.log ? [logIdentity(current.log)] : []), ...current.importedLogs.map(logIdentity)]);
  const archived = [...current.importedLogs];
  for (const log of [...incoming.importedLogs, ...(incoming.log ? [incoming.log] : [])]) {
    const identity = logIdentity(log);
    if (known.has(identity) || isContainedIn(log, current.log)) continue;
    known.add(identity);
    archived.push(log);
  }
  return archived;
}

/**
 * Makes the last archived log that the vault's own device key signs the vault's own log again,
 * as when a readable export of this same vault is restored: the vault holds that key, so it can
 * go on signing the chain.
 */
function adoptOwnLog(content: VaultContent): VaultContent {
  const publicKey = content.deviceKey?.publicKey;
  if (!publicKey || content.log) return content;
  const index = content.importedLogs.map((log) => log.publicKey).lastIndexOf(publicKey);
  if (index < 0) return content;
  return {
    ...content,
    log: content.importedLogs[index] ?? null,
    importedLogs: content.importedLogs.filter((_log, i) => i !== index),
  };
}

/** Returns the vault content that an import in `mode` would leave. */
export async function planImport(
  current: VaultContent,
  payload: ImportPayload,
  mode: ImportMode,
): Promise<VaultContent> {
  if (payload.kind === 'cv') {
    return { ...current, cv: mode === 'replace' ? payload.cv : mergeCv(current.cv, payload.cv) };
  }
  const incoming = payload.content;
  if (mode === 'replace') {
    // With the secret key (a protected file) the vault takes over the file's device key and its
    // own log continues. Without it the vault keeps its key and an empty log of its own, and the
    // file's logs are kept as chains with their own keys, so they still verify.
    if (incoming.deviceKey?.secretKey) return incoming;
    return adoptOwnLog({ ...incoming, deviceKey: current.deviceKey });
  }
  return {
    cv: mergeCv(current.cv, incoming.cv),
    documents: await mergeDocuments(current.documents, incoming.documents),
    applications: mergeApplications(current.applications, incoming.applications),
    log: current.log,
    importedLogs: mergeLogs(current, incoming),
    settings: current.settings,
    deviceKey: current.deviceKey,
  };
}
