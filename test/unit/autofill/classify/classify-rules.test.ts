import assert from 'node:assert/strict';
import { classifyField } from '../../../../src/autofill/classify';
import { meaningOf, signals } from './helpers';

const YES_NO = [{ value: 'Yes', label: 'Yes' }, { value: 'No', label: 'No' }];

describe('classify rules', () => {
  it('autocomplete token beats name keywords', () => {
    const identifiers = ['billingAddress[street]', 'billingAddressAddressStreet'];
    assert.equal(meaningOf({ label: 'Postal code*', autocomplete: 'billing postal-code', identifiers }), 'address.postalCode');
    assert.equal(meaningOf({ autocomplete: 'billing tel', identifiers: ['billingAddress[phoneNumber]'] }), 'phone');
    assert.equal(meaningOf({ label: 'Salutation', autocomplete: 'billing honorific-prefix' }, 'select'), 'none');
  });

  it('autocomplete off leaves the words to decide', () => {
    assert.equal(meaningOf({ label: 'City', autocomplete: 'off' }), 'address.city');
  });

  it('negative words make a field none', () => {
    assert.equal(meaningOf({ label: 'Do you hold a forklift licence (truckkort)?', options: YES_NO }, 'radio-group'), 'none');
    assert.equal(meaningOf({ label: 'Get new jobs by e-mail', inputType: 'email' }), 'none');
    assert.equal(meaningOf({ label: 'Prenumerera på vårt nyhetsbrev', inputType: 'email' }), 'none');
    assert.equal(meaningOf({ label: 'Phone Device Type' }, 'listbox-button'), 'none');
    assert.equal(meaningOf({ label: 'How Did You Hear About Us?' }, 'search-prompt'), 'none');
    assert.equal(meaningOf({ label: 'Nationality' }, 'select'), 'none');
    assert.equal(meaningOf({ label: 'Har du tillgång till egen bil?' }, 'select'), 'none');
    assert.equal(meaningOf({ label: 'Gender' }, 'combobox'), 'none');
    assert.equal(meaningOf({ label: 'Reference name' }), 'none');
    assert.equal(meaningOf({ label: 'Referens 1: namn' }), 'none');
    assert.equal(meaningOf({ label: 'Emergency contact phone number', inputType: 'tel' }), 'none');
  });

  it('honeypots are none', () => {
    assert.equal(meaningOf({ label: 'Leave this field empty', identifiers: ['emailAddressConfirm'] }), 'none');
    assert.equal(meaningOf({ label: 'Lämna detta fält tomt', identifiers: ['epost2'] }), 'none');
    assert.equal(meaningOf({ label: 'Website', identifiers: ['wd-hp-input', 'beecatcher'] }), 'none');
  });

  it('consents, passwords and signatures are none', () => {
    assert.equal(meaningOf({ label: 'I consent to Lumen Health storing my data.' }, 'checkbox'), 'none');
    assert.equal(meaningOf({ label: 'Jag godkänner att mina uppgifter sparas.' }, 'checkbox'), 'none');
    assert.equal(meaningOf({ label: 'Email', inputType: 'password' }), 'none');
    assert.equal(meaningOf({ label: 'Electronic signature (type your full name)' }), 'none');
  });

  it('open questions are none unless the label names a meaning', () => {
    assert.equal(meaningOf({ label: 'Why do you want to work at Northwind Labs?', inputType: 'textarea' }), 'none');
    assert.equal(meaningOf({ label: 'Varför vill du jobba hos oss?', inputType: 'textarea' }), 'none');
    assert.equal(meaningOf({ label: 'Cover letter: tell us why you applied', inputType: 'textarea' }), 'coverLetter.text');
  });

  it('yes/no options allow only yes/no meanings', () => {
    assert.equal(meaningOf({ label: 'Har du socionomexamen eller motsvarande?', options: YES_NO }, 'radio-group'), 'none');
    assert.equal(meaningOf({ label: 'Do you require visa sponsorship?', options: YES_NO }, 'radio-group'), 'visaSponsorship');
  });

  it('file inputs hold only documents', () => {
    assert.equal(meaningOf({ label: 'Spara mitt CV i mitt konto' }, 'checkbox'), 'none');
    assert.equal(meaningOf({ label: 'Upload your resume here to autofill key application fields.' }, 'file'), 'none');
    assert.equal(meaningOf({ label: 'Phone' }, 'file'), 'none');
  });

  it('parts of dates, ranges and language levels', () => {
    assert.equal(meaningOf({ label: 'End date month', titles: ['Education'] }, 'combobox'), 'education.endDate/month');
    assert.equal(meaningOf({ label: 'Month', context: 'What is the earliest date you could start?', placeholder: 'MM' }, 'spinbutton'), 'startDate/month');
    assert.equal(meaningOf({ label: 'Year', context: 'From', titles: ['Work Experience 1'] }, 'spinbutton'), 'work.startDate/year');
    assert.equal(meaningOf({ label: 'From', nearby: 'Expected monthly salary (SEK)' }), 'salaryExpectation/min');
    assert.equal(meaningOf({ label: 'To', nearby: 'Expected monthly salary (SEK)' }), 'salaryExpectation/max');
    assert.equal(meaningOf({ label: 'Nivå', titles: ['Språk'] }, 'select'), 'languages/level');
    assert.equal(meaningOf({ label: 'Start date', placeholder: 'mm/dd/yyyy' }), 'startDate');
  });

  it('personal details are not read inside a work entry', () => {
    assert.equal(meaningOf({ label: 'Location', titles: ['Work Experience 1'] }), 'none');
  });

  it('confidence is reported between 0 and 1', () => {
    const result = classifyField(signals({ label: 'Email' }));
    assert.ok(result.confidence > 0.45 && result.confidence <= 1, String(result.confidence));
  });
});
