// The options page rendered with happy-dom against a fake background: creating the vault, the
// recovery key, editing and saving the CV without losing unknown keys, import, tabs and deletion.
import assert from 'node:assert/strict';
import type { Cv } from '../../../src/vault/cv/model';
import { click, installDom, settle, typeInto, waitFor, type TestDom } from './dom';
import { FakeFailure, fake, installFakeBrowser, loadMessages, resetFake } from './fake-browser';

const en = loadMessages('en');

function storedCv(): Cv {
  return {
    resume: {
      basics: { name: 'Anna Lindqvist', email: 'anna@example.se', 'x-pronouns': 'hon' },
      work: [
        { name: 'Mälarenergi', position: 'Utvecklare', 'x-team': 'Nät' },
        { name: 'ABB', position: 'Praktikant' },
      ],
      'x-custom': { kept: true },
    },
    application: { driversLicence: ['B'], workAuthorisation: [], 'x-note': 'kvar' },
  };
}

describe('options page', () => {
  let dom: TestDom;
  let render: typeof import('preact').render;
  let h: typeof import('preact').h;
  let OptionsApp: typeof import('../../../options/OptionsApp').OptionsApp;

  before(async () => {
    await installFakeBrowser();
    ({ render, h } = await import('preact'));
    ({ OptionsApp } = await import('../../../options/OptionsApp'));
  });

  beforeEach(() => {
    resetFake();
    dom = installDom('chrome-extension://meritvalv-test/options.html');
  });

  afterEach(async () => {
    render(null, dom.container);
    // Let queued effect clean-ups run while the DOM still exists.
    await settle();
    await dom.close();
  });

  function query<E extends Element = HTMLElement>(selector: string): E | null {
    return dom.container.querySelector<E>(selector);
  }

  function sentOf(type: string): unknown[] {
    return fake.sent.filter((envelope) => envelope.type === type).map((envelope) => envelope.payload);
  }

  function chooseFile(input: HTMLInputElement, parts: BlobPart[], name: string, type: string): void {
    const FileClass = dom.window.File as unknown as typeof File;
    const DataTransferClass = (dom.window as unknown as { DataTransfer: typeof DataTransfer }).DataTransfer;
    const transfer = new DataTransferClass();
    transfer.items.add(new FileClass(parts, name, { type }));
    input.files = transfer.files;
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
  }

  async function openUnlocked(cv: Cv = storedCv()): Promise<void> {
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: true, autoLockMinutes: 15 });
    fake.handlers['cv.get'] = () => structuredClone(cv);
    fake.handlers['cv.save'] = () => undefined;
    render(h(OptionsApp, null), dom.container);
    await waitFor(() => query('[name="basics.name"]'));
  }

  it('rejects a short passphrase', async () => {
    fake.handlers['vault.status'] = () => ({ exists: false, unlocked: false, autoLockMinutes: 15 });
    render(h(OptionsApp, null), dom.container);
    await typeInto(await waitFor(() => query('#create-passphrase')), 'kort');
    await typeInto(query('#create-passphrase-confirm'), 'kort');
    click(query('#create-submit'));
    const error = await waitFor(() => query('#error'));
    assert.equal(error.textContent, 'The passphrase is too short: use at least 10 characters.');
    assert.deepEqual(sentOf('vault.create'), []);
  });

  it('rejects differing passphrases', async () => {
    fake.handlers['vault.status'] = () => ({ exists: false, unlocked: false, autoLockMinutes: 15 });
    render(h(OptionsApp, null), dom.container);
    await typeInto(await waitFor(() => query('#create-passphrase')), 'blå cykel på tisdag');
    await typeInto(query('#create-passphrase-confirm'), 'blå cykel på onsdag');
    click(query('#create-submit'));
    assert.equal((await waitFor(() => query('#error'))).textContent, en.passphrase_mismatch!.message);
  });

  it('creates a vault and shows the key once', async () => {
    let exists = false;
    fake.handlers['vault.status'] = () => ({ exists, unlocked: exists, autoLockMinutes: 15 });
    fake.handlers['vault.create'] = () => {
      exists = true;
      return { recoveryKey: 'ABCD-EFGH-IJKL-MNOP' };
    };
    fake.handlers['cv.get'] = () => ({ resume: { basics: {} }, application: { driversLicence: [], workAuthorisation: [] } });
    render(h(OptionsApp, null), dom.container);
    await typeInto(await waitFor(() => query('#create-passphrase')), 'blå cykel på tisdag');
    await typeInto(query('#create-passphrase-confirm'), 'blå cykel på tisdag');
    click(query('#create-submit'));
    const key = await waitFor(() => query('#recovery-key'));
    assert.equal(key.textContent, 'ABCD-EFGH-IJKL-MNOP');
    assert.deepEqual(sentOf('vault.create'), [{ passphrase: 'blå cykel på tisdag' }]);
    assert.ok(query('#recovery-print'));
    click(query('#recovery-confirm'));
    await waitFor(() => query('[name="basics.name"]'));
    assert.equal(query('#recovery-key'), null);
  });

  it('recovers with the recovery key', async () => {
    fake.handlers['vault.status'] = () => ({ exists: true, unlocked: false, autoLockMinutes: 15 });
    fake.handlers['vault.recover'] = () => {
      throw new FakeFailure({ code: 'wrongRecoveryKey', message: 'no' });
    };
    render(h(OptionsApp, null), dom.container);
    await typeInto(await waitFor(() => query('#recover-key')), ' ABCD-EFGH ');
    await typeInto(query('#recover-new-passphrase'), 'ny lång lösenfras');
    click(query('#recover-submit'));
    const error = await waitFor(() => query('#recover-error'));
    assert.equal(error.textContent, en.error_wrongRecoveryKey!.message);
    assert.deepEqual(sentOf('vault.recover'), [{ recoveryKey: 'ABCD-EFGH', newPassphrase: 'ny lång lösenfras' }]);
  });

  it('saves edits and keeps unknown keys', async () => {
    await openUnlocked();
    await typeInto(query('[name="basics.name"]'), 'Anna K. Lindqvist');
    await typeInto(query('[name="work.0.position"]'), 'Systemutvecklare');
    await typeInto(query('[name="application.personnummer"]'), '880412-1237');
    click(query('#save-cv'));
    await waitFor(() => (query('#save-status')?.getAttribute('data-state') === 'saved' ? true : null));
    const [payload] = sentOf('cv.save') as { cv: Cv }[];
    assert.equal(payload!.cv.resume.basics?.name, 'Anna K. Lindqvist');
    assert.equal(payload!.cv.resume.basics?.['x-pronouns'], 'hon');
    assert.equal(payload!.cv.resume.work?.[0]?.position, 'Systemutvecklare');
    assert.equal(payload!.cv.resume.work?.[0]?.['x-team'], 'Nät');
    assert.deepEqual(payload!.cv.resume['x-custom'], { kept: true });
    assert.equal(payload!.cv.application['x-note'], 'kvar');
    assert.equal(payload!.cv.application.personnummer, '19880412-1237');
  });

  it('blocks saving with invalid fields', async () => {
    await openUnlocked();
    await typeInto(query('[name="basics.email"]'), 'anna@');
    await typeInto(query('[name="work.1.startDate"]'), '2021-13');
    assert.equal(query('#cv-basics-email-error')?.textContent, en.invalid_email!.message);
    click(query('#save-cv'));
    await settle();
    assert.equal(query('#save-status')?.getAttribute('data-state'), 'invalid');
    assert.match(query('#save-status')?.textContent ?? '', /2 fields/);
    assert.deepEqual(sentOf('cv.save'), []);
  });

  it('shows a rejected save with its path', async () => {
    await openUnlocked();
    fake.handlers['cv.save'] = () => {
      throw new FakeFailure({ code: 'invalidCv', message: 'x', params: ['work[1].endDate', 'endBeforeStart'] });
    };
    click(query('#save-cv'));
    await waitFor(() => (query('#save-status')?.getAttribute('data-state') === 'failed' ? true : null));
    assert.match(query('#save-status')?.textContent ?? '', /work\[1\]\.endDate: the end date is before the start date/);
    assert.equal((query('[name="basics.name"]') as HTMLInputElement).value, 'Anna Lindqvist');
  });

  it('adds, moves and removes entries', async () => {
    await openUnlocked();
    click(query('#section-work-add'));
    await typeInto(await waitFor(() => query('[name="work.2.name"]')), 'Northvolt');
    click(query('#section-work-2-up'));
    await settle();
    assert.equal((query('[name="work.1.name"]') as HTMLInputElement).value, 'Northvolt');
    assert.equal((query('[name="work.2.name"]') as HTMLInputElement).value, 'ABB');
    click(query('[aria-label="Remove Job 1"]'));
    await settle();
    assert.equal((query('[name="work.0.name"]') as HTMLInputElement).value, 'Northvolt');
    assert.equal(query('[name="work.2.name"]'), null);
    click(query('#save-cv'));
    await waitFor(() => (sentOf('cv.save').length === 1 ? true : null));
    const [payload] = sentOf('cv.save') as { cv: Cv }[];
    assert.deepEqual(payload!.cv.resume.work?.map((entry) => entry.name), ['Northvolt', 'ABB']);
  });

  it('ticks driving licence categories', async () => {
    await openUnlocked();
    click(query('input[name="application.driversLicence"][value="BE"]'));
    await settle();
    click(query('#save-cv'));
    await waitFor(() => (sentOf('cv.save').length === 1 ? true : null));
    const [payload] = sentOf('cv.save') as { cv: Cv }[];
    assert.deepEqual(payload!.cv.application.driversLicence, ['B', 'BE']);
  });

  it('moves between tabs with arrow keys', async () => {
    await openUnlocked();
    const cvTab = query('#tab-cv')!;
    assert.equal(cvTab.getAttribute('aria-selected'), 'true');
    const KeyboardEventClass = dom.window.KeyboardEvent as unknown as typeof KeyboardEvent;
    cvTab.dispatchEvent(new KeyboardEventClass('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    assert.equal(query('#tab-documents')?.getAttribute('aria-selected'), 'true');
    assert.equal(query('#tab-cv')?.getAttribute('tabindex'), '-1');
    cvTab.dispatchEvent(new KeyboardEventClass('keydown', { key: 'End', bubbles: true }));
    await settle();
    assert.equal(query('#tab-settings')?.getAttribute('aria-selected'), 'true');
  });

  it('imports after showing the changes', async () => {
    await openUnlocked();
    const imported: Cv = {
      resume: { basics: { name: 'Omar Haddad' }, work: [{ name: 'Ericsson' }] },
      application: { driversLicence: [], workAuthorisation: [] },
    };
    fake.handlers['cv.importJsonResume'] = () => imported;
    click(query('#tab-import'));
    const input = await waitFor(() => query<HTMLInputElement>('#import-file'));
    chooseFile(input, ['{"basics":{"name":"Omar Haddad"}}'], 'omar.json', 'application/json');
    const apply = await waitFor(() => query('#import-apply'));
    assert.deepEqual(sentOf('cv.importJsonResume'), [{ text: '{"basics":{"name":"Omar Haddad"}}' }]);
    assert.match(query('table.changes')?.textContent ?? '', /Anna Lindqvist.*Omar Haddad/);
    click(apply);
    await waitFor(() => (query('#import-status')?.getAttribute('data-state') === 'applied' ? true : null));
    assert.deepEqual(sentOf('cv.save'), [{ cv: imported }]);
  });

  it('names the path of an import error', async () => {
    await openUnlocked();
    fake.handlers['cv.importJsonResume'] = () => {
      throw new FakeFailure({ code: 'invalidImport', message: 'x', params: ['work[2].startDate', 'invalidDate'] });
    };
    click(query('#tab-import'));
    const input = await waitFor(() => query<HTMLInputElement>('#import-file'));
    chooseFile(input, ['{}'], 'bad.json', 'application/json');
    await waitFor(() => (query('#import-status')?.getAttribute('data-state') === 'failed' ? true : null));
    assert.equal(
      query('#import-status')?.textContent,
      'The file cannot be imported. At work[2].startDate: expected a date like 2021-03-01, 2021-03 or 2021',
    );
    assert.equal(query('#import-apply'), null);
  });

  it('attaches a document as bytes', async () => {
    await openUnlocked();
    const stored: { id: string; name: string; mimeType: string; size: number; role: string; addedAt: string }[] = [];
    fake.handlers['documents.list'] = () => stored;
    fake.handlers['documents.add'] = (payload) => {
      const { name, mimeType, role } = payload as { name: string; mimeType: string; role: string };
      const info = { id: 'd1', name, mimeType, size: 5, role, addedAt: '2026-12-01T10:00:00.000Z' };
      stored.push(info);
      return info;
    };
    click(query('#tab-documents'));
    const role = await waitFor(() => query<HTMLSelectElement>('#document-role'));
    role.value = 'coverLetter';
    role.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
    await settle();
    chooseFile(query<HTMLInputElement>('#document-file')!, ['hello'], 'brev.pdf', 'application/pdf');
    await waitFor(() => query('[data-document-id="d1"]'));
    const sent = sentOf('documents.add') as { name: string; mimeType: string; role: string; bytes: Uint8Array }[];
    assert.equal(sent.length, 1);
    const { bytes, ...described } = sent[0]!;
    assert.deepEqual(described, { name: 'brev.pdf', mimeType: 'application/pdf', role: 'coverLetter' });
    assert.ok(bytes instanceof Uint8Array, `bytes is ${Object.prototype.toString.call(bytes)}`);
    assert.equal(new TextDecoder().decode(bytes), 'hello');
    assert.equal(query<HTMLSelectElement>('#document-role-d1')?.value, 'coverLetter');
  });

  it('rejects a document over 10 MB', async () => {
    await openUnlocked();
    fake.handlers['documents.list'] = () => [];
    click(query('#tab-documents'));
    const input = await waitFor(() => query<HTMLInputElement>('#document-file'));
    chooseFile(input, [new Uint8Array(10 * 1024 * 1024 + 1)], 'stor.pdf', 'application/pdf');
    const error = await waitFor(() => query('#error'));
    assert.equal(error.textContent, 'stor.pdf is larger than 10 MB. Choose a smaller file.');
    assert.deepEqual(sentOf('documents.add'), []);
  });

  it('deletes only after confirmation', async () => {
    await openUnlocked();
    fake.handlers['settings.get'] = () => ({ autoLockMinutes: 15, kdfIterations: 600000 });
    fake.handlers['vault.deleteEverything'] = () => ({ exists: false, unlocked: false, autoLockMinutes: 15 });
    click(query('#tab-settings'));
    click(await waitFor(() => query('#delete-everything')));
    const submit = await waitFor(() => query<HTMLButtonElement>('#delete-confirm-submit'));
    assert.equal(submit.disabled, true);
    click(query('#delete-confirm'));
    await settle();
    assert.equal(query<HTMLButtonElement>('#delete-confirm-submit')?.disabled, false);
    fake.handlers['vault.status'] = () => ({ exists: false, unlocked: false, autoLockMinutes: 15 });
    click(query('#delete-confirm-submit'));
    await waitFor(() => query('#create-passphrase'));
    assert.equal(sentOf('vault.deleteEverything').length, 1);
  });

  it('validates settings before saving', async () => {
    await openUnlocked();
    fake.handlers['settings.get'] = () => ({ autoLockMinutes: 15, kdfIterations: 600000 });
    fake.handlers['settings.save'] = (payload) => payload;
    click(query('#tab-settings'));
    await typeInto(await waitFor(() => query('#autolock-minutes')), '30');
    await typeInto(query('#kdf-iterations'), '1000');
    click(query('#save-settings'));
    await settle();
    assert.match(query('#settings-status')?.textContent ?? '', /at least 600000/);
    assert.deepEqual(sentOf('settings.save'), []);
    await typeInto(query('#kdf-iterations'), '900000');
    click(query('#save-settings'));
    await waitFor(() => (sentOf('settings.save').length === 1 ? true : null));
    assert.deepEqual(sentOf('settings.save'), [{ autoLockMinutes: 30, kdfIterations: 900000 }]);
  });

  it('mounts the history view', async () => {
    await openUnlocked();
    click(query('#tab-history'));
    assert.ok(await waitFor(() => query('#panel-history #history')));
  });
});
