import assert from 'node:assert/strict';
import { applyImport, exportCv, previewImport } from '../../../src/transfer/service';
import { bytesOf, makeVault, readSample, snapshotDb, type TestVault } from './helpers';

async function importResume(target: TestVault, text: string, mode: 'replace' | 'merge'): Promise<void> {
  const preview = await previewImport(target.context, bytesOf(text));
  assert.equal(preview.status, 'ready');
  if (preview.status !== 'ready') return;
  assert.equal(preview.prepared.summary.kind, 'jsonResume');
  await applyImport(target.context, preview.prepared, mode);
}

describe('transfer JSON Resume import', () => {
  let target: TestVault;

  beforeEach(async () => {
    target = await makeVault();
  });

  afterEach(async () => {
    await target.close();
  });

  it('imports the Swedish sample with its application facts', async () => {
    await importResume(target, readSample('anna-lindqvist.resume.json'), 'replace');
    const cv = await target.vault.readCv();

    assert.equal(cv.resume.basics?.name, 'Anna Lindqvist');
    assert.equal(cv.resume.basics?.location?.city, 'Västerås');
    assert.equal(cv.resume.work?.length, 2);
    assert.equal(cv.application.givenName, 'Anna');
    assert.equal(cv.application.personnummer, '19880412-1237');
    assert.deepEqual(cv.application.driversLicence, ['B']);
    assert.equal(cv.application.salaryExpectation?.amount, 52000);
    assert.equal(cv.resume['x-application'], undefined);
  });

  it('imports the English sample', async () => {
    await importResume(target, readSample('omar-haddad.resume.json'), 'replace');
    const cv = await target.vault.readCv();

    assert.equal(cv.application.familyName, 'Haddad-Ek');
    assert.equal(cv.application.personnummer, undefined);
    assert.deepEqual(cv.application.driversLicence, []);
    const us = cv.application.workAuthorisation.find((entry) => entry.country === 'US');
    assert.equal(us?.needsSponsorship, true);
    assert.equal(cv.resume.education?.length, 2);
  });

  it('exports the CV as JSON Resume with x-application', async () => {
    const original = JSON.parse(readSample('anna-lindqvist.resume.json')) as Record<string, unknown>;
    await importResume(target, readSample('anna-lindqvist.resume.json'), 'replace');
    const exported = JSON.parse(await exportCv(target.context)) as Record<string, unknown>;

    assert.deepEqual(exported, original);
  });

  it('merges a second CV without losing entries', async () => {
    await importResume(target, readSample('anna-lindqvist.resume.json'), 'replace');
    await importResume(target, readSample('omar-haddad.resume.json'), 'merge');
    const cv = await target.vault.readCv();

    assert.equal(cv.resume.basics?.name, 'Anna Lindqvist');
    assert.equal(cv.resume.work?.length, 4);
    assert.equal(cv.application.givenName, 'Anna');
    const countries = cv.application.workAuthorisation.map((entry) => entry.country);
    assert.deepEqual(countries, ['SE', 'EU', 'US']);
  });

  it('rejects an invalid sample with its path and keeps the CV', async () => {
    await importResume(target, readSample('anna-lindqvist.resume.json'), 'replace');
    const before = await snapshotDb(target.vault);
    const broken = readSample('omar-haddad.resume.json').replace('"2019-06-01"', '"June 2019"');

    await assert.rejects(previewImport(target.context, bytesOf(broken)), (error: { code?: string; params?: string[] }) => {
      assert.equal(error.code, 'invalidImport');
      assert.deepEqual(error.params?.slice(0, 2), ['work[1].startDate', 'invalidDate']);
      return true;
    });
    assert.equal(await snapshotDb(target.vault), before);
  });

  it('leaves documents and log alone on replace', async () => {
    await target.vault.addDocument({ name: 'cv.pdf', mimeType: 'application/pdf', role: 'cv', bytes: bytesOf('%PDF') });
    await importResume(target, readSample('omar-haddad.resume.json'), 'replace');

    assert.equal((await target.vault.listDocuments()).length, 1);
  });
});
