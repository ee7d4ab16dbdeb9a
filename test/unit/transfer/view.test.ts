// The transfer view rendered with happy-dom. The fake background runs the real transfer service
// on a real test vault, so the page's chunked upload, preview, apply and download are exercised
// end to end in Node.
import assert from 'node:assert/strict';
import { AppError, type PageRequests } from '../../../src/messaging/protocol';
import { PendingTransfers } from '../../../src/transfer/pending';
import {
  applyImport,
  exportCv,
  exportLog,
  exportVault,
  listLogRecipients,
  previewImport,
} from '../../../src/transfer/service';
import { click, installDom, settle, typeInto, waitFor, type TestDom } from '../ui/dom';
import { FakeFailure, fake, installFakeBrowser, resetFake } from '../ui/fake-browser';
import { fillVault, makeVault, type TestVault } from './helpers';

type Handler = (payload: never) => unknown;

/** Serves the transfer requests from `target` the way src/background/transfer-handlers.ts does. */
function serveTransfers(target: TestVault): void {
  const pending = new PendingTransfers();
  const handlers: { [K in keyof PageRequests]?: (payload: PageRequests[K]['payload']) => unknown } = {
    'transfer.beginUpload': ({ size }) => pending.beginUpload(size),
    'transfer.uploadChunk': ({ uploadId, offset, base64 }) => pending.addChunk(uploadId, offset, base64),
    'transfer.previewImport': async ({ uploadId, passphrase }) => {
      const preview = await previewImport(target.context, pending.uploadedBytes(uploadId), passphrase);
      if (preview.status === 'needsPassphrase') return preview;
      return { status: 'ready', importId: pending.finishUpload(uploadId, preview.prepared), summary: preview.prepared.summary };
    },
    'transfer.applyImport': ({ importId, mode }) => applyImport(target.context, pending.takeImport(importId), mode),
    'transfer.export': async (form) => {
      const text = await exportVault(target.context, form.form === 'protected' ? { kind: 'protected', passphrase: form.passphrase } : { kind: 'readable' });
      return pending.addDownload(text, `meritvalv-${form.form}.json`, 'application/json');
    },
    'transfer.exportCv': async () => pending.addDownload(await exportCv(target.context), 'cv.resume.json', 'application/json'),
    'transfer.exportLog': async ({ format, recipientOrigin }) =>
      pending.addDownload(await exportLog(target.context, format, recipientOrigin), `log.${format}`, 'text/csv'),
    'transfer.listRecipients': () => listLogRecipients(target.context),
    'transfer.downloadChunk': ({ downloadId, index }) => pending.downloadChunk(downloadId, index),
  };
  for (const [type, handler] of Object.entries(handlers)) {
    fake.handlers[type as keyof PageRequests] = async (payload: unknown) => {
      try {
        return await (handler as Handler)(payload as never);
      } catch (error) {
        if (error instanceof AppError) throw new FakeFailure(error.toWire());
        throw error;
      }
    };
  }
}

describe('transfer view', () => {
  let dom: TestDom;
  let render: typeof import('preact').render;
  let h: typeof import('preact').h;
  let TransferView: typeof import('../../../options/transfer/TransferView').TransferView;
  let source: TestVault;
  let target: TestVault;
  let saved: { blob: Blob; fileName: string }[];
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  before(async () => {
    await installFakeBrowser();
    // The shared fake has no runtime.onMessage; the view listens there for progress notices.
    const { default: browser } = await import('../../../src/platform/browser');
    const runtime = browser.runtime as unknown as Record<string, unknown>;
    runtime.onMessage ??= { addListener: () => undefined, removeListener: () => undefined };
    ({ render, h } = await import('preact'));
    ({ TransferView } = await import('../../../options/transfer/TransferView'));
  });

  beforeEach(async () => {
    resetFake();
    dom = installDom('chrome-extension://meritvalv-test/options.html');
    source = await makeVault();
    target = await makeVault();
    await fillVault(source.vault);
    serveTransfers(target);
    saved = [];
    let pendingBlob: Blob | null = null;
    URL.createObjectURL = (blob: Blob) => {
      pendingBlob = blob;
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const AnchorClass = dom.window.HTMLAnchorElement as unknown as typeof HTMLAnchorElement;
    AnchorClass.prototype.click = function click(this: HTMLAnchorElement) {
      if (pendingBlob) saved.push({ blob: pendingBlob, fileName: this.download });
    };
  });

  afterEach(async () => {
    render(null, dom.container);
    await settle();
    await dom.close();
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    await source.close();
    await target.close();
  });

  function query<E extends Element = HTMLElement>(selector: string): E | null {
    return dom.container.querySelector<E>(selector);
  }

  function chooseFile(input: HTMLInputElement, text: string, name: string): void {
    const FileClass = dom.window.File as unknown as typeof File;
    const DataTransferClass = (dom.window as unknown as { DataTransfer: typeof DataTransfer }).DataTransfer;
    const transfer = new DataTransferClass();
    transfer.items.add(new FileClass([text], name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
  }

  async function statusIs(state: string): Promise<HTMLElement> {
    return waitFor(() => {
      const status = query('#transfer-status');
      return status?.getAttribute('data-state') === state ? status : null;
    }, 2000);
  }

  it('renders every stable control', async () => {
    render(h(TransferView, null), dom.container);
    await settle();
    for (const selector of ['#transfer', '#export-readable', '#export-protected', '#export-passphrase', '#import-vault-file', '#transfer-status']) {
      assert.ok(query(selector), `${selector} is missing`);
    }
    assert.match(query('#export-readable-warning')?.textContent ?? '', /not encrypted/);
  });

  it('imports a readable export by replace', async () => {
    const text = await exportVault(source.context, { kind: 'readable' });
    render(h(TransferView, null), dom.container);
    chooseFile(await waitFor(() => query<HTMLInputElement>('#import-vault-file')), text, 'backup.json');

    const apply = await waitFor(() => query('#import-vault-apply'), 2000);
    assert.match(query('#import-summary')?.textContent ?? '', /Work/);
    click(query('#import-mode-replace'));
    await settle();
    click(apply);
    await waitFor(() => (query('#import-vault-apply') === null ? true : null), 2000);
    const status = await statusIs('done');
    assert.match(status.textContent ?? '', /now holds the file/);

    assert.equal((await target.vault.readCv()).resume.basics?.name, 'Anna Lindqvist');
    assert.equal((await target.vault.listDocuments()).length, 2);
  });

  it('asks for the passphrase of a protected file', async () => {
    const text = await exportVault(source.context, { kind: 'protected', passphrase: 'another passphrase' });
    render(h(TransferView, null), dom.container);
    chooseFile(await waitFor(() => query<HTMLInputElement>('#import-vault-file')), text, 'backup.json');

    const passphrase = await waitFor(() => query('#import-passphrase'), 2000);
    await typeInto(passphrase, 'wrong passphrase');
    click(query('#import-passphrase-submit'));
    const failed = await statusIs('failed');
    assert.match(failed.textContent ?? '', /passphrase/i);

    await typeInto(query('#import-passphrase'), 'another passphrase');
    click(query('#import-passphrase-submit'));
    await waitFor(() => query('#import-vault-apply'), 2000);
    assert.match(query('#import-summary')?.textContent ?? '', /signing key/);
  });

  it('names the path of an invalid file', async () => {
    const text = (await exportVault(source.context, { kind: 'readable' })).replace('"2017-08-14"', '"14 aug 2017"');
    render(h(TransferView, null), dom.container);
    chooseFile(await waitFor(() => query<HTMLInputElement>('#import-vault-file')), text, 'broken.json');

    const failed = await statusIs('failed');
    assert.match(failed.textContent ?? '', /cv\.work\[1\]\.startDate/);
    assert.equal(query('#import-vault-apply'), null);
  });

  it('downloads a readable export', async () => {
    await fillVault(target.vault);
    render(h(TransferView, null), dom.container);
    click(await waitFor(() => query('#export-readable')));
    await statusIs('done');

    assert.equal(saved.length, 1);
    assert.equal(saved[0]?.fileName, 'meritvalv-readable.json');
    const exported = JSON.parse(await saved[0]!.blob.text()) as { format: string };
    assert.equal(exported.format, 'meritvalv-export');
  });

  it('exports protected only with matching passphrases', async () => {
    render(h(TransferView, null), dom.container);
    const button = await waitFor(() => query<HTMLButtonElement>('#export-protected'));
    await typeInto(query('#export-passphrase'), 'another passphrase');
    await typeInto(query('#export-passphrase-confirm'), 'another passphrasE');
    assert.equal(button.disabled, true);

    await typeInto(query('#export-passphrase-confirm'), 'another passphrase');
    assert.equal(button.disabled, false);
    click(button);
    await statusIs('done');
    const exported = JSON.parse(await saved[0]!.blob.text()) as { format: string };
    assert.equal(exported.format, 'meritvalv-export-protected');
  });

  it('exports one recipient as CSV', async () => {
    await fillVault(target.vault);
    render(h(TransferView, null), dom.container);
    const select = await waitFor(() => {
      const element = query<HTMLSelectElement>('#export-log-recipient');
      return element && element.options.length > 1 ? element : null;
    }, 2000);
    select.value = 'https://ats.example.com';
    select.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
    await settle();
    click(query('#export-log-csv'));
    await statusIs('done');

    const csv = await saved[0]!.blob.text();
    assert.equal(csv.trimEnd().split('\r\n').length, 3);
  });
});
