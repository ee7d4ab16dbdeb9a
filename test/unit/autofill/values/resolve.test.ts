import assert from 'node:assert/strict';
import { isSensitive, resolveField, resolveValue } from '../../../../src/autofill/values/index';
import type { FieldDescriptor, FieldMeaning } from '../../../../src/autofill/types';
import { DOCUMENTS, NOW, field, options, sampleCv } from './helpers';

const anna = sampleCv('anna-lindqvist');
const omar = sampleCv('omar-haddad');

function value(cv: typeof anna, descriptor: FieldDescriptor, formFields?: FieldDescriptor[]) {
  return resolveValue(cv, descriptor, DOCUMENTS, { now: NOW, formFields })?.value;
}

const text = (t: string) => ({ kind: 'text', text: t });

describe('resolveValue for the sample CVs', () => {
  it('resolves names, contact and address', () => {
    assert.deepEqual(value(anna, field('name.full')), text('Anna Lindqvist'));
    assert.deepEqual(value(omar, field('name.family')), text('Haddad-Ek'));
    assert.deepEqual(value(anna, field('name.preferred')), text('Anna'));
    assert.deepEqual(value(omar, field('name.preferred')), text('Omar'));
    assert.deepEqual(value(anna, field('email')), text('anna.lindqvist@example.se'));
    assert.deepEqual(value(anna, field('address.street')), text('Storgatan 12 B'));
    assert.deepEqual(value(anna, field('address.city')), text('Västerås'));
    assert.deepEqual(value(omar, field('address.postalCode', { format: { maxLength: 5 } })), text('41119'));
  });

  it('resolves profile links and the website', () => {
    assert.deepEqual(value(anna, field('github')), text('https://github.com/annalindqvist-example'));
    assert.equal(value(omar, field('github')), undefined);
    assert.deepEqual(value(omar, field('website')), text('https://omar.example.com'));
    const portfolio = { ...omar, resume: { ...omar.resume, basics: { ...omar.resume.basics, url: undefined, profiles: [{ network: 'Behance', url: 'https://behance.example/omar' }] } } };
    assert.deepEqual(value(portfolio, field('website')), text('https://behance.example/omar'));
  });

  it('writes the phone nationally when the same form has a country-code field', () => {
    const phone = field('phone', { fieldId: 'p' });
    const code = field('phone.countryCode', { fieldId: 'c', widget: 'select', options: options(['', 'Landskod'], ['+46', 'SE +46'], ['+47', 'NO +47']) });
    assert.deepEqual(value(anna, phone, [phone]), text('+46701234567'));
    assert.deepEqual(value(anna, phone, [phone, code]), text('0701234567'));
    assert.deepEqual(value(anna, code), { kind: 'option', match: ['+46', 'SE +46'] });
    assert.deepEqual(value(omar, field('phone', { format: { placeholder: '070-123 45 67' } })), text('073-987 65 43'));
  });

  it('chooses the country option by name, Swedish or English', () => {
    const bug12 = field('address.country', { widget: 'select', options: options(['', 'Select country...'], ['0c1d9e', 'Denmark'], ['a1b2c3', 'Sweden'], ['d4e5f6', 'United Kingdom']) });
    assert.deepEqual(value(anna, bug12), { kind: 'option', match: ['a1b2c3', 'Sweden'] });
    assert.deepEqual(value(omar, bug12), { kind: 'option', match: ['a1b2c3', 'Sweden'] });
    const varbi = field('address.country', { widget: 'select', label: 'Land', options: options(['', 'Välj land'], ['DK', 'Danmark'], ['SE', 'Sverige']) });
    assert.deepEqual(value(anna, varbi), { kind: 'option', match: ['SE', 'Sverige'] });
    assert.deepEqual(value(anna, field('address.country', { widget: 'listbox-button', label: 'Country' })), { kind: 'option', match: ['Sweden', 'Sverige', 'SE', 'SWE'] });
  });

  it('matches a region option without the word "län"', () => {
    const region = field('address.region', { widget: 'select', options: options(['', '--Select--'], 'Blekinge', 'Stockholm', 'Västmanland') });
    assert.equal(resolveValue(anna, region, DOCUMENTS)?.display, 'Västmanland');
    assert.deepEqual(resolveField(omar, region, DOCUMENTS), { ok: false, reason: 'noValue' });
  });

  it('writes dates as the date-format page asks', () => {
    const birth = field('birthDate', { format: { pattern: '\\d{8}', placeholder: 'ÅÅÅÅMMDD', maxLength: 8, hint: 'Åtta siffror, ÅÅÅÅMMDD' } });
    const start = field('startDate', { format: { pattern: '\\d{2}/\\d{2}/\\d{4}', placeholder: 'DD/MM/YYYY', maxLength: 10 } });
    assert.deepEqual(value(anna, birth), text('19880412'));
    assert.deepEqual(value(anna, start), text('01/03/2027'));
    assert.deepEqual(value(omar, birth), text('19951103'));
    assert.deepEqual(value(omar, start), text('01/02/2027'));
  });

  it('formats the personnummer as the field asks', () => {
    assert.deepEqual(value(anna, field('nationalId', { format: { hint: 'ÅÅÅÅMMDD-XXXX' } })), text('19880412-1237'));
    assert.deepEqual(value(anna, field('nationalId')), text('19880412-1237'));
    assert.deepEqual(value(anna, field('nationalId', { format: { pattern: '\\d{12}' } })), text('198804121237'));
    assert.deepEqual(value(anna, field('nationalId', { format: { placeholder: 'ÅÅMMDD-XXXX' } })), text('880412-1237'));
    assert.deepEqual(value(anna, field('nationalId', { format: { maxLength: 10 } })), text('8804121237'));
    assert.equal(value(omar, field('nationalId')), undefined);
  });

  it('answers sponsorship from needsSponsorship and the licence from the categories', () => {
    const sponsorship = field('visaSponsorship', {
      widget: 'radio-group',
      label: 'Do you require visa sponsorship to work in Sweden?',
      options: options(['no', 'No, I do not need sponsorship'], ['yes', 'Yes, I will need sponsorship now or later']),
    });
    const licence = field('driversLicence', {
      widget: 'radio-group',
      label: 'Do you have a driving licence for cars (category B)?',
      options: options(['yes', 'Yes'], ['no', 'No']),
    });
    assert.deepEqual(value(anna, sponsorship), { kind: 'option', match: ['no', 'No, I do not need sponsorship'] });
    assert.deepEqual(value(anna, licence), { kind: 'option', match: ['yes', 'Yes'] });
    assert.deepEqual(value(omar, sponsorship), { kind: 'option', match: ['no', 'No, I do not need sponsorship'] });
    assert.deepEqual(value(omar, licence), { kind: 'option', match: ['no', 'No'] });
  });

  it('answers for the country the question names', () => {
    const us = { label: 'Will you require sponsorship to work in the United States?', widget: 'listbox-button' } as const;
    assert.deepEqual(value(omar, field('visaSponsorship', us)), { kind: 'option', match: ['Yes', 'Ja'] });
    assert.deepEqual(value(omar, field('workAuthorisation', { ...us, label: 'Are you authorized to work in the United States?' })), { kind: 'option', match: ['No', 'Nej'] });
    assert.equal(value(anna, field('visaSponsorship', us)), undefined);
    const germany = field('workAuthorisation', { widget: 'radio-group', label: 'Are you allowed to work in Germany?', options: options('Yes', 'No') });
    assert.deepEqual(value(anna, germany), { kind: 'option', match: ['Yes'] });
    assert.equal(value(omar, germany), undefined);
  });

  it('answers button pairs whose values are empty', () => {
    const ashby = field('workAuthorisation', { widget: 'button-group', label: 'Are you authorized to work in the United States?', options: options(['', 'Yes'], ['', 'No']) });
    assert.deepEqual(value(omar, ashby), { kind: 'option', match: ['No'] });
  });

  it('answers Swedish yes/no options and single checkboxes', () => {
    const teamtailor = field('driversLicence', { widget: 'radio-group', label: 'Har du B-körkort?', options: options(['true', 'Ja'], ['false', 'Nej']) });
    assert.deepEqual(value(anna, teamtailor), { kind: 'option', match: ['true', 'Ja'] });
    const varbi = field('driversLicence', { widget: 'radio-group', label: 'Har du körkort för lastbil?', options: options(['1', 'Ja'], ['0', 'Nej']) });
    assert.deepEqual(value(anna, varbi), { kind: 'option', match: ['0', 'Nej'] });
    const checkbox = field('driversLicence', { widget: 'checkbox', label: 'I hold a category B licence' });
    assert.deepEqual(value(anna, checkbox), { kind: 'check', checked: true });
    assert.deepEqual(value(omar, checkbox), { kind: 'check', checked: false });
  });

  it('checks exactly the licence categories held', () => {
    const group = field('driversLicence', { widget: 'checkbox-group', options: options('A', 'B', 'BE', 'C', 'D') });
    assert.deepEqual(value(anna, group), { kind: 'options', match: ['B'] });
    assert.equal(value(omar, group), undefined);
  });

  it('resolves the current job and years of experience', () => {
    assert.deepEqual(value(anna, field('currentTitle')), text('Senior systemutvecklare'));
    assert.deepEqual(value(omar, field('currentEmployer')), text('Nordic Freight Analytics AB'));
    assert.deepEqual(value(anna, field('yearsExperience')), text('9'));
    const ranges = field('yearsExperience', { widget: 'select', options: options(['', 'Välj'], '0-2 år', '3-5 år', '6-10 år', 'Mer än 10 år') });
    assert.equal(resolveValue(omar, ranges, DOCUMENTS, { now: NOW })?.display, '6-10 år');
    const open = field('yearsExperience', { widget: 'select', options: options(['', 'Select'], 'Less than 1', '1-3', '3-5', 'More than 5') });
    assert.equal(resolveValue(anna, open, DOCUMENTS, { now: NOW })?.display, 'More than 5');
  });

  it('picks education and work entries by index', () => {
    assert.deepEqual(value(omar, field('education.school', { entryIndex: 1 })), text('University of Jordan'));
    assert.deepEqual(value(omar, field('work.title', { entryIndex: 1 })), text('Junior Data Analyst'));
    assert.deepEqual(value(anna, field('work.startDate', { entryIndex: 1, format: { placeholder: 'ÅÅÅÅ-MM' } })), text('2017-08'));
    assert.equal(value(anna, field('work.endDate', { entryIndex: 0 })), undefined);
    const degrees = field('education.degree', { widget: 'select', options: options(['', '--Select--'], 'High School', "Bachelor's Degree", "Master's Degree", 'Doctorate') });
    assert.equal(resolveValue(anna, degrees, DOCUMENTS)?.display, "Bachelor's Degree");
    assert.equal(resolveValue(omar, degrees, DOCUMENTS)?.display, "Master's Degree");
  });

  it('resolves languages and their levels against option lists', () => {
    const levels = options(['', 'Välj'], 'Modersmål', 'Flytande', 'Mycket goda kunskaper', 'Goda kunskaper', 'Grundläggande');
    const level = (cv: typeof anna, entryIndex: number) => resolveValue(cv, field('languages', { part: 'level', entryIndex, widget: 'select', options: levels }), DOCUMENTS)?.display;
    assert.deepEqual([0, 1, 2].map((i) => level(anna, i)), ['Modersmål', 'Flytande', 'Grundläggande']);
    assert.deepEqual([0, 1, 2].map((i) => level(omar, i)), ['Modersmål', 'Flytande', 'Goda kunskaper']);
    const names = field('languages', { entryIndex: 2, widget: 'select', options: options(['', 'Välj'], 'Svenska', 'Engelska', 'Arabiska', 'Finska') });
    assert.equal(resolveValue(omar, names, DOCUMENTS)?.display, 'Svenska');
    const lever = field('languages', { widget: 'checkbox-group', options: options('Swedish', 'English', 'Finnish') });
    assert.deepEqual(value(anna, lever), { kind: 'options', match: ['Swedish', 'English', 'Finnish'] });
    assert.deepEqual(value(omar, lever), { kind: 'options', match: ['English', 'Swedish'] });
  });

  it('matches notice periods across languages', () => {
    const lever = field('noticePeriod', { widget: 'select', options: options(['', 'Select ...'], 'Immediately', '1 month', '2 months', '3 months', 'More than 3 months') });
    assert.equal(resolveValue(anna, lever, DOCUMENTS)?.display, '3 months');
    assert.equal(resolveValue(omar, lever, DOCUMENTS)?.display, '1 month');
    const teamtailor = field('noticePeriod', { widget: 'select', options: options(['', 'Välj...'], 'Ingen', '1 månad', '2 månader', '3 månader', '6 månader') });
    assert.equal(resolveValue(omar, teamtailor, DOCUMENTS)?.display, '1 månad');
    assert.deepEqual(value(anna, field('noticePeriod')), text('3 månader'));
  });

  it('resolves salary parts, documents and missing texts', () => {
    assert.deepEqual(value(anna, field('salaryExpectation', { part: 'min' })), text('52000'));
    assert.equal(value(omar, field('salaryExpectation')), undefined);
    assert.deepEqual(resolveValue(anna, field('cv.file', { widget: 'file' }), DOCUMENTS), {
      value: { kind: 'file', documentId: 'doc-cv', name: 'Anna Lindqvist CV.pdf', mimeType: 'application/pdf' },
      display: 'Anna Lindqvist CV.pdf',
    });
    assert.equal(resolveValue(anna, field('coverLetter.file', { widget: 'file' }), [])?.value, undefined);
    assert.equal(value(anna, field('coverLetter.text', { widget: 'text' })), undefined);
    assert.equal(value(anna, field('none')), undefined);
  });

  it('resolves the cover letter text', () => {
    const letter = 'Hej!\nJag söker tjänsten som utvecklare.';
    const withLetter = { ...anna, application: { ...anna.application, coverLetterText: letter } };
    assert.deepEqual(value(withLetter, field('coverLetter.text', { widget: 'text' })), text(letter));
  });

  it('resolves every meaning of the vocabulary without throwing', () => {
    const meanings: FieldMeaning[] = ['name.full', 'name.given', 'name.family', 'name.preferred', 'email', 'phone', 'phone.countryCode',
      'address.street', 'address.postalCode', 'address.city', 'address.region', 'address.country', 'birthDate', 'nationalId', 'linkedin',
      'website', 'github', 'currentTitle', 'currentEmployer', 'yearsExperience', 'education.school', 'education.degree', 'education.field',
      'education.endDate', 'work.employer', 'work.title', 'work.startDate', 'work.endDate', 'work.description', 'skills', 'languages',
      'driversLicence', 'workAuthorisation', 'visaSponsorship', 'salaryExpectation', 'noticePeriod', 'startDate', 'summary',
      'coverLetter.text', 'coverLetter.file', 'cv.file', 'none'];
    for (const widget of ['text', 'select', 'combobox', 'radio-group', 'checkbox-group', 'checkbox', 'file'] as const) {
      for (const meaning of meanings) {
        for (const cv of [anna, omar]) resolveField(cv, field(meaning, { widget, options: widget === 'select' ? options('Yes', 'No') : undefined }), DOCUMENTS);
      }
    }
  });

  it('marks identity numbers, birth dates and salary as sensitive', () => {
    assert.equal(isSensitive('nationalId'), true);
    assert.equal(isSensitive('birthDate'), true);
    assert.equal(isSensitive('salaryExpectation'), true);
    assert.equal(isSensitive('email'), false);
  });
});
