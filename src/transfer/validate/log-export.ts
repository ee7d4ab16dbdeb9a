// Checks the logs of an export, each a log export as src/disclosure writes it. This checks the
// structure, so rows can be built from it. The verifier checks the chain and signatures, and the
// import preview reports its result.
import type { StoredEntry, HeadRecord, RotationRecord, DeletionRecord } from '../../disclosure/chain';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type LogExport } from '../../disclosure/export';
import type { FieldMeaning } from '../../autofill/types';
import type { RecipientInfo } from '../../disclosure/recipients';
import type { JsonObject, JsonValue } from '../json/strict-parse';
import { MAX_ARRAY_ITEMS, MAX_IMPORTED_LOGS } from '../limits';
import { importError, joinPath } from '../problems';
import { arrayAt, boolean, checkTexts, integer, objectAt, oneOf, text, time } from './reader';

const HEX_32 = /^[0-9a-f]{64}$/;
const HEX_64 = /^[0-9a-f]{128}$/;
const MAX_SEQ = Number.MAX_SAFE_INTEGER;

function hex(object: JsonObject, key: string, path: string, pattern: RegExp): string {
  const value = text(object, key, path, 128);
  if (!pattern.test(value)) throw importError(joinPath(path, key), 'invalidKey');
  return value;
}

function readEntry(value: JsonValue, path: string, previousSeq: number): StoredEntry {
  const object = objectAt(value, path);
  checkTexts(object, path);
  const seq = integer(object, 'seq', path, previousSeq + 1, MAX_SEQ);
  const actionOrigin = object.actionOrigin === null ? null : text(object, 'actionOrigin', path, 2048);
  return {
    ...object,
    seq,
    prev: hex(object, 'prev', path, HEX_32),
    keyFingerprint: hex(object, 'keyFingerprint', path, HEX_32),
    hash: hex(object, 'hash', path, HEX_32),
    time: time(object, 'time', path),
    tabUrl: text(object, 'tabUrl', path),
    topSite: text(object, 'topSite', path, 2048),
    frameOrigin: text(object, 'frameOrigin', path, 2048),
    actionOrigin,
    meaning: text(object, 'meaning', path, 200) as FieldMeaning,
    label: text(object, 'label', path),
    value: text(object, 'value', path),
    kept: boolean(object, 'kept', path),
    applicationId: text(object, 'applicationId', path, 200),
  };
}

function readRecord<T>(value: JsonValue, path: string, kind: string): T {
  const object = objectAt(value, path);
  checkTexts(object, path);
  oneOf(object, 'kind', path, [kind]);
  time(object, 'at', path);
  return object as unknown as T;
}

function readHead(value: JsonValue | undefined, path: string): HeadRecord | null {
  if (value === null) return null;
  const head = readRecord<HeadRecord>(value ?? '', path, 'head');
  const object = value as JsonObject;
  integer(object, 'length', path, 0, MAX_SEQ);
  integer(object, 'count', path, 0, MAX_SEQ);
  hex(object, 'hash', path, HEX_32);
  hex(object, 'publicKey', path, HEX_32);
  hex(object, 'signature', path, HEX_64);
  return head;
}

function readLog(value: JsonValue, path: string): LogExport {
  const object = objectAt(value, path);
  if (object.format !== LOG_EXPORT_FORMAT) throw importError(joinPath(path, 'format'), 'unknownFormat');
  const version = integer(object, 'version', path, 1, MAX_SEQ);
  if (version > LOG_EXPORT_VERSION) {
    throw importError(joinPath(path, 'version'), 'newerVersion', [String(version), String(LOG_EXPORT_VERSION)], 'importVersionUnsupported');
  }
  const entriesPath = joinPath(path, 'entries');
  let previousSeq = 0;
  const entries = arrayAt(object.entries, entriesPath, MAX_ARRAY_ITEMS).map((item, i) => {
    const entry = readEntry(item, joinPath(entriesPath, i), previousSeq);
    previousSeq = entry.seq;
    return entry;
  });
  const records = <T>(key: string, kind: string): T[] =>
    arrayAt(object[key], joinPath(path, key), MAX_ARRAY_ITEMS).map((item, i) =>
      readRecord<T>(item, joinPath(joinPath(path, key), i), kind),
    );
  return {
    format: LOG_EXPORT_FORMAT,
    version: LOG_EXPORT_VERSION,
    exportedAt: time(object, 'exportedAt', path),
    publicKey: hex(object, 'publicKey', path, HEX_32),
    keyFingerprint: hex(object, 'keyFingerprint', path, HEX_32),
    head: readHead(object.head, joinPath(path, 'head')),
    rotations: records<RotationRecord>('rotations', 'rotation'),
    deletions: records<DeletionRecord>('deletions', 'deletion'),
    entries,
    recipients: readRecipients(object.recipients, joinPath(path, 'recipients')),
  };
}

/** Reads the controller names a log carries; a log written before they were exported has none. */
function readRecipients(value: JsonValue | undefined, path: string): RecipientInfo[] {
  if (value === undefined) return [];
  const origins = new Set<string>();
  return arrayAt(value, path, MAX_ARRAY_ITEMS).map((item, i) => {
    const itemPath = joinPath(path, i);
    const object = objectAt(item, itemPath);
    checkTexts(object, itemPath);
    const info: RecipientInfo = {
      ...object,
      origin: text(object, 'origin', itemPath, 2048),
      controller: text(object, 'controller', itemPath),
      firstAt: time(object, 'firstAt', itemPath),
      lastAt: time(object, 'lastAt', itemPath),
    };
    if (origins.has(info.origin)) throw importError(joinPath(itemPath, 'origin'), 'duplicateId');
    origins.add(info.origin);
    return info;
  });
}

/** Checks the `logs` list of an export. */
export function readLogs(value: JsonValue | undefined): LogExport[] {
  return arrayAt(value, 'logs', MAX_IMPORTED_LOGS).map((item, i) => readLog(item, joinPath('logs', i)));
}
