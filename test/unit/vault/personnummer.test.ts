import assert from 'node:assert/strict';
import { birthDateOfPersonnummer, isLeapYear, luhnCheckDigit, parsePersonnummer } from '../../../src/vault/cv/personnummer';

const TODAY = new Date(2026, 11, 4);

function normalized(input: string): string {
  const result = parsePersonnummer(input, TODAY);
  assert.ok(result.ok, `${input} should be valid, got ${JSON.stringify(result)}`);
  return result.value.normalized;
}

function problem(input: string): string {
  const result = parsePersonnummer(input, TODAY);
  assert.ok(!result.ok, `${input} should be invalid`);
  return result.problem;
}

describe('personnummer', () => {
  it('accepts every written form', () => {
    for (const input of ['19880412-1237', '198804121237', '880412-1237', '8804121237', ' 880412 1237 ']) {
      assert.equal(normalized(input), '19880412-1237', input);
    }
  });

  it('computes the Luhn check digit', () => {
    assert.equal(luhnCheckDigit('880412123'), 7);
    assert.equal(luhnCheckDigit('121212121'), 2);
  });

  it('rejects a wrong check digit', () => {
    for (const input of ['19880412-1238', '8804121230', '19121212-1213']) {
      assert.equal(problem(input), 'checkDigit', input);
    }
  });

  it('rejects malformed input', () => {
    for (const input of ['', '1988-04-12', '880412-123', '19880412--1237', '880412x1237', '1234567890123', 'abcdefghij']) {
      assert.equal(problem(input), 'format', input);
    }
  });

  it('rejects dates that do not exist', () => {
    for (const input of ['19881312-1234', '19880400-1234', '19880431-1234', '19880012-1234']) {
      assert.equal(problem(input), 'date', input);
    }
  });

  it('knows leap days', () => {
    assert.ok(isLeapYear(2000));
    assert.ok(!isLeapYear(1900));
    assert.ok(isLeapYear(1988));
    assert.equal(normalized('20000229-1235'), '20000229-1235');
    assert.equal(normalized('000229-1235'), '20000229-1235');
    assert.equal(problem('19000229-1234'), 'date');
    assert.equal(problem('20010229-1234'), 'date');
    // 1900 was not a leap year, so with + (100 or older) 29 February 00 does not exist.
    assert.equal(problem('000229+1235'), 'date');
  });

  it('accepts a samordningsnummer', () => {
    const result = parsePersonnummer('880472-1234', TODAY);
    assert.ok(result.ok);
    assert.equal(result.value.normalized, '19880472-1234');
    assert.equal(result.value.birthDate, '1988-04-12');
    assert.equal(result.value.isCoordinationNumber, true);
    assert.equal(problem('19880491-1234'), 'date');
    assert.equal(problem('19880460-1234'), 'date');
  });

  it('reads the century from + and -', () => {
    assert.equal(normalized('121212-1212'), '20121212-1212');
    assert.equal(normalized('121212+1212'), '19121212-1212');
    assert.equal(normalized('991231-9879'), '19991231-9879');
    const result = parsePersonnummer('121212+1212', TODAY);
    assert.ok(result.ok);
    assert.equal(result.value.birthDate, '1912-12-12');
  });

  it('picks the last century for a date after today', () => {
    // 4 December 2026 is today; 5 December 26 must be 1926.
    const digits = `261205${'123'}`;
    const input = `${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`;
    assert.equal(normalized(input).slice(0, 4), '1926');
  });

  it('rejects a future birth date in 12 digits', () => {
    const digits = '301205123';
    assert.equal(problem(`20${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`), 'future');
  });

  it('reads the birth date of a stored number', () => {
    assert.equal(birthDateOfPersonnummer('19880412-1237'), '1988-04-12');
    assert.equal(birthDateOfPersonnummer('198804121237'), '1988-04-12');
    assert.equal(birthDateOfPersonnummer('19701063-2391'), '1970-10-03');
    assert.equal(birthDateOfPersonnummer('880412-1237'), undefined);
    assert.equal(birthDateOfPersonnummer(undefined), undefined);
  });
});
