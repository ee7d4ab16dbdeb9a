// RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form of a JSON value that hashes and
// signatures are computed over. Numbers use the ECMAScript Number-to-String algorithm, strings the
// ECMAScript JSON.stringify escaping, and object members are sorted by their keys' UTF-16 code
// units. Input must be I-JSON: finite numbers and no lone surrogates.

/** Thrown for a value that has no canonical JSON form. */
export class CanonicalizationError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalizationError';
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A value with no canonical form, found while serialising. The path from the root is collected
 * only on this error path, as the error passes up through each array and object, so serialising a
 * valid value builds no path strings.
 */
class InvalidValue {
  readonly path: (string | number)[] = [];

  constructor(readonly reason: string) {}
}

function formatPath(path: (string | number)[]): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
}

function serializeString(text: string): string {
  if (LONE_SURROGATE.test(text)) throw new InvalidValue('a string contains a lone UTF-16 surrogate');
  // ES2019 JSON.stringify escapes exactly what RFC 8785 section 3.2.2.2 asks for: ", \, the
  // short forms \b \f \n \r \t, and other code points below U+0020 as \u00xx in lower case.
  return JSON.stringify(text);
}

function serializeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new InvalidValue(`${value} is not a finite number`);
  // Number.prototype.toString is the ECMAScript algorithm that RFC 8785 section 3.2.2.3 names;
  // it already writes -0 as "0".
  return String(value);
}

/** Compares two keys by UTF-16 code units, as RFC 8785 section 3.2.3 requires. */
export function compareUtf16(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

function serialize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value);
    case 'string':
      return serializeString(value);
    case 'object':
      return Array.isArray(value) ? serializeArray(value) : serializeObject(value);
    default:
      throw new InvalidValue(`a ${typeof value} has no JSON form`);
  }
}

/** Serialises a member or element, adding its key or index to the path of an error inside it. */
function serializeAt(value: unknown, step: string | number): string {
  try {
    return serialize(value);
  } catch (error) {
    if (error instanceof InvalidValue) error.path.unshift(step);
    throw error;
  }
}

function serializeArray(items: unknown[]): string {
  // Like JSON.stringify, an undefined element becomes null, so a value read back from JSON
  // canonicalises to the same text as the value that was written.
  const parts = items.map((item, index) => (item === undefined ? 'null' : serializeAt(item, index)));
  return `[${parts.join(',')}]`;
}

/** The escape JSON.stringify writes for a lone surrogate, \udxxx; a false match only means the general path. */
const ESCAPED_SURROGATE = /\\ud[89a-f]/;

/**
 * Serialises an object whose members are all strings, booleans, null or finite numbers with one
 * native JSON.stringify call on a copy that has the members in `keys` order. Returns null for any
 * other object, for one with a key that starts with a digit (engines list integer keys first,
 * whatever the order of insertion) and for one that may hold a lone surrogate, so the general
 * path decides.
 */
function serializeFlatObject(record: Record<string, unknown>, keys: string[]): string | null {
  const ordered: Record<string, unknown> = {};
  for (const key of keys) {
    const member = record[key];
    const type = typeof member;
    const plain = type === 'string' || type === 'boolean' || member === null || member === undefined || (type === 'number' && Number.isFinite(member));
    if (!plain || (key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57)) return null;
    ordered[key] = member;
  }
  const text = JSON.stringify(ordered);
  return ESCAPED_SURROGATE.test(text) ? null : text;
}

function serializeObject(value: object): string {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new InvalidValue('only plain objects have a JSON form');
  }
  const record = value as Record<string, unknown>;
  // The default sort compares strings by UTF-16 code units, which is the order compareUtf16 gives.
  const keys = Object.keys(record).sort();
  const flat = serializeFlatObject(record, keys);
  if (flat !== null) return flat;
  let text = '{';
  for (const key of keys) {
    const member = record[key];
    // Members whose value is undefined are left out, as JSON.stringify leaves them out.
    if (member === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${serializeString(key)}:${serializeAt(member, key)}`;
  }
  return `${text}}`;
}

/** Returns the RFC 8785 canonical JSON text of `value`; throws CanonicalizationError otherwise. */
export function canonicalize(value: unknown): string {
  try {
    return serialize(value);
  } catch (error) {
    if (error instanceof InvalidValue) throw new CanonicalizationError(`$${formatPath(error.path)}: ${error.reason}`);
    throw error;
  }
}
