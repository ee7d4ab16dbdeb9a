// A strict JSON parser (RFC 8259) for import files. Unlike JSON.parse it rejects a key that
// appears twice in one object, because JSON.parse silently keeps the last and a viewer and the
// import could then read different values. It rejects the keys __proto__, constructor and
// prototype before anything is assigned, and it enforces depth, size and count limits. Every
// error names the path of the offending value.
import { importError, joinPath } from '../problems';
import {
  MAX_ARRAY_ITEMS,
  MAX_DEPTH,
  MAX_OBJECT_KEYS,
  MAX_PARSED_STRING_CHARS,
} from '../limits';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParseLimits {
  maxDepth: number;
  maxStringChars: number;
  /** Paths whose string may be as long as the whole file, such as a protected export's ciphertext. */
  unlimitedStringPaths?: ReadonlySet<string>;
  maxObjectKeys: number;
  maxArrayItems: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxDepth: MAX_DEPTH,
  maxStringChars: MAX_PARSED_STRING_CHARS,
  maxObjectKeys: MAX_OBJECT_KEYS,
  maxArrayItems: MAX_ARRAY_ITEMS,
  unlimitedStringPaths: new Set(['ciphertext']),
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const ESCAPES: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

class Parser {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly limits: ParseLimits,
  ) {}

  parseDocument(): JsonValue {
    this.skipWhitespace();
    const value = this.parseValue('', 0);
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail('', `unexpected text at character ${this.position}`);
    return value;
  }

  private fail(path: string, detail: string): never {
    if (this.position >= this.text.length) throw importError(path, 'truncated');
    throw importError(path, 'invalidJson', [detail]);
  }

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.position;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      i++;
    }
    this.position = i;
  }

  private parseValue(path: string, depth: number): JsonValue {
    if (depth > this.limits.maxDepth) throw importError(path, 'tooDeep');
    const char = this.text[this.position];
    if (char === '{') return this.parseObject(path, depth);
    if (char === '[') return this.parseArray(path, depth);
    if (char === '"') return this.parseString(path);
    if (char === 't') return this.parseLiteral(path, 'true', true);
    if (char === 'f') return this.parseLiteral(path, 'false', false);
    if (char === 'n') return this.parseLiteral(path, 'null', null);
    return this.parseNumber(path);
  }

  private parseLiteral<T extends JsonValue>(path: string, word: string, value: T): T {
    if (this.text.startsWith(word, this.position)) {
      this.position += word.length;
      return value;
    }
    if (word.startsWith(this.text.slice(this.position))) this.position = this.text.length;
    return this.fail(path, `expected ${word} at character ${this.position}`);
  }

  private parseNumber(path: string): number {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail(path, `unexpected character at ${this.position}`);
    this.position += match[0].length;
    const value = Number(match[0]);
    if (!Number.isFinite(value)) throw importError(path, 'expectedNumber');
    return value;
  }

  private parseString(path: string): string {
    const text = this.text;
    const start = this.position + 1;
    let i = start;
    let out = '';
    const maxChars = this.limits.unlimitedStringPaths?.has(path) ? Infinity : this.limits.maxStringChars;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) {
        this.position = text.length;
        return this.fail(path, 'unterminated string');
      }
      // Searching for a backslash only up to the quote keeps the scan linear in the file's length.
      const untilQuote = text.slice(i, quote);
      const backslashOffset = untilQuote.indexOf('\\');
      const backslash = backslashOffset >= 0 ? i + backslashOffset : -1;
      const end = backslash >= 0 ? backslash : quote;
      const chunk = backslash >= 0 ? untilQuote.slice(0, backslashOffset) : untilQuote;
      if (CONTROL_CHARACTER.test(chunk)) {
        this.position = i;
        this.fail(path, 'a control character inside a string');
      }
      out += chunk;
      if (out.length > maxChars) throw importError(path, 'tooLong');
      if (end === quote) {
        this.position = quote + 1;
        return out;
      }
      i = this.parseEscape(path, backslash, (decoded) => {
        out += decoded;
      });
    }
  }

  /** Decodes the escape at `backslash` and returns the index after it. */
  private parseEscape(path: string, backslash: number, append: (text: string) => void): number {
    const text = this.text;
    const kind = text[backslash + 1];
    if (kind === undefined) {
      this.position = text.length;
      return this.fail(path, 'unterminated string');
    }
    if (kind === 'u') {
      const hex = text.slice(backslash + 2, backslash + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.position = hex.length < 4 ? text.length : backslash;
        return this.fail(path, 'an invalid \\u escape');
      }
      append(String.fromCharCode(parseInt(hex, 16)));
      return backslash + 6;
    }
    const decoded = ESCAPES[kind];
    if (decoded === undefined) {
      this.position = backslash;
      return this.fail(path, `an invalid escape \\${kind}`);
    }
    append(decoded);
    return backslash + 2;
  }

  private expect(char: string, path: string): void {
    this.skipWhitespace();
    if (this.text[this.position] !== char) this.fail(path, `expected '${char}' at character ${this.position}`);
    this.position++;
  }

  private parseObject(path: string, depth: number): JsonObject {
    // Keys are checked before assignment, so a plain object is safe: __proto__ never reaches it.
    const object: JsonObject = {};
    const keys = new Set<string>();
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position++;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail(path, `expected a key at character ${this.position}`);
      const key = this.parseString(path);
      const keyPath = joinPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) throw importError(keyPath, 'forbiddenKey');
      if (keys.has(key)) throw importError(keyPath, 'duplicateKey');
      keys.add(key);
      if (keys.size > this.limits.maxObjectKeys) throw importError(path, 'tooMany');
      this.expect(':', keyPath);
      this.skipWhitespace();
      object[key] = this.parseValue(keyPath, depth + 1);
      this.skipWhitespace();
      const next = this.text[this.position];
      this.position++;
      if (next === '}') return object;
      if (next !== ',') {
        this.position--;
        this.fail(path, `expected ',' or '}' at character ${this.position}`);
      }
    }
  }

  private parseArray(path: string, depth: number): JsonValue[] {
    const array: JsonValue[] = [];
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position++;
      return array;
    }
    for (;;) {
      const itemPath = joinPath(path, array.length);
      if (array.length >= this.limits.maxArrayItems) throw importError(path, 'tooMany');
      this.skipWhitespace();
      array.push(this.parseValue(itemPath, depth + 1));
      this.skipWhitespace();
      const next = this.text[this.position];
      this.position++;
      if (next === ']') return array;
      if (next !== ',') {
        this.position--;
        this.fail(path, `expected ',' or ']' at character ${this.position}`);
      }
    }
  }
}

/**
 * Parses JSON text strictly. Throws AppError('invalidImport') with params [path, problem, ...]
 * for malformed or truncated text, repeated or forbidden keys and values past the limits.
 */
export function parseStrictJson(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): JsonValue {
  return new Parser(text, limits).parseDocument();
}
