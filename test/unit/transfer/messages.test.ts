import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

type Messages = Record<string, { message: string; description?: string }>;

function load(locale: 'en' | 'sv'): Messages {
  return JSON.parse(readFileSync(new URL(`../../../options/transfer/messages.${locale}.json`, import.meta.url), 'utf8')) as Messages;
}

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

describe('transfer messages', () => {
  const en = load('en');
  const sv = load('sv');

  it('have the same keys in both languages', () => {
    assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
  });

  it('use the transfer_ prefix', () => {
    for (const key of Object.keys(en)) assert.match(key, /^transfer_\w+$/);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      assert.deepEqual(placeholders(sv[key]?.message ?? ''), placeholders(entry.message), key);
    }
  });

  it('are all used by the view', () => {
    const sources = readdirSync(new URL('../../../options/transfer/', import.meta.url))
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => readFileSync(new URL(`../../../options/transfer/${name}`, import.meta.url), 'utf8'))
      .join('\n');
    for (const key of Object.keys(en)) {
      // Section names are looked up by a key built at run time.
      if (key.startsWith('transfer_section_')) continue;
      assert.ok(sources.includes(`'${key}'`), `${key} is not used`);
    }
  });
});
