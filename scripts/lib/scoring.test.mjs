// Checks of the accuracy benchmark's scoring rules on hand-made controls, so a harness bug cannot
// pass for an extension bug. Run with: node --test scripts/lib/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreStep, matchRows } from './scoring.mjs';
import { factsFromCv, valueMatchesFacts } from './cv-facts.mjs';

const CV = {
  basics: { name: 'Anna Lindqvist', email: 'anna@example.se', phone: '+46 70 123 45 67', location: { postalCode: '722 15', city: 'Västerås', countryCode: 'SE' } },
  'x-application': { givenName: 'Anna', familyName: 'Lindqvist', birthDate: '1988-04-12', earliestStartDate: '2027-03-01', driversLicence: ['B'], workAuthorisation: [{ country: 'SE', authorised: true, needsSponsorship: false }] },
};
const facts = factsFromCv(CV);

function control(benchId, key, label, extra = {}) {
  return { benchId, key, part: null, noAutofill: false, tag: 'input', type: 'text', groupKey: null, hookFieldId: null, labels: [label], nearby: [], rendered: true, value: { kind: 'text', text: '' }, ...extra };
}

function frames(controls) {
  return [{ frameKey: 'f0', origin: 'http://127.0.0.1:1', controls }];
}

function filledCopy(controls, values) {
  return controls.map((item) => (item.benchId in values ? { ...item, value: { ...item.value, text: values[item.benchId] } } : item));
}

test('correct proposals and fills score clean', () => {
  const before = [control(1, 'name.given', 'First name'), control(2, 'email', 'Email'), control(3, 'none', 'Why us?')];
  const after = filledCopy(before, { 1: 'Anna', 2: 'anna@example.se' });
  const rows = [
    { rowId: 'a', meaning: 'name.given', label: 'First name', recipient: 'http://127.0.0.1:1' },
    { rowId: 'b', meaning: 'email', label: 'Email', recipient: 'http://127.0.0.1:1' },
  ];
  const report = new Map([['a', 'filled'], ['b', 'filled']]);
  const result = scoreStep({ before: frames(before), after: frames(after), rows, report, facts });
  assert.equal(result.correct, 2);
  assert.equal(result.wrong, 0);
  assert.equal(result.forbidden, 0);
  assert.equal(result.wrongValue, 0);
  assert.equal(result.meaningfulQuestions.size, 2);
});

test('filled none control is forbidden', () => {
  const before = [control(1, 'none', 'Leave this field empty', { rendered: false })];
  const after = filledCopy(before, { 1: 'anna@example.se' });
  const rows = [{ rowId: 'a', meaning: 'email', label: 'Leave this field empty', recipient: 'http://127.0.0.1:1' }];
  const result = scoreStep({ before: frames(before), after: frames(after), rows, report: new Map([['a', 'filled']]), facts });
  assert.equal(result.wrong, 1);
  assert.equal(result.forbidden, 1);
});

test('wrong value and lost value counted', () => {
  const before = [control(1, 'address.city', 'City'), control(2, 'email', 'Email')];
  const after = filledCopy(before, { 1: 'Uppsala' });
  const rows = [
    { rowId: 'a', meaning: 'address.city', label: 'City', recipient: null },
    { rowId: 'b', meaning: 'email', label: 'Email', recipient: null },
  ];
  const result = scoreStep({ before: frames(before), after: frames(after), rows, report: new Map([['a', 'filled'], ['b', 'filled']]), facts });
  assert.equal(result.wrongValue, 1);
  assert.equal(result.notStuck, 1);
});

test('radio group counts once', () => {
  const radio = (benchId, value, label) =>
    control(benchId, 'visaSponsorship', label, { type: 'radio', groupKey: 'radio::sponsor', value: { kind: 'check', checked: false, text: `${value} ${label}` }, nearby: ['Will you require sponsorship? No Yes'] });
  const before = [radio(1, 'no', 'No'), radio(2, 'yes', 'Yes')];
  const after = before.map((item) => (item.benchId === 1 ? { ...item, value: { ...item.value, checked: true } } : item));
  const rows = [{ rowId: 'a', meaning: 'visaSponsorship', label: 'Will you require sponsorship?', recipient: null }];
  const result = scoreStep({ before: frames(before), after: frames(after), rows, report: new Map([['a', 'filled']]), facts });
  assert.equal(result.meaningfulQuestions.size, 1);
  assert.equal(result.correct, 1);
  assert.equal(result.wrongValue, 0);
});

test('label match ignores the row meaning', () => {
  const questions = [
    { id: 'q1', origin: 'o', controls: [{ hookFieldId: null, rendered: true }], labels: new Set(['first name']), nearby: new Set() },
    { id: 'q2', origin: 'o', controls: [{ hookFieldId: null, rendered: true }], labels: new Set(['email']), nearby: new Set() },
  ];
  const matched = matchRows([{ label: 'Email', meaning: 'name.given', recipient: 'o' }], questions);
  assert.equal(matched[0].id, 'q2');
});

test('facts check dates and phones', () => {
  assert.equal(valueMatchesFacts('birthDate', null, ['19880412'], facts), true);
  assert.equal(valueMatchesFacts('startDate', null, ['01/03/2027'], facts), true);
  assert.equal(valueMatchesFacts('startDate', null, ['2027-03-02'], facts), false);
  assert.equal(valueMatchesFacts('birthDate', 'month', ['April'], facts), true);
  assert.equal(valueMatchesFacts('phone', null, ['070-123 45 67'], facts), true);
  assert.equal(valueMatchesFacts('phone', null, ['+46 70 123 45 68'], facts), false);
  assert.equal(valueMatchesFacts('address.postalCode', null, ['722 15'], facts), true);
  assert.equal(valueMatchesFacts('address.country', null, ['SE Sweden'], facts), true);
  assert.equal(valueMatchesFacts('visaSponsorship', null, ['no No, I do not need sponsorship'], facts), true);
  assert.equal(valueMatchesFacts('visaSponsorship', null, ['yes Yes, I will need sponsorship'], facts), false);
  assert.equal(valueMatchesFacts('driversLicence', null, ['ja Ja'], facts), true);
});

test('unlabelled filled row matches changed control', () => {
  const before = [control(1, 'phone.countryCode', 'Landskod', { tag: 'select' }), control(2, 'phone', 'Mobilnummer')];
  const after = filledCopy(before, { 2: '070-123 45 67' });
  const rows = [{ rowId: 'a', meaning: 'phone', label: '', recipient: null }];
  const result = scoreStep({ before: frames(before), after: frames(after), rows, report: new Map([['a', 'filled']]), facts });
  assert.equal(result.correct, 1);
  assert.equal(result.notStuck, 0);
});
