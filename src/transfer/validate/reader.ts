// Typed reads of parsed JSON that throw AppError('invalidImport') naming the path and problem.
import { AppError } from '../../messaging/protocol';
import { fromBase64 } from '../../vault/crypto/encoding';
import type { JsonObject, JsonValue } from '../json/strict-parse';
import { MAX_TEXT_CHARS } from '../limits';
import { importError, joinPath } from '../problems';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: JsonValue | undefined, path: string): JsonObject {
  if (!isObject(value)) throw importError(path, 'expectedObject');
  return value;
}

export function arrayAt(value: JsonValue | undefined, path: string, maxItems: number): JsonValue[] {
  if (!Array.isArray(value)) throw importError(path, 'expectedArray');
  if (value.length > maxItems) throw importError(path, 'tooMany', [String(maxItems)]);
  return value;
}

/** Reads a field of `object` as text of at most `maxChars` characters. */
export function text(object: JsonObject, key: string, path: string, maxChars = MAX_TEXT_CHARS): string {
  const value = object[key];
  const fieldPath = joinPath(path, key);
  if (typeof value !== 'string') throw importError(fieldPath, 'expectedString');
  if (value.length > maxChars) throw importError(fieldPath, 'tooLong', [String(maxChars)]);
  return value;
}

export function integer(object: JsonObject, key: string, path: string, min: number, max: number): number {
  const value = object[key];
  const fieldPath = joinPath(path, key);
  if (typeof value !== 'number') throw importError(fieldPath, 'expectedNumber');
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw importError(fieldPath, 'expectedInteger', [String(min), String(max)]);
  }
  return value;
}

export function boolean(object: JsonObject, key: string, path: string): boolean {
  const value = object[key];
  if (typeof value !== 'boolean') throw importError(joinPath(path, key), 'expectedBoolean');
  return value;
}

export function time(object: JsonObject, key: string, path: string): string {
  const value = text(object, key, path, 64);
  if (!ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw importError(joinPath(path, key), 'expectedTime');
  }
  return value;
}

export function oneOf<T extends string>(object: JsonObject, key: string, path: string, allowed: readonly T[]): T {
  const value = text(object, key, path, 64);
  if (!allowed.includes(value as T)) throw importError(joinPath(path, key), 'expectedOneOf', [allowed.join(', ')]);
  return value as T;
}

/** Decodes a base64 field of at most `maxChars` characters. */
export function base64(object: JsonObject, key: string, path: string, maxChars: number): Uint8Array {
  const value = text(object, key, path, maxChars);
  if (!BASE64.test(value) || value.length % 4 !== 0) throw importError(joinPath(path, key), 'expectedBase64');
  return fromBase64(value);
}

/** Rethrows an AppError from a nested check with its path placed under `prefix`. */
export function underPath<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof AppError) || !error.params) throw error;
    const [path = '', ...rest] = error.params;
    let joined = prefix;
    if (path.startsWith('[')) joined = `${prefix}${path}`;
    else if (path !== '') joined = `${prefix}.${path}`;
    const message = error.message.replace(/^[^:\n]*:/, `${joined}:`);
    throw new AppError(error.code, message, [joined, ...rest]);
  }
}

/** Rejects any string longer than `maxChars` inside a value the model does not type. */
export function checkTexts(value: JsonValue, path: string, maxChars = MAX_TEXT_CHARS): void {
  if (typeof value === 'string') {
    if (value.length > maxChars) throw importError(path, 'tooLong', [String(maxChars)]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkTexts(item, joinPath(path, i), maxChars));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkTexts(item, joinPath(path, key), maxChars);
  }
}
