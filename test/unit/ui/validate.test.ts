import assert from 'node:assert/strict';
import {
  checkCountryCode,
  checkEmail,
  checkIsoDate,
  checkPersonnummer,
  checkPositiveNumber,
  checkResumeDate,
  checkUrl,
} from '../../../src/ui/validate';
import { passphraseStrength } from '../../../src/ui/passphrase';

const TODAY = new Date('2026-12-04T12:00:00Z');

describe('checkPersonnummer', () => {
  const good: [string, string][] = [
    ['19880412-1237', '19880412-1237'],
    ['198804121237', '19880412-1237'],
    ['880412-1237', '19880412-1237'],
    ['8804121237', '19880412-1237'],
    ['880412+1237', '18880412-1237'],
    ['8812189879', '19881218-9879'],
    ['20000229-1235', '20000229-1235'],
    ['20120229-4565', '20120229-4565'],
    // Samordningsnummer: the day plus 60.
    ['701063-2391', '19701063-2391'],
    // Later this year than today, so the century before.
    ['261231-1239', '19261231-1239'],
  ];
  for (const [input, normalized] of good) {
    it(`accepts ${input}`, () => {
      const result = checkPersonnummer(input, TODAY);
      assert.ok(result.ok, `${input}: ${JSON.stringify(result)}`);
      assert.equal(result.normalized, normalized);
    });
  }

  const bad: [string, string][] = [
    ['19880412-1238', 'invalid_personnummerChecksum'],
    ['19000229-1234', 'invalid_personnummerDate'],
    ['20010229-1234', 'invalid_personnummerDate'],
    ['19881312-1234', 'invalid_personnummerDate'],
    ['19880432-1234', 'invalid_personnummerDate'],
    ['1988-04-12', 'invalid_personnummerFormat'],
    ['abc', 'invalid_personnummerFormat'],
    ['880412--1237', 'invalid_personnummerFormat'],
    ['20271218-9873', 'invalid_personnummerFuture'],
  ];
  for (const [input, error] of bad) {
    it(`rejects ${input}`, () => {
      assert.deepEqual(checkPersonnummer(input, TODAY), { ok: false, error });
    });
  }
});

describe('field checks', () => {
  it('email', () => {
    assert.equal(checkEmail(''), null);
    assert.equal(checkEmail('anna@example.se'), null);
    assert.equal(checkEmail('anna@'), 'invalid_email');
    assert.equal(checkEmail('anna example.se'), 'invalid_email');
  });

  it('url', () => {
    assert.equal(checkUrl('https://example.se/anna'), null);
    assert.equal(checkUrl('example.se'), 'invalid_url');
    assert.equal(checkUrl('javascript:alert(1)'), 'invalid_url');
  });

  it('resume dates', () => {
    for (const value of ['', '2021', '2021-03', '2021-03-01', '2024-02-29']) {
      assert.equal(checkResumeDate(value), null, value);
    }
    for (const value of ['2021-13', '2023-02-29', '21-03-01', '2021/03/01', 'mars 2021']) {
      assert.equal(checkResumeDate(value), 'invalid_resumeDate', value);
    }
  });

  it('full dates', () => {
    assert.equal(checkIsoDate('2027-03-01'), null);
    assert.equal(checkIsoDate('2027-03'), 'invalid_isoDate');
    assert.equal(checkIsoDate('2027-02-30'), 'invalid_isoDate');
  });

  it('country codes and amounts', () => {
    assert.equal(checkCountryCode('SE'), null);
    assert.equal(checkCountryCode('EU'), null);
    assert.equal(checkCountryCode('Sweden'), 'invalid_countryCode');
    assert.equal(checkPositiveNumber('52000'), null);
    assert.equal(checkPositiveNumber('52 000'), 'invalid_positiveNumber');
    assert.equal(checkPositiveNumber('-1'), 'invalid_positiveNumber');
  });
});

describe('passphraseStrength', () => {
  it('rates short passphrases weak', () => {
    assert.equal(passphraseStrength('Kort1!'), 'weak');
  });

  it('rates repeated characters no better than fair', () => {
    assert.equal(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'fair');
  });

  it('rates long mixed passphrases strong', () => {
    assert.equal(passphraseStrength('Blå-Cykel-Regnar-På-Tisdag-7'), 'strong');
  });
});
