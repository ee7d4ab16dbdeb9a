// The history view rendered with happy-dom, its requests served by the real log functions on a
// test vault: verification on open, the applications list, the virtualised timeline and tampering.
import assert from 'node:assert/strict';
import { click, installDom, settle, waitFor, type TestDom } from '../ui/dom';
import { disconnectPorts, fake, installFakeBrowser, resetFake } from '../ui/fake-browser';
import { makeTestVault, disclosure, rewriteStoredEntry, type TestVault } from './helpers';
import { appendDisclosures } from '../../../src/disclosure/log';
import { listApplications, recordApplication, updateApplication } from '../../../src/disclosure/applications';
import { entriesByIds, findEntryIds, historyOverview } from '../../../src/disclosure/query';
import { verifyStoredLog } from '../../../src/disclosure/export';
import type { ApplicationChanges } from '../../../src/disclosure/applications';
import type { HistoryFilter } from '../../../src/disclosure/query';

const ENTRIES = 300;

function serve(vault: TestVault): void {
  fake.handlers['log.verify'] = () => verifyStoredLog(vault);
  fake.handlers['log.overview'] = () => historyOverview(vault);
  fake.handlers['applications.list'] = () => listApplications(vault);
  fake.handlers['applications.update'] = (payload) => {
    const { id, changes } = payload as { id: string; changes: ApplicationChanges };
    return updateApplication(vault, id, changes);
  };
  fake.handlers['log.history'] = (payload) => findEntryIds(vault, payload as HistoryFilter).then((ids) => ({ ids }));
  fake.handlers['log.entries'] = (payload) => entriesByIds(vault, (payload as { ids: number[] }).ids);
}

describe('history view', () => {
  let dom: TestDom;
  let vault: TestVault;
  let render: typeof import('preact').render;
  let h: typeof import('preact').h;
  let HistoryView: typeof import('../../../options/history/index').HistoryView;
  let applicationId: string;

  before(async () => {
    await installFakeBrowser();
    ({ render, h } = await import('preact'));
    ({ HistoryView } = await import('../../../options/history/index'));
  });

  beforeEach(async () => {
    resetFake();
    dom = installDom('chrome-extension://meritvalv-test/options.html#history');
    vault = await makeTestVault();
    const application = await recordApplication(vault, { url: 'https://jobs.example.se/apply/123', topSite: 'https://example.se', company: 'Exempel AB', jobTitle: 'Utvecklare', documents: ['cv.pdf'] });
    applicationId = application.id;
    const entries = Array.from({ length: ENTRIES }, (_, i) =>
      disclosure({ value: `value ${i}`, applicationId, time: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString() }),
    );
    await appendDisclosures(vault, entries);
    serve(vault);
  });

  afterEach(async () => {
    render(null, dom.container);
    await settle();
    await dom.close();
    await vault.close();
  });

  function query(selector: string): HTMLElement | null {
    return dom.container.querySelector<HTMLElement>(selector);
  }

  it('verifies the log when it opens', async () => {
    render(h(HistoryView, null), dom.container);
    const status = await waitFor(() => query('#history-verify-status[data-status="intact"]'));
    assert.match(status.textContent ?? '', /The log is intact: 300 entries/);
  });

  it('lists applications first and saves a status', async () => {
    render(h(HistoryView, null), dom.container);
    const row = await waitFor(() => query(`[data-application-id="${applicationId}"]`));
    const company = row.querySelector('input') as HTMLInputElement;
    assert.equal(company.value, 'Exempel AB');
    const status = row.querySelector('select') as HTMLSelectElement;
    status.value = 'interview';
    status.dispatchEvent(new (status.ownerDocument.defaultView!.Event)('change', { bubbles: true }));
    for (let round = 0; round < 50 && (await listApplications(vault))[0]?.status !== 'interview'; round += 1) await settle(1);
    assert.equal((await listApplications(vault))[0]?.status, 'interview');
  });

  it('renders only the timeline rows in view', async () => {
    render(h(HistoryView, null), dom.container);
    click(await waitFor(() => query('#tab-history-timeline')));
    const newest = await waitFor(() => query(`[data-entry-id="${ENTRIES}"] .history-value`));
    assert.equal(newest.textContent, `value ${ENTRIES - 1}`);
    const rendered = dom.container.querySelectorAll('[data-entry-id]').length;
    assert.ok(rendered > 0);
    assert.ok(rendered < 20, `rendered ${rendered} rows`);
  });

  it('stops verifying when it closes', async () => {
    let verifying: AbortSignal | undefined;
    fake.handlers['log.verify'] = (_payload, signal) => {
      verifying = signal;
      return new Promise(() => undefined);
    };
    render(h(HistoryView, null), dom.container);
    await waitFor(() => query('#history-verify-status[data-status="pending"]'));
    await waitFor(() => verifying);
    assert.equal(verifying?.aborted, false);
    render(null, dom.container);
    assert.equal(await waitFor(() => verifying?.aborted), true);
  });

  it('shows an unfinished verification as unverified', async () => {
    fake.handlers['log.verify'] = () => new Promise(() => undefined);
    render(h(HistoryView, null), dom.container);
    await waitFor(() => fake.sent.find((envelope) => envelope.type === 'log.verify'));
    disconnectPorts();
    const status = await waitFor(() => query('#history-verify-status[data-status="unverified"]'));
    assert.doesNotMatch(status.textContent ?? '', /intact/);
    const again = query('.history-verify button') as HTMLButtonElement;
    assert.equal(again.disabled, false);
  });

  it('names the first failing entry after tampering', async () => {
    await rewriteStoredEntry(vault, 42, (entry) => ({ ...entry, value: 'changed' }));
    render(h(HistoryView, null), dom.container);
    const status = await waitFor(() => query('#history-verify-status[data-status="broken"]'));
    assert.match(status.textContent ?? '', /at entry 42: the entry's content was changed/);
  });
});
