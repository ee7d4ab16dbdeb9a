import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importJsonResume } from '../../../src/vault/cv/import';
import { findDuplicateKey } from '../../../src/vault/cv/duplicate-keys';
import { checkCv } from '../../../src/vault/cv/validate';
import { emptyCv } from '../../../src/vault/cv/model';
import { SAMPLE_CV_DIR, throwsWithCode } from './helpers';

const TODAY = new Date(2026, 11, 4);

function sample(name: string): string {
  return readFileSync(path.join(SAMPLE_CV_DIR, name), 'utf8');
}

function importText(value: unknown): ReturnType<typeof importJsonResume> {
  return importJsonResume(typeof value === 'string' ? value : JSON.stringify(value), TODAY);
}

describe('JSON Resume import', () => {
  it('maps the Anna Lindqvist sample', () => {
    const text = sample('anna-lindqvist.resume.json');
    const source = JSON.parse(text) as Record<string, unknown>;
    const cv = importText(text);

    assert.equal(cv.resume.basics?.name, 'Anna Lindqvist');
    assert.equal(cv.resume.basics?.location?.city, 'Västerås');
    assert.equal(cv.resume.basics?.location?.region, 'Västmanlands län');
    assert.equal(cv.resume.work?.length, 2);
    assert.equal(cv.application.givenName, 'Anna');
    assert.equal(cv.application.familyName, 'Lindqvist');
    assert.equal(cv.application.preferredName, 'Anna');
    assert.equal(cv.application.personnummer, '19880412-1237');
    assert.equal(cv.application.birthDate, '1988-04-12');
    assert.deepEqual(cv.application.driversLicence, ['B']);
    assert.deepEqual(cv.application.workAuthorisation, [
      { country: 'SE', authorised: true, needsSponsorship: false },
      { country: 'EU', authorised: true, needsSponsorship: false },
    ]);
    assert.equal(cv.application.noticePeriod, '3 månader');
    assert.equal(cv.application.earliestStartDate, '2027-03-01');
    assert.deepEqual(cv.application.salaryExpectation, { amount: 52000, currency: 'SEK', period: 'month' });

    // Everything but x-application stays as the file has it, unknown keys included.
    const { 'x-application': _extras, ...resume } = source;
    assert.deepEqual(cv.resume, resume);
    assert.equal(cv.resume.$schema, source.$schema);
    assert.deepEqual(cv.resume.certificates, source.certificates);
    assert.equal('x-application' in cv.resume, false);
  });

  it('maps the Omar Haddad-Ek sample', () => {
    const cv = importText(sample('omar-haddad.resume.json'));
    assert.equal(cv.application.givenName, 'Omar');
    assert.equal(cv.application.familyName, 'Haddad-Ek');
    assert.equal(cv.application.personnummer, undefined);
    assert.deepEqual(cv.application.driversLicence, []);
    assert.deepEqual(cv.application.workAuthorisation[1], { country: 'US', authorised: false, needsSponsorship: true });
    assert.equal(cv.application.salaryExpectation, undefined);
    assert.equal(cv.resume.education?.[1]?.startDate, undefined);
  });

  it('keeps unknown fields everywhere', () => {
    const cv = importText({
      'x-custom-root': { nested: [1, 'two', null] },
      basics: { name: 'A', pronouns: 'hen', location: { city: 'Umeå', municipality: 'Umeå kommun' } },
      work: [{ name: 'X', startDate: '2020', team: { size: 4 } }],
      'x-application': { givenName: 'A', shoeSize: 42, driversLicense: ['b', 'B', 'c1e'] },
    });
    assert.deepEqual(cv.resume['x-custom-root'], { nested: [1, 'two', null] });
    assert.equal(cv.resume.basics?.pronouns, 'hen');
    assert.equal(cv.resume.basics?.location?.municipality, 'Umeå kommun');
    assert.deepEqual(cv.resume.work?.[0]?.team, { size: 4 });
    assert.equal(cv.application.shoeSize, 42);
    assert.deepEqual(cv.application.driversLicence, ['B', 'C1E']);
  });

  it('works without x-application', () => {
    const cv = importText({ basics: { name: 'B' } });
    assert.deepEqual(cv.application, { driversLicence: [], workAuthorisation: [] });
  });

  it('rejects malformed JSON', () => {
    throwsWithCode(() => importText('{"basics": {'), 'invalidImport', ['', 'invalidJson']);
    throwsWithCode(() => importText(''), 'invalidImport', ['', 'invalidJson']);
    throwsWithCode(() => importText('[1, 2]'), 'invalidImport', ['', 'expectedObject']);
    throwsWithCode(() => importText('null'), 'invalidImport', ['', 'expectedObject']);
  });

  it('rejects __proto__ and constructor keys', () => {
    const before = ({} as Record<string, unknown>).polluted;
    throwsWithCode(() => importText('{"basics": {"__proto__": {"polluted": true}}}'), 'invalidImport', ['basics.__proto__', 'forbiddenKey']);
    throwsWithCode(() => importText('{"work": [{"constructor": {"prototype": 1}}]}'), 'invalidImport', ['work[0].constructor', 'forbiddenKey']);
    throwsWithCode(() => importText('{"x-application": {"__proto__": {}}}'), 'invalidImport', ['x-application.__proto__', 'forbiddenKey']);
    assert.equal(({} as Record<string, unknown>).polluted, before);
  });

  it('rejects duplicate keys', () => {
    throwsWithCode(() => importText('{"basics": {"name": "A", "name": "B"}}'), 'invalidImport', ['basics.name', 'duplicateKey']);
    assert.equal(findDuplicateKey('{"a": [{"b": 1}, {"b": 2, "c": {"d": "}\\"", "d": 0}}]}'), 'a[1].c.d');
    assert.equal(findDuplicateKey('{"a": {"x": 1}, "b": {"x": 1}}'), null);
  });

  it('names the path of a wrong type', () => {
    const cases: [unknown, string, string][] = [
      [{ basics: 'Anna' }, 'basics', 'expectedObject'],
      [{ basics: { email: 42 } }, 'basics.email', 'expectedString'],
      [{ basics: { email: 'anna.example.se' } }, 'basics.email', 'invalidEmail'],
      [{ basics: { url: 'javascript:alert(1)' } }, 'basics.url', 'invalidUrl'],
      [{ basics: { profiles: [{ url: 'ftp://x' }] } }, 'basics.profiles[0].url', 'invalidUrl'],
      [{ work: {} }, 'work', 'expectedArray'],
      [{ work: [{}, {}, { startDate: '2021-02-30' }] }, 'work[2].startDate', 'invalidDate'],
      [{ work: [{ startDate: '2021-03', endDate: '2020' }] }, 'work[0].endDate', 'endBeforeStart'],
      [{ work: [{ highlights: ['a', 3] }] }, 'work[0].highlights[1]', 'expectedString'],
      [{ 'x-application': [] }, 'x-application', 'expectedObject'],
      [{ 'x-application': { personnummer: '19880412-1238' } }, 'x-application.personnummer', 'personnummerCheckDigit'],
      [{ 'x-application': { personnummer: '8804121237', birthDate: '1988-04-13' } }, 'x-application.birthDate', 'birthDateMismatch'],
      [{ 'x-application': { birthDate: '1988-04' } }, 'x-application.birthDate', 'invalidFullDate'],
      [{ 'x-application': { driversLicence: ['Z'] } }, 'x-application.driversLicence[0]', 'invalidLicence'],
      [{ 'x-application': { workAuthorisation: [{ country: 'Sweden', authorised: true, needsSponsorship: false }] } }, 'x-application.workAuthorisation[0].country', 'invalidCountry'],
      [{ 'x-application': { workAuthorisation: [{ country: 'SE', authorised: 'yes', needsSponsorship: false }] } }, 'x-application.workAuthorisation[0].authorised', 'expectedBoolean'],
      [{ 'x-application': { salaryExpectation: { amount: '52000', currency: 'SEK', period: 'month' } } }, 'x-application.salaryExpectation.amount', 'expectedNumber'],
      [{ 'x-application': { salaryExpectation: { amount: 1, currency: 'SEK', period: 'week' } } }, 'x-application.salaryExpectation.period', 'invalidPeriod'],
    ];
    for (const [input, errorPath, errorProblem] of cases) {
      throwsWithCode(() => importText(input), 'invalidImport', [errorPath, errorProblem]);
    }
  });

  it('rejects oversized input', () => {
    throwsWithCode(() => importText(' '.repeat(2_000_001)), 'invalidImport', ['', 'tooLarge']);
    throwsWithCode(() => importText({ basics: { summary: 'x'.repeat(20_001) } }), 'invalidImport', ['basics.summary', 'tooLong']);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { d: deep };
    throwsWithCode(() => importText({ meta: deep }), 'invalidImport');
  });

  it('stores a checked copy on save', () => {
    const cv = emptyCv();
    cv.application.personnummer = '880412-1237';
    cv.application.driversLicence = ['b'];
    const checked = checkCv(cv, { code: 'invalidCv' });
    assert.equal(checked.application.personnummer, '19880412-1237');
    assert.deepEqual(checked.application.driversLicence, ['B']);
    assert.equal(cv.application.personnummer, '880412-1237', 'the input is not changed');
  });

  it('names save paths as the editor shows them', () => {
    const cv = emptyCv();
    cv.resume.work = [{ summary: 'x'.repeat(20_001) }];
    throwsWithCode(() => checkCv(cv, { code: 'invalidCv' }), 'invalidCv', ['work[0].summary', 'tooLong']);
    const withProto = JSON.parse('{"resume": {}, "application": {"__proto__": 1}}') as unknown;
    throwsWithCode(() => checkCv(withProto, { code: 'invalidCv' }), 'invalidCv', ['application.__proto__', 'forbiddenKey']);
  });
});
