import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { appendDisclosures, deleteEntries, listDisclosures } from '../../../src/disclosure/log';
import { exportLog, verifyStoredLog, verifyStoredLogOnce } from '../../../src/disclosure/export';
import { sealLogImport } from '../../../src/disclosure/import';
import { historyOverview } from '../../../src/disclosure/query';
import { listApplications, recordApplication, type Application } from '../../../src/disclosure/applications';
import type { RecipientInfo } from '../../../src/disclosure/recipients';
import { AppError } from '../../../src/messaging/protocol';

const TEAMTAILOR = 'https://example.teamtailor.com';
const VARBI = 'https://example.varbi.com';

/** Three entries to Teamtailor in March and two to Varbi in April 2026. */
async function fillTwoMonths(vault: TestVault): Promise<void> {
  await appendDisclosures(vault, [
    disclosure({ time: '2026-03-02T10:00:00.000Z' }),
    disclosure({ time: '2026-03-02T10:00:00.000Z', meaning: 'phone', value: '070-123 45 67' }),
    disclosure({ time: '2026-03-20T09:00:00.000Z', meaning: 'name.given', value: 'Anna' }),
  ]);
  await appendDisclosures(vault, [
    disclosure({ time: '2026-04-01T08:00:00.000Z', frameOrigin: VARBI }),
    disclosure({ time: '2026-04-01T08:00:00.000Z', frameOrigin: VARBI, meaning: 'phone', value: '070-123 45 67' }),
  ]);
}

function countsOf(overview: Awaited<ReturnType<typeof historyOverview>>): Record<string, number> {
  return Object.fromEntries(overview.recipients.map((recipient) => [recipient.origin, recipient.count]));
}

function fieldsOf(overview: Awaited<ReturnType<typeof historyOverview>>): Record<string, [number, string]> {
  return Object.fromEntries(overview.fields.map((field) => [field.meaning, [field.count, field.lastAt]]));
}

function chartOf(overview: Awaited<ReturnType<typeof historyOverview>>): Record<string, number[]> {
  return Object.fromEntries(overview.chart.series.map((series) => [series.origin, series.counts]));
}

describe('history overview counts', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    await fillTwoMonths(vault);
  });

  afterEach(() => vault.close());

  it('counts per recipient and month', async () => {
    const overview = await historyOverview(vault);
    assert.equal(overview.total, 5);
    assert.deepEqual(countsOf(overview), { [TEAMTAILOR]: 3, [VARBI]: 2 });
    assert.deepEqual(overview.chart.months, ['2026-03', '2026-04']);
    assert.deepEqual(chartOf(overview), { [TEAMTAILOR]: [3, 0], [VARBI]: [0, 2] });
    assert.deepEqual(fieldsOf(overview), {
      email: [2, '2026-04-01T08:00:00.000Z'],
      phone: [2, '2026-04-01T08:00:00.000Z'],
      'name.given': [1, '2026-03-20T09:00:00.000Z'],
    });
  });

  it('counts again after a deletion', async () => {
    await deleteEntries(vault, [1, 4]);
    const overview = await historyOverview(vault);
    assert.deepEqual(countsOf(overview), { [TEAMTAILOR]: 2, [VARBI]: 1 });
    assert.deepEqual(chartOf(overview), { [TEAMTAILOR]: [2, 0], [VARBI]: [0, 1] });
    assert.deepEqual(fieldsOf(overview), {
      phone: [2, '2026-04-01T08:00:00.000Z'],
      'name.given': [1, '2026-03-20T09:00:00.000Z'],
    });
    assert.equal(overview.total, 3);
  });

  it('counts rows without counts from the index', async () => {
    for (const row of await vault.db.recipients.toArray()) {
      const { monthly: _monthly, byMeaning: _byMeaning, ...info } = await vault.openJson<RecipientInfo>(row.sealed);
      await vault.db.recipients.put({ recipientHash: row.recipientHash, sealed: await vault.sealJson(info) });
    }
    const overview = await historyOverview(vault);
    assert.equal(overview.total, 5);
    assert.deepEqual(countsOf(overview), { [TEAMTAILOR]: 3, [VARBI]: 2 });
    assert.deepEqual(chartOf(overview), { [TEAMTAILOR]: [3, 0], [VARBI]: [0, 2] });
    assert.deepEqual(fieldsOf(overview).phone, [2, '2026-04-01T08:00:00.000Z']);
  });

  it('leaves counts out of the export', async () => {
    const exported = await exportLog(vault);
    assert.equal(exported.recipients?.length, 2);
    for (const recipient of exported.recipients ?? []) {
      assert.equal('monthly' in recipient, false);
      assert.equal('byMeaning' in recipient, false);
    }
  });
});

describe('log append after the log is replaced', () => {
  let vault: TestVault;
  let source: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    source = await makeTestVault();
  });

  afterEach(async () => {
    await vault.close();
    await source.close();
  });

  it('chains onto the imported head', async () => {
    await fillTwoMonths(vault);
    await appendDisclosures(source, [disclosure(), disclosure({ meaning: 'phone', value: '070-765 43 21' })]);

    // Replace the log as a vault import does: new rows and the source's device key.
    const rows = await sealLogImport(vault, await exportLog(source));
    await vault.db.disclosures.clear();
    await vault.db.disclosureBlocks.clear();
    await vault.db.logRecords.clear();
    await vault.db.recipients.clear();
    await vault.db.disclosures.bulkAdd(rows.disclosures);
    await vault.db.disclosureBlocks.bulkAdd(rows.disclosureBlocks);
    await vault.db.logRecords.bulkAdd(rows.logRecords);
    await vault.db.recipients.bulkAdd(rows.recipients);
    vault.deviceKey = source.deviceKey;

    await appendDisclosures(vault, [disclosure({ time: '2026-05-01T08:00:00.000Z' })]);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'intact', report.failure?.detail);
    assert.equal(report.entriesChecked, 3);
    assert.deepEqual(countsOf(await historyOverview(vault)), { [TEAMTAILOR]: 3 });
  });

  it('signs with a replaced key, which verification reports', async () => {
    await fillTwoMonths(vault);
    vault.deviceKey = source.deviceKey;
    await appendDisclosures(vault, [disclosure({ time: '2026-05-01T08:00:00.000Z' })]);
    const report = await verifyStoredLog(vault);
    assert.equal(report.status, 'broken');
    assert.equal(report.failure?.reason, 'keyNotTrusted');
  });
});

describe('recent application lookup', () => {
  const PAGE = { url: 'https://jobs.example.se/apply/123', topSite: 'https://example.se', company: 'Exempel AB', documents: [] };
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
  });

  afterEach(() => vault.close());

  it('joins an application replaced by an import', async () => {
    await recordApplication(vault, PAGE, new Date('2026-03-01T10:00:00Z'));
    const imported: Application = {
      id: 'imported-1',
      company: 'Importerad AB',
      jobTitle: '',
      url: PAGE.url,
      topSite: PAGE.topSite,
      createdAt: '2026-03-01T10:01:00.000Z',
      updatedAt: '2026-03-01T10:01:00.000Z',
      documents: [],
      status: 'sent',
    };
    await vault.db.applications.clear();
    await vault.db.applications.add({ id: imported.id, time: Date.parse(imported.updatedAt), sealed: await vault.sealJson(imported) });

    const joined = await recordApplication(vault, PAGE, new Date('2026-03-01T10:05:00Z'));
    assert.equal(joined.id, imported.id);
    assert.equal((await listApplications(vault)).length, 1);
  });

  it('keeps separate pages apart', async () => {
    const first = await recordApplication(vault, PAGE, new Date('2026-03-01T10:00:00Z'));
    const other = await recordApplication(vault, { ...PAGE, url: 'https://jobs.example.se/apply/456' }, new Date('2026-03-01T10:01:00Z'));
    const again = await recordApplication(vault, PAGE, new Date('2026-03-01T10:02:00Z'));
    assert.notEqual(other.id, first.id);
    assert.equal(again.id, first.id);
    assert.equal((await listApplications(vault)).length, 2);
  });
});

describe('log list limit', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    await fillTwoMonths(vault);
  });

  afterEach(() => vault.close());

  it('lists up to the limit', async () => {
    assert.equal((await listDisclosures(vault, undefined, 5)).length, 5);
    assert.equal((await listDisclosures(vault, TEAMTAILOR, 3)).length, 3);
  });

  it('rejects more entries than the limit', async () => {
    await assert.rejects(listDisclosures(vault, undefined, 4), (error: unknown) => error instanceof AppError && error.code === 'invalidRequest');
    await assert.rejects(listDisclosures(vault, VARBI, 1), (error: unknown) => error instanceof AppError && error.code === 'invalidRequest');
  });
});

describe('verification in progress', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    await fillTwoMonths(vault);
  });

  afterEach(() => vault.close());

  it('joins a verification with no write since', async () => {
    const first = verifyStoredLogOnce(vault);
    const second = verifyStoredLogOnce(vault);
    assert.equal(second, first);
    assert.equal((await first).status, 'intact');
  });

  it('starts anew after a log write', async () => {
    const first = verifyStoredLogOnce(vault);
    const appended = appendDisclosures(vault, [disclosure({ time: '2026-05-01T08:00:00.000Z' })]);
    const second = verifyStoredLogOnce(vault);
    assert.notEqual(second, first);
    await appended;
    assert.equal((await verifyStoredLogOnce(vault)).entriesChecked, 6);
    await Promise.all([first, second]);
  });
});
