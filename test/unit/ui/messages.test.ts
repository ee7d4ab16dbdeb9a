// Checks of the message catalogues: both locales hold the same keys with the same placeholders,
// every key the pages use exists, and every error code, field meaning and problem has a text.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installFakeBrowser, loadMessages } from './fake-browser';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const en = loadMessages('en');
const sv = loadMessages('sv');

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Reads the members of a string-literal union type from a TypeScript source file. */
function unionMembers(file: string, typeName: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const match = new RegExp(`export type ${typeName} =([^;]+);`).exec(text);
  assert.ok(match, `${typeName} not found in ${file}`);
  return [...match[1]!.matchAll(/'([^']+)'/g)].map((member) => member[1]!);
}

describe('message catalogues', () => {
  before(installFakeBrowser);

  it('sv has every en key and no others', () => {
    assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
  });

  it('locales share placeholders per key', () => {
    for (const [key, entry] of Object.entries(en)) {
      assert.deepEqual(placeholders(sv[key]?.message ?? ''), placeholders(entry.message), key);
    }
  });

  it('placeholders are numbered from $1', () => {
    for (const [key, entry] of Object.entries(en)) {
      const numbers = placeholders(entry.message).map((token) => Number(token.slice(1)));
      assert.deepEqual(numbers, numbers.map((_, index) => index + 1), key);
    }
  });

  it('messages have no stray dollar signs', () => {
    for (const catalogue of [en, sv]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        assert.doesNotMatch(entry.message.replace(/\$([1-9]|\$)/g, ''), /\$/, key);
      }
    }
  });

  it('keys are valid message names', () => {
    for (const key of Object.keys(en)) assert.match(key, /^[A-Za-z0-9_]+$/, key);
  });

  it('no message is empty', () => {
    for (const catalogue of [en, sv]) {
      for (const [key, entry] of Object.entries(catalogue)) assert.notEqual(entry.message.trim(), '', key);
    }
  });

  it('manifest messages exist', () => {
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
      assert.ok(en[key!], `${key} is used by manifest.json`);
    }
  });

  it('every t() key in the pages exists', () => {
    const files = [...sourceFiles('popup'), ...sourceFiles('options'), ...sourceFiles('src/ui')];
    let count = 0;
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, key] of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        assert.ok(en[key!], `${file} uses missing key ${key}`);
        count += 1;
      }
    }
    assert.ok(count > 100, `only ${count} t() calls found; the scan is broken`);
  });

  it('every ErrorCode has error_<code>', () => {
    const codes = unionMembers('src/messaging/protocol.ts', 'ErrorCode');
    assert.ok(codes.length > 10);
    for (const code of codes) {
      assert.ok(en[`error_${code}`], `error_${code}`);
    }
  });

  it('param counts match error messages', async () => {
    const { ERROR_PARAM_COUNTS } = await import('../../../src/ui/errors');
    for (const [code, count] of Object.entries(ERROR_PARAM_COUNTS)) {
      const expected = Array.from({ length: count }, (_, index) => `$${index + 1}`);
      assert.deepEqual(placeholders(en[`error_${code}`]!.message), expected, code);
      assert.deepEqual(placeholders(en[`error_${code}_noDetail`]?.message ?? '$9'), [], `${code}_noDetail`);
    }
  });

  it('every FieldMeaning has a name', async () => {
    const meanings = unionMembers('src/autofill/types.ts', 'FieldMeaning');
    const { MEANING_MESSAGES } = await import('../../../src/ui/meanings');
    assert.deepEqual(Object.keys(MEANING_MESSAGES).sort(), [...meanings].sort());
    for (const meaning of meanings) {
      const key = MEANING_MESSAGES[meaning as keyof typeof MEANING_MESSAGES];
      assert.ok(en[key], `${meaning} -> ${key}`);
    }
  });

  it('every FieldPart has a name', async () => {
    const parts = unionMembers('src/autofill/types.ts', 'FieldPart');
    const { meaningWithPart } = await import('../../../src/ui/meanings');
    for (const part of parts) {
      assert.match(meaningWithPart('birthDate', part as never), /^Date of birth \(.+\)$/, part);
    }
  });

  it('every CV and import problem has a text', async () => {
    const { CV_PROBLEMS } = await import('../../../src/vault/cv/problems');
    const { PROBLEM_MESSAGES } = await import('../../../src/ui/problems');
    const codes = new Set(Object.keys(CV_PROBLEMS));
    try {
      const { TRANSFER_PROBLEMS } = await import('../../../src/transfer/problems');
      for (const code of Object.keys(TRANSFER_PROBLEMS)) codes.add(code);
    } catch {
      // The export format's problems are optional here: that module may not exist yet.
    }
    for (const code of codes) {
      const key = PROBLEM_MESSAGES[code];
      assert.ok(key, `problem ${code} has no entry in PROBLEM_MESSAGES`);
      assert.ok(en[key], `problem ${code}: ${key} is missing in en`);
    }
  });
});

describe('errorText', () => {
  before(installFakeBrowser);

  it('names path and translated problem', async () => {
    const { errorText } = await import('../../../src/ui/errors');
    assert.equal(
      errorText('invalidImport', ['work[2].startDate', 'invalidDate']),
      'The file cannot be imported. At work[2].startDate: expected a date like 2021-03-01, 2021-03 or 2021',
    );
  });

  it('falls back without params', async () => {
    const { errorText } = await import('../../../src/ui/errors');
    assert.equal(errorText('invalidImport'), en.error_invalidImport_noDetail!.message);
    assert.equal(errorText('documentTooLarge', []), en.error_documentTooLarge_noDetail!.message);
  });

  it('translates an AppError', async () => {
    const { errorMessage } = await import('../../../src/ui/errors');
    const { AppError } = await import('../../../src/messaging/protocol');
    assert.equal(errorMessage(new AppError('wrongPassphrase', 'x')), en.error_wrongPassphrase!.message);
    assert.equal(errorMessage(new Error('boom')), en.error_internal!.message);
  });

  it('unknown problem reads as invalid value', async () => {
    const { errorText } = await import('../../../src/ui/errors');
    assert.match(errorText('invalidCv', ['basics.email', 'somethingNew']), /the value is not valid$/);
  });
});
