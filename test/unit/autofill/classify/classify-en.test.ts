import assert from 'node:assert/strict';
import { labelled, meaningOf } from './helpers';

describe('classify English labels', () => {
  const cases: [string, string][] = [
    ['First Name', 'name.given'],
    ['Given Name(s)', 'name.given'],
    ['Last Name', 'name.family'],
    ['Surname', 'name.family'],
    ['Full name', 'name.full'],
    ['Name', 'name.full'],
    ['Preferred First Name', 'name.preferred'],
    ['Email', 'email'],
    ['Confirm your email', 'email'],
    ['Phone Number', 'phone'],
    ['Mobile phone', 'phone'],
    ['Street Address', 'address.street'],
    ['Postal Code', 'address.postalCode'],
    ['Zip/Postal Code:', 'address.postalCode'],
    ['City', 'address.city'],
    ['Current location', 'address.city'],
    ['Date of birth', 'birthDate'],
    ['LinkedIn Profile URL', 'linkedin'],
    ['GitHub or portfolio link', 'github'],
    ['Website, Blog, or Portfolio', 'website'],
    ['Current company', 'currentEmployer'],
    ['Current job title', 'currentTitle'],
    ['How many years of professional experience with SQL do you have?', 'yearsExperience'],
    ['What is your notice period?', 'noticePeriod'],
    ['What are your base salary expectations (SEK per month)?', 'salaryExpectation'],
    ['Desired Pay', 'salaryExpectation'],
    ['Date Available', 'startDate'],
    ['What is the earliest date you could start?', 'startDate'],
  ];
  for (const [label, expected] of cases) {
    it(`reads "${label}"`, () => {
      assert.equal(labelled(label), expected);
    });
  }

  it('reads a type=email input without a label', () => {
    assert.equal(meaningOf({ inputType: 'email' }), 'email');
  });

  it('reads a cover letter textarea and file', () => {
    assert.equal(labelled('Cover Letter', 'text', 'textarea'), 'coverLetter.text');
    assert.equal(labelled('Cover Letter', 'file', 'file'), 'coverLetter.file');
    assert.equal(labelled('Resume/CV', 'file', 'file'), 'cv.file');
  });

  it('tells sponsorship from work authorisation', () => {
    assert.equal(labelled('Are you legally authorized to work in Sweden?', 'combobox'), 'workAuthorisation');
    assert.equal(labelled('Will you now or in the future require sponsorship for a work permit?', 'combobox'), 'visaSponsorship');
    assert.equal(labelled('Do you have the right to work in the EU/EEA without sponsorship?', 'listbox-button'), 'workAuthorisation');
  });
});
