import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { appendDisclosures, listDisclosures } from '../../../src/disclosure/log';
import { entriesByIds, findEntryIds, historyOverview } from '../../../src/disclosure/query';
import type { FieldMeaning } from '../../../src/autofill/types';
import type { NewDisclosure } from '../../../src/disclosure/chain';

const TOTAL = Number(process.env.LOG_TEST_ENTRIES ?? 100_000);
const BATCH = 5_000;
const RECIPIENTS = ['https://a.teamtailor.com', 'https://b.varbi.com', 'https://c.workday.com', 'https://d.lever.co', 'https://e.jobylon.com'];
const MEANINGS: FieldMeaning[] = ['email', 'phone', 'name.given', 'name.family', 'address.city', 'linkedin', 'nationalId', 'cv.file'];
const START = Date.UTC(2025, 0, 1);
const STEP_MS = 5 * 60 * 1000;

/** Entry i (0-based): recipient i mod 5, meaning i mod 8, application i div 100, five minutes apart. */
function entryAt(i: number): NewDisclosure {
  return disclosure({
    time: new Date(START + i * STEP_MS).toISOString(),
    frameOrigin: RECIPIENTS[i % RECIPIENTS.length],
    meaning: MEANINGS[i % MEANINGS.length],
    label: `label ${i % MEANINGS.length}`,
    value: `value-${i}`,
    applicationId: `app-${Math.floor(i / 100)}`,
  });
}

describe(`history queries on ${TOTAL} entries`, function () {
  this.timeout(600_000);
  let vault: TestVault;

  before(async () => {
    vault = await makeTestVault();
    for (let start = 0; start < TOTAL; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, TOTAL - start) }, (_, k) => entryAt(start + k));
      await appendDisclosures(vault, batch);
    }
  });

  after(() => vault.close());

  it('stores every entry', async () => {
    assert.equal(await vault.db.disclosures.count(), TOTAL);
  });

  it('finds one recipient in a time range', async () => {
    const from = new Date(START + 1000 * STEP_MS).toISOString();
    const to = new Date(START + 1999 * STEP_MS).toISOString();
    const ids = await findEntryIds(vault, { recipientOrigin: RECIPIENTS[2], from, to });
    const expected: number[] = [];
    for (let i = 1999; i >= 1000; i--) if (i % RECIPIENTS.length === 2) expected.push(i + 1);
    assert.deepEqual(ids, expected);
  });

  it('finds every entry of one recipient, newest first', async () => {
    const ids = await findEntryIds(vault, { recipientOrigin: RECIPIENTS[4] });
    assert.equal(ids.length, TOTAL / RECIPIENTS.length);
    assert.equal(ids[0], TOTAL);
    assert.ok(ids.every((id) => (id - 1) % RECIPIENTS.length === 4));
  });

  it('finds one field of one recipient', async () => {
    // Recipient 1 and meaning 3 meet where i = 1 mod 5 and i = 3 mod 8, that is i = 11 mod 40.
    const ids = await findEntryIds(vault, { recipientOrigin: RECIPIENTS[1], meaning: MEANINGS[3] });
    assert.equal(ids.length, TOTAL / 40);
    assert.ok(ids.every((id) => (id - 1) % 40 === 11));
  });

  it('finds the entries of one application', async () => {
    const application = Math.floor(TOTAL / 100) - 3;
    const ids = await findEntryIds(vault, { applicationId: `app-${application}` });
    assert.deepEqual(ids, Array.from({ length: 100 }, (_, k) => (application + 1) * 100 - k));
  });

  it('opens the entries of a page of ids', async () => {
    const ids = (await findEntryIds(vault, { meaning: 'nationalId' })).slice(0, 50);
    const entries = await entriesByIds(vault, ids);
    assert.equal(entries.length, 50);
    for (const entry of entries) {
      const expected = entryAt(entry.id - 1);
      assert.equal(entry.meaning, 'nationalId');
      assert.equal(entry.value, expected.value);
      assert.equal(entry.frameOrigin, expected.frameOrigin);
    }
  });

  it('filters by text within a recipient', async () => {
    const ids = await findEntryIds(vault, { recipientOrigin: RECIPIENTS[0], text: 'VALUE-9999' });
    const expected: number[] = [];
    for (let i = TOTAL - 1; i >= 0; i -= 1) {
      if (i % RECIPIENTS.length === 0 && `value-${i}`.includes('value-9999')) expected.push(i + 1);
    }
    assert.ok(expected.length > 0);
    assert.deepEqual(ids, expected);
  });

  it('lists one recipient for the popup', async () => {
    const entries = await listDisclosures(vault, RECIPIENTS[3]);
    assert.equal(entries.length, TOTAL / RECIPIENTS.length);
    assert.equal(entries[0]?.value, `value-${TOTAL - 2}`);
  });

  it('counts recipients, fields and months', async () => {
    const overview = await historyOverview(vault);
    assert.equal(overview.total, TOTAL);
    assert.deepEqual(
      overview.recipients.map((recipient) => recipient.count),
      RECIPIENTS.map(() => TOTAL / RECIPIENTS.length),
    );
    assert.equal(overview.fields.length, MEANINGS.length);
    assert.equal(overview.fields.reduce((sum, field) => sum + field.count, 0), TOTAL);
    const charted = overview.chart.series.reduce((sum, series) => sum + series.counts.reduce((a, b) => a + b, 0), 0);
    assert.equal(charted, TOTAL);
  });
});
