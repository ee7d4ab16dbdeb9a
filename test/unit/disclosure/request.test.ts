import assert from 'node:assert/strict';
import { buildDataSubjectRequest, oneMonthAfter } from '../../../src/disclosure/request';
import type { Disclosure } from '../../../src/messaging/protocol';
import { disclosure } from './helpers';

const entries: Disclosure[] = [
  { ...disclosure({ meaning: 'email', label: 'E-post', value: 'anna@example.se', time: '2026-03-02T10:00:00.000Z' }), id: 1 },
  { ...disclosure({ meaning: 'nationalId', label: 'Personnummer', value: '19900101-1234', time: '2026-03-02T10:00:00.000Z' }), id: 2 },
  { ...disclosure({ meaning: 'phone', label: 'Telefon', value: '070 123\n45 67', time: '2026-04-10T08:00:00.000Z' }), id: 3 },
];
const recipient = { origin: 'https://example.teamtailor.com', controller: 'Exempel AB', contact: 'dpo@exempel.se' };
const person = { name: 'Anna Lindqvist', email: 'anna@example.se' };

describe('data-subject requests', () => {
  it('writes a Swedish access request', () => {
    const letter = buildDataSubjectRequest({ kind: 'access', language: 'sv', recipient, entries, person, today: new Date('2026-05-15T12:00:00Z') });
    assert.match(letter.text, /artikel 15/);
    assert.match(letter.text, /Till: Exempel AB <dpo@exempel.se>/);
    assert.match(letter.text, /senast 2026-06-15/);
    assert.match(letter.text, /- E-post: anna@example.se/);
    assert.match(letter.text, /- Telefon: 070 123 45 67/);
    assert.match(letter.text, /2026-03-02 \(https:\/\/jobs.example.se\/apply\/123\)/);
    assert.match(letter.text, /Anna Lindqvist\nanna@example.se\n$/);
    assert.equal(letter.fileName, 'gdpr-access-example.teamtailor.com-2026-05-15.txt');
  });

  it('does not repeat a sensitive value', () => {
    const letter = buildDataSubjectRequest({ kind: 'access', language: 'en', recipient, entries, person, today: new Date('2026-05-15T12:00:00Z') });
    assert.doesNotMatch(letter.text, /19900101-1234/);
    assert.match(letter.text, /- Personnummer: \(sent, not repeated here\)/);
  });

  it('writes an English erasure request naming articles 17 and 19', () => {
    const letter = buildDataSubjectRequest({ kind: 'erasure', language: 'en', recipient, entries, person, today: new Date('2026-01-31T09:00:00Z') });
    assert.match(letter.subject, /Article 17/);
    assert.match(letter.text, /Article 19/);
    assert.match(letter.text, /within one month of receiving this request, that is by 2026-02-28/);
  });

  it('addresses the origin when no controller is named', () => {
    const letter = buildDataSubjectRequest({ kind: 'erasure', language: 'sv', recipient: { origin: recipient.origin, controller: '' }, entries, person, today: new Date('2026-05-15T12:00:00Z') });
    assert.match(letter.text, /Till: https:\/\/example.teamtailor.com\n/);
  });

  it('counts one month to the same day or the month end', () => {
    assert.equal(oneMonthAfter(new Date('2026-01-31T00:00:00Z')).toISOString().slice(0, 10), '2026-02-28');
    assert.equal(oneMonthAfter(new Date('2028-01-30T00:00:00Z')).toISOString().slice(0, 10), '2028-02-29');
    assert.equal(oneMonthAfter(new Date('2026-12-15T00:00:00Z')).toISOString().slice(0, 10), '2027-01-15');
  });
});
