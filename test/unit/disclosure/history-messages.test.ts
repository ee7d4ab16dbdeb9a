import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string }>;

function load(locale: 'en' | 'sv'): Messages {
  return JSON.parse(readFileSync(new URL(`../../../options/history/messages.${locale}.json`, import.meta.url), 'utf8')) as Messages;
}

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

describe('history messages', () => {
  const en = load('en');
  const sv = load('sv');

  it('have the same keys in both languages', () => {
    assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      assert.deepEqual(placeholders(sv[key]?.message ?? ''), placeholders(en[key]?.message ?? ''), key);
    }
  });

  it('do not reuse keys of the shared locale files', () => {
    const shared = JSON.parse(readFileSync(new URL('../../../_locales/en/messages.json', import.meta.url), 'utf8')) as Messages;
    const clashes = Object.keys(en).filter((key) => Object.hasOwn(shared, key) && shared[key]?.message !== en[key]?.message);
    assert.deepEqual(clashes, []);
  });
});
