import assert from 'node:assert/strict';
import { canonicalize, CanonicalizationError } from '../../../src/disclosure/canonical-json';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalize (RFC 8785)', () => {
  it('matches the RFC example of section 3.2.2', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    assert.equal(
      canonicalize(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (section 3.2.3)', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        '"1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        '"\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    const keys = Object.keys(JSON.parse(canonicalize(input)) as object);
    // Object.keys lists integer-like keys first, so compare the text order instead.
    const text = canonicalize(input);
    const order = ['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\u{1F600}', '\ufb33'].map((key) => text.indexOf(`"${key}"`));
    assert.equal(keys.length, 7);
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.ok(order.every((index) => index >= 0));
  });

  it('sorts an astral character before U+FB33 by code unit, not code point', () => {
    assert.equal(canonicalize({ '\ufb33': 1, '\u{1F600}': 2 }), '{"\u{1F600}":2,"\ufb33":1}');
  });

  it('serialises numbers as ECMAScript does (appendix B)', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of vectors) {
      assert.equal(canonicalize(fromBits(bits)), expected, `bits ${bits}`);
    }
  });

  it('rejects NaN and infinities', () => {
    assert.throws(() => canonicalize(fromBits('7fffffffffffffff')), CanonicalizationError);
    assert.throws(() => canonicalize({ a: fromBits('7ff0000000000000') }), /\$\.a: Infinity is not a finite number/);
  });

  it('rejects lone surrogates', () => {
    assert.throws(() => canonicalize('\ud800'), CanonicalizationError);
    assert.throws(() => canonicalize({ '\udc00x': 1 }), CanonicalizationError);
    assert.equal(canonicalize('\ud83d\ude00'), '"😀"');
  });

  it('escapes control characters in lower-case hex', () => {
    assert.equal(canonicalize('\u0000\u001f\b\t\n\f\r"\\/'), '"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/"');
  });

  it('leaves out undefined members as JSON does', () => {
    assert.equal(canonicalize({ b: undefined, a: [undefined, 1] }), '{"a":[null,1]}');
  });

  it('rejects values with no JSON form', () => {
    assert.throws(() => canonicalize(new Date(0)), /only plain objects/);
    assert.throws(() => canonicalize({ f: () => 1 }), /function has no JSON form/);
    assert.throws(() => canonicalize(1n), /bigint has no JSON form/);
  });

  it('nests objects and arrays without whitespace', () => {
    assert.equal(canonicalize({ z: { y: [1, { b: 2, a: 1 }] }, a: 'x' }), '{"a":"x","z":{"y":[1,{"a":1,"b":2}]}}');
  });
});
