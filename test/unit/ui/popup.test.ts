// The popup rendered with happy-dom against a fake background: lock states, the consent
// preview's grouping and defaults, editing, filling, undo and frame access.
import assert from 'node:assert/strict';
import type { Preview } from '../../../src/messaging/protocol';
import { click, installDom, settle, typeInto, waitFor, type TestDom } from './dom';
import { FakeFailure, deliverMessage, fake, installFakeBrowser, loadMessages, resetFake } from './fake-browser';

const en = loadMessages('en');

function samplePreview(): Preview {
  return {
    previewId: 'p1',
    tabId: 7,
    tabUrl: 'https://jobs.example.se/apply',
    topSite: 'https://example.se',
    pageTitle: 'Apply',
    jobTitle: 'Systemutvecklare',
    company: 'Exempel AB',
    groups: [
      {
        frameOrigin: 'https://jobs.example.se',
        actionOrigin: 'https://jobs.example.se',
        isThirdParty: false,
        isSecure: true,
        previouslyReceived: [{ meaning: 'email', lastAt: '2026-11-03T10:00:00.000Z' }],
        rows: [
          { rowId: 'r-email', frameId: 0, fieldId: 'f1', meaning: 'email', label: 'E-post', widget: 'text', value: { kind: 'text', text: 'anna@example.se' }, display: 'anna@example.se', checked: true, sensitive: false },
          { rowId: 'r-pnr', frameId: 0, fieldId: 'f2', meaning: 'nationalId', label: 'Personnummer', widget: 'text', value: { kind: 'text', text: '19880412-1237' }, display: '19880412-1237', checked: true, sensitive: true },
          { rowId: 'r-country', frameId: 0, fieldId: 'f3', meaning: 'address.country', label: 'Land', widget: 'select', value: { kind: 'option', match: ['SE', 'Sverige'] }, display: 'Sverige', checked: true, sensitive: false },
        ],
      },
      {
        frameOrigin: 'http://ats.example.com',
        actionOrigin: null,
        isThirdParty: true,
        isSecure: false,
        previouslyReceived: [],
        rows: [
          { rowId: 'r-github', frameId: 3, fieldId: 'g1', meaning: 'github', label: 'GitHub', widget: 'text', value: null, display: '', checked: false, sensitive: false },
          { rowId: 'r-phone', frameId: 3, fieldId: 'g2', meaning: 'phone', label: 'Phone', widget: 'text', value: { kind: 'text', text: '070-123 45 67' }, display: '070-123 45 67', checked: true, sensitive: false },
        ],
      },
    ],
    blockedFrames: [{ frameId: 9, origin: 'https://embed.example.net' }],
  };
}

describe('popup', () => {
  let dom: TestDom;
  let render: typeof import('preact').render;
  let h: typeof import('preact').h;
  let Popup: typeof import('../../../popup/Popup').Popup;

  before(async () => {
    await installFakeBrowser();
    ({ render, h } = await import('preact'));
    ({ Popup } = await import('../../../popup/Popup'));
  });

  beforeEach(() => {
    resetFake();
    dom = installDom('chrome-extension://meritvalv-test/popup.html?tabId=7');
  });

  afterEach(async () => {
    render(null, dom.container);
    // Let queued effect clean-ups run while the DOM still exists.
    await settle();
    await dom.close();
  });

  function query(selector: string): HTMLElement | null {
    return dom.container.querySelector<HTMLElement>(selector);
  }

  function showUnlocked(preview: Preview = samplePreview()): void {
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: true, autoLockMinutes: 15 });
    fake.handlers['fill.preview'] = () => preview;
    render(h(Popup, null), dom.container);
  }

  it('links to options without a vault', async () => {
    fake.handlers['vault.status'] = () => ({ exists: false, unlocked: false, autoLockMinutes: 15 });
    render(h(Popup, null), dom.container);
    click(await waitFor(() => query('#create-vault')));
    await settle();
    assert.equal(fake.optionsOpened, 1);
    assert.equal(query('#unlock-passphrase'), null);
  });

  it('keeps the passphrase after a wrong one', async () => {
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: false, autoLockMinutes: 15 });
    fake.handlers['vault.unlock'] = () => {
      throw new FakeFailure({ code: 'wrongPassphrase', message: 'wrong' });
    };
    render(h(Popup, null), dom.container);
    await typeInto(await waitFor(() => query('#unlock-passphrase')), 'fel lösenfras');
    click(query('#unlock-submit'));
    const error = await waitFor(() => query('#error'));
    assert.equal(error.textContent, en.error_wrongPassphrase!.message);
    assert.equal((query('#unlock-passphrase') as HTMLInputElement).value, 'fel lösenfras');
  });

  it('unlocks and loads the preview', async () => {
    let unlocked = false;
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked, autoLockMinutes: 15 });
    fake.handlers['vault.unlock'] = (payload) => {
      assert.deepEqual(payload, { passphrase: 'rätt lösenfras' });
      unlocked = true;
      return { exists: true, unlocked: true, autoLockMinutes: 15 };
    };
    fake.handlers['fill.preview'] = () => samplePreview();
    render(h(Popup, null), dom.container);
    await typeInto(await waitFor(() => query('#unlock-passphrase')), 'rätt lösenfras');
    click(query('#unlock-submit'));
    await waitFor(() => query('#preview'));
    assert.ok(query('#lock-button'));
  });

  it('previews the tab from the query', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const request = fake.sent.find((envelope) => envelope.type === 'fill.preview');
    assert.deepEqual(request?.payload, { tabId: 7 });
  });

  it('groups rows by recipient', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const groups = [...dom.container.querySelectorAll('[data-recipient]')].map((group) => group.getAttribute('data-recipient'));
    assert.deepEqual(groups, ['https://jobs.example.se', 'http://ats.example.com']);
    const first = query('[data-recipient="https://jobs.example.se"]')!;
    assert.deepEqual([...first.querySelectorAll('[data-row-id]')].map((row) => row.getAttribute('data-row-id')), ['r-email', 'r-pnr', 'r-country']);
  });

  it('warns about insecure third parties', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const second = query('[data-recipient="http://ats.example.com"]')!;
    assert.ok(second.querySelector('[data-warning="insecure"]'));
    assert.ok(second.querySelector('[data-warning="thirdParty"]'));
    assert.match(second.textContent ?? '', /Sent by the page's script/);
    const first = query('[data-recipient="https://jobs.example.se"]')!;
    assert.equal(first.querySelector('[data-warning]'), null);
  });

  it('leaves sensitive rows unticked', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const pnr = query('[data-row-id="r-pnr"]')!;
    assert.equal((pnr.querySelector('input.row-include') as HTMLInputElement).checked, false);
    assert.match(pnr.textContent ?? '', /Sensitive/);
    assert.equal((query('[data-row-id="r-email"] input.row-include') as HTMLInputElement).checked, true);
  });

  it('disables rows missing in the vault', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const github = query('[data-row-id="r-github"]')!;
    const box = github.querySelector('input.row-include') as HTMLInputElement;
    assert.equal(box.disabled, true);
    assert.equal(box.checked, false);
    assert.match(github.textContent ?? '', /Missing in your vault/);
    assert.equal(github.querySelector('input.row-value'), null);
  });

  it('shows option values as text', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const country = query('[data-row-id="r-country"]')!;
    assert.equal(country.querySelector('input.row-value'), null);
    assert.match(country.textContent ?? '', /Sverige/);
    assert.match(country.textContent ?? '', /Country/);
  });

  it('shows what the recipient received before', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    assert.match(query('[data-row-id="r-email"]')!.textContent ?? '', /Received before/);
  });

  it('fills approved and edited values', async () => {
    showUnlocked();
    fake.handlers['fill.apply'] = () => ({
      rows: [
        { rowId: 'r-email', status: 'filled' },
        { rowId: 'r-country', status: 'notStuck' },
        { rowId: 'r-phone', status: 'skipped', reason: 'hidden' },
      ],
      logged: 1,
    });
    fake.handlers['fill.undo'] = () => ({ restored: 1 });
    await waitFor(() => query('#preview'));
    await typeInto(query('[data-row-id="r-email"] input.row-value'), 'anna.lindqvist@example.se');
    await settle();
    click(query('#fill-button'));
    await waitFor(() => query('#fill-report'));

    const apply = fake.sent.find((envelope) => envelope.type === 'fill.apply');
    assert.deepEqual(apply?.payload, {
      previewId: 'p1',
      approvals: [
        { rowId: 'r-email', value: { kind: 'text', text: 'anna.lindqvist@example.se' } },
        { rowId: 'r-country', value: { kind: 'option', match: ['SE', 'Sverige'] } },
        { rowId: 'r-phone', value: { kind: 'text', text: '070-123 45 67' } },
      ],
    });
    assert.equal(query('[data-report-row="r-email"]')?.getAttribute('data-status'), 'filled');
    assert.match(query('[data-report-row="r-country"][data-status="notStuck"]')?.textContent ?? '', /type it yourself/);
    assert.match(query('[data-report-row="r-phone"][data-status="skipped"]')?.textContent ?? '', /not visible/);

    click(query('#undo-button'));
    await waitFor(() => (query('#undo-button') ? null : query('.undone')));
    const undo = fake.sent.find((envelope) => envelope.type === 'fill.undo');
    assert.deepEqual(undo?.payload, { tabId: 7 });
  });

  it('disables Fill with nothing ticked', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    for (const id of ['r-email', 'r-country', 'r-phone']) {
      click(query(`[data-row-id="${id}"] input.row-include`));
      await settle(1);
    }
    await settle();
    assert.equal((query('#fill-button') as HTMLButtonElement).disabled, true);
  });

  it('asks for frame access, then rescans', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    click(query('[data-blocked-origin="https://embed.example.net"] button'));
    await settle();
    assert.deepEqual(fake.permissionRequests, [{ origins: ['https://embed.example.net/*'] }]);
    await waitFor(() => (fake.sent.filter((envelope) => envelope.type === 'fill.preview').length === 2 ? true : null));
  });

  it('rescans on Refresh', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    click(query('#refresh-preview'));
    await waitFor(() => (fake.sent.filter((envelope) => envelope.type === 'fill.preview').length === 2 ? query('#preview') : null));
  });

  it('tells when the page changed', async () => {
    showUnlocked();
    await waitFor(() => query('#preview'));
    const previewed = fake.sent.find((envelope) => envelope.type === 'fill.preview')?.payload as { tabId: number };
    deliverMessage({ type: 'popup.fieldsChanged', tabId: previewed.tabId + 1 });
    await settle();
    assert.equal(query('#page-changed'), null);
    deliverMessage({ type: 'popup.fieldsChanged', tabId: previewed.tabId });
    await waitFor(() => query('#page-changed'));
    assert.ok(query('[data-row-id]'), 'the preview stays until the person scans again');
    click(query('#refresh-preview'));
    await waitFor(() => (query('#page-changed') === null ? query('#preview') : null));
  });

  it('shows a translated preview error', async () => {
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: true, autoLockMinutes: 15 });
    fake.handlers['fill.preview'] = () => {
      throw new FakeFailure({ code: 'pageNotSupported', message: 'chrome://' });
    };
    render(h(Popup, null), dom.container);
    const error = await waitFor(() => query('#error'));
    assert.equal(error.textContent, en.error_pageNotSupported!.message);
  });

  it('returns to unlock when locked meanwhile', async () => {
    let unlocked = true;
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked, autoLockMinutes: 15 });
    fake.handlers['fill.preview'] = () => {
      unlocked = false;
      throw new FakeFailure({ code: 'vaultLocked', message: 'locked' });
    };
    render(h(Popup, null), dom.container);
    await waitFor(() => query('#unlock-passphrase'));
    assert.equal(query('#preview'), null);
    assert.equal(query('#lock-button'), null);
  });

  it('rescans when the preview expired', async () => {
    showUnlocked();
    fake.handlers['fill.apply'] = () => {
      throw new FakeFailure({ code: 'previewExpired', message: 'expired' });
    };
    await waitFor(() => query('#preview'));
    click(query('#fill-button'));
    const error = await waitFor(() => query('#error'));
    assert.equal(error.textContent, en.error_previewExpired!.message);
    assert.equal(fake.sent.filter((envelope) => envelope.type === 'fill.preview').length, 2);
    assert.ok(query('#preview'));
    assert.equal(query('#fill-report'), null);
  });

  it('speaks Swedish in a Swedish browser', async () => {
    fake.locale = 'sv';
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: false, autoLockMinutes: 15 });
    render(h(Popup, null), dom.container);
    await waitFor(() => query('#unlock-submit'));
    assert.equal(query('#unlock-submit')?.textContent, 'Lås upp');
  });
});
