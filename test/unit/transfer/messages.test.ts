import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

type Messages = Record<string, { message: string; description?: string }>;

function transferKeys(): string[] {
  const messages = JSON.parse(
    readFileSync(new URL('../../../_locales/en/messages.json', import.meta.url), 'utf8'),
  ) as Messages;
  return Object.keys(messages).filter((key) => key.startsWith('transfer_'));
}

describe('transfer messages', () => {
  it('are all used by the view', () => {
    const sources = readdirSync(new URL('../../../options/transfer/', import.meta.url))
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => readFileSync(new URL(`../../../options/transfer/${name}`, import.meta.url), 'utf8'))
      .join('\n');
    for (const key of transferKeys()) {
      // Section names are looked up by a key built at run time.
      if (key.startsWith('transfer_section_')) continue;
      assert.ok(sources.includes(`'${key}'`), `${key} is not used`);
    }
  });
});
