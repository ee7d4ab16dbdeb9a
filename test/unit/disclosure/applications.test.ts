import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { listApplications, recordApplication, updateApplication } from '../../../src/disclosure/applications';
import { appendDisclosures } from '../../../src/disclosure/log';
import { listRecipients, setController } from '../../../src/disclosure/recipients';

const PAGE = { url: 'https://jobs.example.se/apply/123?step=1', topSite: 'https://example.se', company: 'Exempel AB', jobTitle: 'Utvecklare', documents: ['cv.pdf'] };

describe('applications', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
  });

  afterEach(() => vault.close());

  it('joins a later step of the same page', async () => {
    const first = await recordApplication(vault, PAGE, new Date('2026-03-01T10:00:00Z'));
    const second = await recordApplication(vault, { ...PAGE, url: 'https://jobs.example.se/apply/123?step=2', documents: ['brev.pdf'] }, new Date('2026-03-01T10:05:00Z'));
    assert.equal(second.id, first.id);
    assert.deepEqual(second.documents, ['cv.pdf', 'brev.pdf']);
    assert.equal((await listApplications(vault)).length, 1);
  });

  it('starts a new application a day later', async () => {
    await recordApplication(vault, PAGE, new Date('2026-03-01T10:00:00Z'));
    await recordApplication(vault, PAGE, new Date('2026-03-02T11:00:00Z'));
    assert.equal((await listApplications(vault)).length, 2);
  });

  it('saves the company, title and status the person sets', async () => {
    const application = await recordApplication(vault, PAGE);
    const updated = await updateApplication(vault, application.id, { company: '  Annat AB ', jobTitle: 'Arkitekt', status: 'offer' });
    assert.equal(updated.company, 'Annat AB');
    assert.equal(updated.jobTitle, 'Arkitekt');
    assert.equal(updated.status, 'offer');
    assert.deepEqual((await listApplications(vault))[0], updated);
  });

  it('rejects an unknown status, an empty company and an unknown id', async () => {
    const application = await recordApplication(vault, PAGE);
    await assert.rejects(updateApplication(vault, application.id, { status: 'hired' as never }), /Unknown application status hired/);
    await assert.rejects(updateApplication(vault, application.id, { company: '  ' }), /must not be empty/);
    await assert.rejects(updateApplication(vault, 'missing', { status: 'sent' }), /No application has id missing/);
    assert.equal((await listApplications(vault))[0]?.status, 'sent');
  });
});

describe('recipients', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeTestVault();
    await appendDisclosures(vault, [disclosure({ time: '2026-03-01T10:00:00.000Z' }), disclosure({ time: '2026-03-04T10:00:00.000Z' })]);
  });

  afterEach(() => vault.close());

  it('records first and last disclosure times', async () => {
    const [recipient] = await listRecipients(vault);
    assert.equal(recipient?.origin, 'https://example.teamtailor.com');
    assert.equal(recipient?.firstAt, '2026-03-01T10:00:00.000Z');
    assert.equal(recipient?.lastAt, '2026-03-04T10:00:00.000Z');
    assert.equal(recipient?.controller, '');
  });

  it('keeps the controller across later fills', async () => {
    await setController(vault, 'https://example.teamtailor.com', { controller: 'Exempel AB', contact: 'dpo@exempel.se' });
    await appendDisclosures(vault, [disclosure({ time: '2026-03-09T10:00:00.000Z' })]);
    const [recipient] = await listRecipients(vault);
    assert.equal(recipient?.controller, 'Exempel AB');
    assert.equal(recipient?.contact, 'dpo@exempel.se');
    assert.equal(recipient?.lastAt, '2026-03-09T10:00:00.000Z');
  });

  it('rejects a policy URL that is not http(s) and an unknown origin', async () => {
    await assert.rejects(setController(vault, 'https://example.teamtailor.com', { controller: 'X', policyUrl: 'javascript:alert(1)' }), /must start with http/);
    await assert.rejects(setController(vault, 'https://nobody.example', { controller: 'X' }), /No disclosures to https:\/\/nobody.example/);
  });
});
