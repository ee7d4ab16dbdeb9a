import assert from 'node:assert/strict';
import { AppError } from '../../../src/messaging/protocol';
import { parseStrictJson, DEFAULT_PARSE_LIMITS } from '../../../src/transfer/json/strict-parse';

function problemOf(text: string, limits = DEFAULT_PARSE_LIMITS): [string | undefined, string | undefined] {
  try {
    parseStrictJson(text, limits);
  } catch (error) {
    assert.ok(error instanceof AppError);
    return [error.params?.[0], error.params?.[1]];
  }
  assert.fail(`parsed without error: ${text.slice(0, 40)}`);
}

describe('strict JSON parser', () => {
  it('parses what JSON.parse parses', () => {
    const samples = [
      '{"a":[1,-2.5e3,true,false,null,"x\\u00e5\\n\\"y"],"b":{}}',
      ' [ ] ',
      '"\\ud83d\\ude00"',
      '0',
      '{"toString":"ok","hasOwnProperty":1}',
    ];
    for (const text of samples) assert.deepEqual(parseStrictJson(text), JSON.parse(text));
  });

  it('names the path of a duplicate key', () => {
    assert.deepEqual(problemOf('{"work":[{"name":"a"},{"name":"b","name":"c"}]}'), ['work[1].name', 'duplicateKey']);
  });

  it('rejects forbidden keys before assigning them', () => {
    assert.deepEqual(problemOf('{"a":{"__proto__":{"x":1}}}'), ['a.__proto__', 'forbiddenKey']);
    assert.deepEqual(problemOf('{"constructor":{}}'), ['constructor', 'forbiddenKey']);
    assert.deepEqual(problemOf('{"prototype":1}'), ['prototype', 'forbiddenKey']);
  });

  it('tells truncation from other faults', () => {
    assert.equal(problemOf('{"a":[1,2')[1], 'truncated');
    assert.equal(problemOf('{"a":"unterminated')[1], 'truncated');
    assert.equal(problemOf('{"a":tru')[1], 'truncated');
    assert.equal(problemOf('{"a":1,}')[1], 'invalidJson');
    assert.equal(problemOf("{'a':1}")[1], 'invalidJson');
    assert.equal(problemOf('{"a":01}')[1], 'invalidJson');
    assert.equal(problemOf('{"a":"tab\there"}')[1], 'invalidJson');
    assert.equal(problemOf('{"a":"\\x"}')[1], 'invalidJson');
    assert.equal(problemOf('')[1], 'truncated');
  });

  it('enforces depth, size and count limits', () => {
    const limits = { maxDepth: 3, maxStringChars: 5, maxObjectKeys: 2, maxArrayItems: 2 };
    assert.deepEqual(problemOf('[[[[1]]]]', limits), ['[0][0][0][0]', 'tooDeep']);
    assert.deepEqual(problemOf('{"a":"123456"}', limits), ['a', 'tooLong']);
    assert.deepEqual(problemOf('{"a":1,"b":2,"c":3}', limits), ['', 'tooMany']);
    assert.deepEqual(problemOf('{"list":[1,2,3]}', limits), ['list', 'tooMany']);
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.equal(problemOf(deep)[1], 'tooDeep');
  });
});
