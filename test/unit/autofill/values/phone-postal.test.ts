import assert from 'node:assert/strict';
import { applyTemplate, formatPhoneFor, parsePhone, toE164, toNationalDigits } from '../../../../src/autofill/values/phone';
import { formatPostalCode } from '../../../../src/autofill/values/postal';
import { field } from './helpers';

describe('phone numbers', () => {
  it('splits international and national forms into code and number', () => {
    assert.deepEqual(parsePhone('+46 70 123 45 67'), { dial: '46', national: '701234567' });
    assert.deepEqual(parsePhone('0046 73-987 65 43'), { dial: '46', national: '739876543' });
    assert.deepEqual(parsePhone('070-123 45 67', 'SE'), { dial: '46', national: '701234567' });
    assert.deepEqual(parsePhone('+44 (0)20 7946 0958'), { dial: '44', national: '2079460958' });
    assert.deepEqual(parsePhone('+358 40 123 4567'), { dial: '358', national: '401234567' });
    assert.equal(parsePhone(''), undefined);
  });

  it('writes E.164 and the national form', () => {
    const phone = parsePhone('+46 70 123 45 67')!;
    assert.equal(toE164(phone), '+46701234567');
    assert.equal(toNationalDigits(phone), '0701234567');
  });

  it('national or international per field', () => {
    const phone = parsePhone('+46 70 123 45 67')!;
    assert.equal(formatPhoneFor(field('phone'), phone, false), '+46701234567');
    assert.equal(formatPhoneFor(field('phone'), phone, true), '0701234567');
    assert.equal(formatPhoneFor(field('phone', { format: { placeholder: '070-123 45 67' } }), phone, false), '070-123 45 67');
    assert.equal(formatPhoneFor(field('phone', { format: { placeholder: '+46 70 000 00 00' } }), phone, false), '+46 70 123 45 67');
    assert.equal(formatPhoneFor(field('phone', { format: { placeholder: '1-415-555-1234...' } }), phone, false), '+46701234567');
    assert.equal(formatPhoneFor(field('phone', { format: { maxLength: 10 } }), phone, false), '0701234567');
  });

  it('fills a digit template only when the digit counts agree', () => {
    assert.equal(applyTemplate('0701234567', '070-123 45 67'), '070-123 45 67');
    assert.equal(applyTemplate('070123456', '070-123 45 67'), undefined);
  });
});

describe('postal codes', () => {
  it('uses the Swedish layout by default', () => {
    assert.equal(formatPostalCode(field('address.postalCode'), '72215', 'SE'), '722 15');
    assert.equal(formatPostalCode(field('address.postalCode'), '722 15', 'SE'), '722 15');
  });

  it('no space for five-digit fields', () => {
    assert.equal(formatPostalCode(field('address.postalCode', { format: { maxLength: 5 } }), '722 15'), '72215');
    assert.equal(formatPostalCode(field('address.postalCode', { format: { pattern: '\\d{5}' } }), '722 15'), '72215');
    assert.equal(formatPostalCode(field('address.postalCode', { format: { placeholder: '12345' } }), '722 15'), '72215');
    assert.equal(formatPostalCode(field('address.postalCode', { format: { inputType: 'number' } }), '722 15'), '72215');
  });

  it('keeps the space when the field allows six characters or shows one', () => {
    assert.equal(formatPostalCode(field('address.postalCode', { format: { maxLength: 6 } }), '72215'), '722 15');
    assert.equal(formatPostalCode(field('address.postalCode', { format: { placeholder: '123 45' } }), '72215'), '722 15');
  });

  it('leaves a code with letters as written', () => {
    assert.equal(formatPostalCode(field('address.postalCode'), 'SW1A 1AA', 'GB'), 'SW1A 1AA');
  });
});
