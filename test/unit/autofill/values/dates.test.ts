import assert from 'node:assert/strict';
import { dateLayout, formatDate, layoutFromPattern, layoutFromText, resolveDate } from '../../../../src/autofill/values/dates';
import type { FieldDescriptor } from '../../../../src/autofill/types';
import { field, options } from './helpers';

const date = { year: 2027, month: 3, day: 1 };

function written(extra: Partial<FieldDescriptor>, iso = '2027-03-01'): string | undefined {
  const result = resolveDate(field('startDate', extra), iso);
  return result.ok && result.resolved.value.kind === 'text' ? result.resolved.value.text : undefined;
}

describe('date formats', () => {
  it('reads layouts written in Swedish and English letters', () => {
    const cases: [string, string][] = [
      ['ÅÅÅÅ-MM-DD', '2027-03-01'],
      ['ÅÅÅÅMMDD', '20270301'],
      ['YYYY-MM-DD', '2027-03-01'],
      ['mm/dd/yyyy', '03/01/2027'],
      ['DD/MM/YYYY', '01/03/2027'],
      ['dd.mm.åååå', '01.03.2027'],
      ['ÅÅÅÅ-MM', '2027-03'],
      ['MM/YYYY', '03/2027'],
      ['TT.MM.JJJJ', '01.03.2027'],
    ];
    for (const [hint, expected] of cases) {
      const layout = layoutFromText(hint);
      assert.ok(layout, hint);
      assert.equal(formatDate(date, layout), expected, hint);
    }
  });

  it('finds a layout inside a sentence and ignores words', () => {
    assert.equal(formatDate(date, layoutFromText('Åtta siffror, ÅÅÅÅMMDD (till exempel 19790315).')!), '20270301');
    assert.equal(layoutFromText('Tidigast tillträde'), undefined);
  });

  it('reads patterns, and calls NN/NN/NNNN ambiguous', () => {
    assert.equal(formatDate(date, layoutFromPattern('\\d{8}') as never), '20270301');
    assert.equal(formatDate(date, layoutFromPattern('^\\d{4}-\\d{2}-\\d{2}$') as never), '2027-03-01');
    assert.equal(formatDate(date, layoutFromPattern('[0-9]{4}-[0-9]{2}') as never), '2027-03');
    assert.equal(layoutFromPattern('\\d{2}/\\d{2}/\\d{4}'), 'ambiguous');
    assert.equal(layoutFromPattern('[A-Z]+'), undefined);
  });

  it('writes ISO into type=date and year-month into type=month', () => {
    assert.equal(written({ widget: 'date', format: { inputType: 'date' } }), '2027-03-01');
    assert.equal(written({ widget: 'date', format: { inputType: 'month' } }), '2027-03');
  });

  it('prefers the placeholder and hint over an ambiguous pattern', () => {
    assert.equal(written({ format: { pattern: '\\d{2}/\\d{2}/\\d{4}', placeholder: 'DD/MM/YYYY' } }), '01/03/2027');
    assert.equal(written({ format: { hint: 'Write the date as MM/DD/YYYY' } }), '03/01/2027');
    assert.equal(written({ label: 'Start date (dd/mm/yyyy)' }), '01/03/2027');
  });

  it('does not guess an ambiguous order', () => {
    const byPattern = resolveDate(field('startDate', { format: { pattern: '\\d{2}/\\d{2}/\\d{4}' } }), '2027-03-01');
    assert.deepEqual(byPattern, { ok: false, reason: 'ambiguousDateFormat' });
    const bySample = resolveDate(field('startDate', { format: { placeholder: '01/02/2025' } }), '2027-03-01');
    assert.deepEqual(bySample, { ok: false, reason: 'ambiguousDateFormat' });
  });

  it('reads the order from an example date', () => {
    assert.equal(written({ format: { placeholder: '31/12/2024' } }), '01/03/2027');
    assert.equal(written({ format: { placeholder: '12/31/2024' } }), '03/01/2027');
    assert.equal(written({ format: { hint: 'till exempel 19790315' } }), '20270301');
    assert.equal(written({ format: { hint: 't.ex. 2024-01-31' } }), '2027-03-01');
    assert.equal(written({ format: { placeholder: '1.2.2025' } }), undefined);
  });

  it('writes ISO 8601 when the field gives no hint', () => {
    assert.equal(written({}), '2027-03-01');
    assert.equal(written({}, '2021-03'), '2021-03');
  });

  it('rejects a layout that needs a day the date lacks', () => {
    assert.deepEqual(resolveDate(field('work.startDate', { format: { placeholder: 'ÅÅÅÅ-MM-DD' } }), '2021-03'), { ok: false, reason: 'datePrecision' });
  });

  it('writes the year alone into a four-character field', () => {
    assert.deepEqual(dateLayout(field('education.endDate', { format: { placeholder: 'ÅÅÅÅ', maxLength: 4 } })), { tokens: ['Y'], separator: '', padded: true });
    assert.equal(written({ format: { placeholder: 'ÅÅÅÅ', maxLength: 4 } }, '2017-06-09'), '2017');
  });

  it('fills day, month and year parts', () => {
    assert.equal(written({ part: 'day', format: { placeholder: 'DD' } }), '01');
    assert.equal(written({ part: 'month', format: { placeholder: 'MM' } }), '03');
    assert.equal(written({ part: 'month', format: { placeholder: 'M' } }), '3');
    assert.equal(written({ part: 'year', format: { placeholder: 'YYYY' } }), '2027');
  });

  it('picks a month option by number or by Swedish or English name', () => {
    const pick = (labels: (string | [string, string])[]) => {
      const result = resolveDate(field('startDate', { part: 'month', widget: 'select', options: options(...labels) }), '2027-03-01');
      return result.ok ? result.resolved.display : result.reason;
    };
    assert.equal(pick([['', 'Månad'], 'januari', 'februari', 'mars', 'april']), 'mars');
    assert.equal(pick([['', 'Month'], 'Jan', 'Feb', 'Mar', 'Apr']), 'Mar');
    assert.equal(pick([['', '--'], ['1', '01'], ['2', '02'], ['3', '03']]), '03');
  });

  it('offers month names first to a combobox whose options are unknown', () => {
    const result = resolveDate(field('education.endDate', { part: 'month', widget: 'combobox', label: 'End date month' }), '2017-06-09');
    assert.deepEqual(result.ok && result.resolved.value, { kind: 'option', match: ['June', 'Juni', '6', '06'] });
  });
});
