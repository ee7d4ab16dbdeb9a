import assert from 'node:assert/strict';
import { chooseLevel, languageCode, languageNames, levelRank } from '../../../../src/autofill/values/languages';
import { parseDuration, parseRange } from '../../../../src/autofill/values/ranges';
import { options } from './helpers';

describe('language levels', () => {
  it('ranks Swedish, English and CEFR descriptions', () => {
    const cases: [string, number][] = [
      ['Modersmål', 7], ['Native speaker', 7], ['Native or bilingual proficiency', 7],
      ['Flytande', 5], ['Fluent', 5], ['Full professional proficiency', 5],
      ['Mycket goda kunskaper', 4], ['Professional working proficiency', 4],
      ['Goda kunskaper', 3], ['Intermediate (B1)', 3], ['C2', 6], ['a2', 2],
      ['Grundläggande', 2], ['Basic', 2], ['Nybörjare', 1],
    ];
    for (const [text, rank] of cases) assert.equal(levelRank(text), rank, text);
    assert.equal(levelRank('Somewhat'), undefined);
  });

  it('chooses the same level, else the closest below', () => {
    const varbi = options('Modersmål', 'Flytande', 'Mycket goda kunskaper', 'Goda kunskaper', 'Grundläggande');
    assert.equal(chooseLevel(varbi, 7)?.label, 'Modersmål');
    assert.equal(chooseLevel(varbi, 3)?.label, 'Goda kunskaper');
    assert.equal(chooseLevel(varbi, 6)?.label, 'Flytande');
    const cefr = options('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
    assert.equal(chooseLevel(cefr, 7)?.label, 'C2');
    assert.equal(chooseLevel(cefr, 5)?.label, 'C1');
    assert.equal(chooseLevel(options('Basic', 'Fluent', 'Native'), 4)?.label, 'Basic');
    assert.equal(chooseLevel(options('Fluent', 'Native'), 2)?.label, 'Fluent');
  });

  it('maps language names between Swedish and English', () => {
    assert.equal(languageCode('Engelska'), 'en');
    assert.equal(languageCode('Arabic'), 'ar');
    assert.deepEqual(languageNames('Svenska', false).slice(0, 2), ['Swedish', 'Svenska']);
    assert.deepEqual(languageNames('Finnish', true).slice(0, 2), ['Finska', 'Finnish']);
  });
});

describe('ranges and durations', () => {
  it('parses option ranges', () => {
    assert.deepEqual(parseRange('3-5 years'), { min: 3, max: 5 });
    assert.deepEqual(parseRange('10+ år'), { min: 10, max: Infinity });
    assert.deepEqual(parseRange('Mer än 10 år'), { min: 10, max: Infinity });
    assert.deepEqual(parseRange('Less than 1 year'), { min: 0, max: 1 });
    assert.deepEqual(parseRange('40 000 - 50 000 kr'), { min: 40000, max: 50000 });
  });

  it('parses notice periods into days', () => {
    assert.deepEqual(parseDuration('3 månader'), { min: 90, max: 90 });
    assert.deepEqual(parseDuration('1 month'), { min: 30, max: 30 });
    assert.deepEqual(parseDuration('2 veckor'), { min: 14, max: 14 });
    assert.deepEqual(parseDuration('Immediately'), { min: 0, max: 0 });
    assert.deepEqual(parseDuration('Ingen'), { min: 0, max: 0 });
    assert.deepEqual(parseDuration('More than 3 months'), { min: 90, max: Infinity });
  });
});
