// The CV editor's data layer: path edits keep unknown keys, list moves, validation by input name
// and the clean-up before a save.
import assert from 'node:assert/strict';
import type { Cv } from '../../../src/vault/cv/model';
import { getPath, moveEntry, setPath } from '../../../options/cv/paths';
import { installFakeBrowser } from './fake-browser';

function sampleCv(): Cv {
  return {
    resume: {
      basics: { name: 'Anna Lindqvist', 'x-pronouns': 'hon', location: { city: 'Västerås' } },
      work: [{ name: 'Mälarenergi', position: 'Utvecklare', 'x-team': 'Nät' }, { name: 'ABB' }],
      meta: { theme: 'even' },
      'x-custom': { kept: true },
    },
    application: { driversLicence: ['B'], workAuthorisation: [], 'x-note': 'kvar' },
  };
}

describe('setPath', () => {
  it('keeps unknown keys on edit', () => {
    const cv = sampleCv();
    const edited = setPath(cv, 'resume.work.0.position', 'Systemutvecklare');
    assert.equal(getPath(edited, 'resume.work.0.position'), 'Systemutvecklare');
    assert.equal(getPath(edited, 'resume.work.0.x-team'), 'Nät');
    assert.deepEqual(edited.resume['x-custom'], { kept: true });
    assert.equal(edited.application['x-note'], 'kvar');
    assert.equal(edited.resume.basics?.['x-pronouns'], 'hon');
  });

  it('does not change the original', () => {
    const cv = sampleCv();
    setPath(cv, 'resume.basics.location.city', 'Uppsala');
    assert.equal(cv.resume.basics?.location?.city, 'Västerås');
  });

  it('creates missing objects and arrays', () => {
    const edited = setPath(sampleCv(), 'resume.education.0.institution', 'KTH');
    assert.ok(Array.isArray(edited.resume.education));
    assert.equal(edited.resume.education?.[0]?.institution, 'KTH');
  });

  it('removes a key set to undefined', () => {
    const edited = setPath(sampleCv(), 'resume.basics.name', undefined);
    assert.equal(Object.hasOwn(edited.resume.basics ?? {}, 'name'), false);
  });
});

describe('moveEntry', () => {
  it('moves up and down and stops at the ends', () => {
    assert.deepEqual(moveEntry(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
    assert.deepEqual(moveEntry(['a', 'b', 'c'], 0, 1), ['b', 'a', 'c']);
    assert.deepEqual(moveEntry(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
    assert.deepEqual(moveEntry(['a', 'b', 'c'], 2, 1), ['a', 'b', 'c']);
  });
});

describe('validateCv and prepareForSave', () => {
  before(installFakeBrowser);

  it('reports invalid fields by input name', async () => {
    const { validateCv } = await import('../../../options/cv/validation');
    let cv = sampleCv();
    cv = setPath(cv, 'resume.basics.email', 'anna@');
    cv = setPath(cv, 'resume.work.1.startDate', '2021-13');
    cv = setPath(cv, 'resume.basics.profiles', [{ url: 'linkedin.com/in/anna' }]);
    cv = setPath(cv, 'application.personnummer', '19880412-1238');
    cv = setPath(cv, 'application.workAuthorisation', [{ country: '', authorised: true, needsSponsorship: false }]);
    assert.deepEqual(validateCv(cv), {
      'basics.email': 'invalid_email',
      'work.1.startDate': 'invalid_resumeDate',
      'basics.profiles.0.url': 'invalid_url',
      'application.personnummer': 'invalid_personnummerChecksum',
      'application.workAuthorisation.0.country': 'invalid_countryMissing',
    });
  });

  it('checks birth date against personnummer', async () => {
    const { validateCv } = await import('../../../options/cv/validation');
    let cv = setPath(sampleCv(), 'application.personnummer', '19880412-1237');
    cv = setPath(cv, 'application.birthDate', '1988-04-13');
    assert.deepEqual(validateCv(cv), { 'application.birthDate': 'invalid_birthDateMismatch' });
    cv = setPath(cv, 'application.birthDate', '1988-04-12');
    assert.deepEqual(validateCv(cv), {});
  });

  it('accepts the sample CV', async () => {
    const { validateCv } = await import('../../../options/cv/validation');
    assert.deepEqual(validateCv(sampleCv()), {});
  });

  it('cleans lines, personnummer and salary', async () => {
    const { prepareForSave } = await import('../../../options/cv/validation');
    let cv = sampleCv();
    cv = setPath(cv, 'resume.work.0.highlights', ['Ledde bytet', '', '  ', 'Mentor ']);
    cv = setPath(cv, 'application.personnummer', '880412-1237');
    cv = setPath(cv, 'application.salaryExpectation', { amount: '52000', currency: 'SEK', period: 'month' });
    const saved = prepareForSave(cv);
    assert.deepEqual(saved.resume.work?.[0]?.highlights, ['Ledde bytet', 'Mentor']);
    assert.equal(saved.application.personnummer, '19880412-1237');
    assert.deepEqual(saved.application.salaryExpectation, { amount: 52000, currency: 'SEK', period: 'month' });
    assert.equal(saved.resume.work?.[0]?.['x-team'], 'Nät');
  });

  it('drops a salary without an amount', async () => {
    const { prepareForSave } = await import('../../../options/cv/validation');
    const cv = setPath(sampleCv(), 'application.salaryExpectation', { currency: 'SEK', period: 'month' });
    assert.equal(Object.hasOwn(prepareForSave(cv).application, 'salaryExpectation'), false);
  });
});
