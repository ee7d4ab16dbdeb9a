// Drives the extension's own pages the way a person does: the options page to create, unlock and
// fill the vault, the popup (opened as a page for one tab) to preview and fill. The selectors are
// the stable ids and data attributes that the popup and options pages keep for tests.
import fs from 'node:fs/promises';

const UI_TIMEOUT_MS = 30000;

/** Opens the options page in a new tab. */
export async function openOptions(browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  return page;
}

/**
 * Creates a vault through the options page and confirms that the recovery key was saved.
 * Returns the recovery key that the page showed.
 */
export async function createVault(page, passphrase) {
  await page.fill('#create-passphrase', passphrase);
  await page.fill('#create-passphrase-confirm', passphrase);
  await page.click('#create-submit');
  const recoveryKey = (await page.locator('#recovery-key').textContent({ timeout: UI_TIMEOUT_MS }))?.trim();
  if (!recoveryKey) throw new Error('The options page showed an empty recovery key');
  await page.click('#recovery-confirm');
  return recoveryKey;
}

/** Unlocks the vault on a page that shows the unlock form (options or popup). */
export async function unlock(page, passphrase) {
  await page.fill('#unlock-passphrase', passphrase);
  await page.click('#unlock-submit');
  await page.locator('#unlock-passphrase').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

/** Shows one tab of the options page (cv, documents, import, history, settings). */
export async function showOptionsTab(page, tabId) {
  await page.click(`#tab-${tabId}`);
  await page.locator(`#panel-${tabId}`).waitFor({ timeout: UI_TIMEOUT_MS });
}

/**
 * Imports a JSON Resume file through the options page's Import tab, applies it over the current
 * CV and returns to the CV editor. Throws with the page's message when the import fails.
 */
export async function importCv(page, filePath) {
  await showOptionsTab(page, 'import');
  await page.setInputFiles('input[type=file]#import-file', filePath);
  await page.locator('#import-apply, #import-status[data-state="failed"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await page.locator('#import-apply').count()) === 0) {
    throw new Error(`Import of ${filePath} failed: ${await page.locator('#import-status').textContent()}`);
  }
  await page.click('#import-apply');
  await page.locator('#import-status[data-state="applied"], #import-status[data-state="failed"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await page.getAttribute('#import-status', 'data-state')) !== 'applied') {
    throw new Error(`Applying the import of ${filePath} failed: ${await page.locator('#import-status').textContent()}`);
  }
  await showOptionsTab(page, 'cv');
}

/**
 * Sends one request to the background from an extension page, as the pages' own client does.
 * For test setup only (documents, the disclosure log); the flows under test go through the UI.
 */
export async function sendRequest(page, type, payload) {
  const reply = await page.evaluate(
    ([requestType, requestPayload]) => chrome.runtime.sendMessage({ type: requestType, payload: requestPayload }),
    [type, payload],
  );
  if (!reply || reply.ok !== true) {
    throw new Error(`${type} failed: ${JSON.stringify(reply?.error ?? reply)}`);
  }
  return reply.result;
}

/**
 * Stores a file as a vault document (for example the CV PDF that file inputs receive) through the
 * options page's Documents tab, as a person attaches one, then shows the tab that was shown
 * before. Returns the new document's id; throws with the page's message when the attach fails.
 */
export async function addDocument(page, filePath, { name, mimeType = 'application/pdf', role = 'cv' }) {
  const shownTab = await page.getAttribute('[role=tab][aria-selected=true]', 'id');
  await showOptionsTab(page, 'documents');
  const listed = () => page.locator('tr[data-document-id]').evaluateAll((rows) => rows.map((row) => row.dataset.documentId));
  const known = await listed();
  await page.selectOption('#document-role', role);
  await page.setInputFiles('#document-file', { name, mimeType, buffer: await fs.readFile(filePath) });
  await page.waitForFunction(
    (ids) =>
      [...document.querySelectorAll('tr[data-document-id]')].some((row) => !ids.includes(row.dataset.documentId)) ||
      Boolean(document.querySelector('#error')),
    known,
    { timeout: UI_TIMEOUT_MS },
  );
  const added = (await listed()).find((id) => !known.includes(id));
  if (!added) throw new Error(`Attaching ${name} failed: ${await page.locator('#error').textContent()}`);
  if (shownTab?.startsWith('tab-')) await showOptionsTab(page, shownTab.slice('tab-'.length));
  return added;
}

/** Returns the disclosure log, newest first as the background lists it. */
export function listDisclosures(page, recipientOrigin) {
  return sendRequest(page, 'log.list', recipientOrigin ? { recipientOrigin } : {});
}

/** Returns the id of the tab showing `url` (exact match, or the first tab whose URL starts with it). */
export async function tabIdFor(browser, url) {
  const worker = await browser.worker();
  const tabs = await worker.evaluate(async () =>
    (await chrome.tabs.query({})).map((tab) => ({ id: tab.id, url: tab.url ?? '' })),
  );
  const tab = tabs.find((candidate) => candidate.url === url) ?? tabs.find((candidate) => candidate.url.startsWith(url));
  if (!tab) throw new Error(`No tab shows ${url}; open tabs: ${tabs.map((candidate) => candidate.url).join(', ')}`);
  return tab.id;
}

/**
 * Opens the popup page aimed at `tabId` in a popup window, unlocking first when the vault is
 * locked, and waits for the preview. Returns the popup page.
 */
export async function openPopupFor(browser, tabId, { passphrase } = {}) {
  // A window of its own, as the toolbar popup is: the page under test stays the visible tab of
  // its window, so rendering and visibility checks run as they do for a person.
  const url = browser.extensionUrl(`popup.html?tabId=${tabId}`);
  const existing = new Set(browser.context.pages());
  const worker = await browser.worker();
  await worker.evaluate((popupUrl) => chrome.windows.create({ url: popupUrl, type: 'popup', width: 440, height: 720 }), url);
  const popup = await waitForNewPage(browser.context, existing, url);
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.waitForLoadState('domcontentloaded');
  const ready = popup.locator('#preview, #unlock-passphrase, #error').first();
  await ready.waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await popup.locator('#unlock-passphrase').count()) > 0) {
    if (!passphrase) throw new Error('The popup asks for the passphrase, but none was given');
    await unlock(popup, passphrase);
  }
  await waitForPreview(popup);
  return popup;
}

async function waitForNewPage(context, existing, url) {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const page = context.pages().find((candidate) => !existing.has(candidate) && candidate.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The popup window for ${url} did not open within ${UI_TIMEOUT_MS} ms`);
}

/** Waits until the popup shows a preview, or throws with the popup's error text. */
export async function waitForPreview(popup) {
  await popup.locator('#preview, #error').first().waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await popup.locator('#preview').count()) === 0) {
    throw new Error(`The popup showed an error instead of a preview: ${await popup.locator('#error').textContent()}`);
  }
}

/** Asks the popup for a fresh preview (after a wizard step or a revealed sub-form). */
export async function refreshPreview(popup) {
  await popup.click('#refresh-preview');
  await waitForPreview(popup);
}

/**
 * Reads the preview rows: id, label, whether ticked, the shown value, whether the vault has no
 * value for it, whether it is sensitive, and the recipient group.
 * Where the popup exposes them, also the frame id, field id and meaning of each row.
 */
export function readPreview(popup) {
  return popup.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-row-id]')].filter((row) => !row.hasAttribute('data-report-row'));
    return rows.map((row) => {
      const group = row.closest('[data-recipient]');
      const checkbox = row.querySelector('input[type=checkbox].row-include');
      const valueInput = row.querySelector('input.row-value');
      const labelElement = row.querySelector('[data-row-label], .row-label, label');
      return {
        rowId: row.getAttribute('data-row-id'),
        frameId: row.hasAttribute('data-frame-id') ? Number(row.getAttribute('data-frame-id')) : null,
        fieldId: row.getAttribute('data-field-id'),
        meaning: row.getAttribute('data-meaning'),
        label: (labelElement?.textContent ?? row.textContent ?? '').trim(),
        checked: checkbox ? checkbox.checked : null,
        value: valueInput ? valueInput.value : null,
        missing:
          row.classList.contains('row-missing') ||
          row.hasAttribute('data-missing') ||
          (valueInput !== null && valueInput.value === '' && checkbox?.checked === false),
        sensitive: row.getAttribute('data-sensitive') === 'true',
        recipient: group?.getAttribute('data-recipient') ?? null,
      };
    });
  });
}

/** Lists the recipients (frame origins) and the blocked frame origins that the preview shows. */
export function readRecipients(popup) {
  return popup.evaluate(() => ({
    recipients: [...document.querySelectorAll('[data-recipient]')].map((group) => group.getAttribute('data-recipient')),
    blocked: [...document.querySelectorAll('[data-blocked-origin]')].map((group) => group.getAttribute('data-blocked-origin')),
  }));
}

/** Presses Fill with the current selection and returns the report rows { rowId, status, text }. */
export async function pressFill(popup) {
  if ((await popup.locator('#fill-button').count()) === 0) {
    throw new Error('The popup shows no Fill button, so it proposed no field on this page');
  }
  await popup.click('#fill-button');
  await popup.locator('#fill-report, #error').first().waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await popup.locator('#fill-report').count()) === 0) {
    throw new Error(`Fill failed in the popup: ${await popup.locator('#error').textContent()}`);
  }
  return popup.evaluate(() =>
    [...document.querySelectorAll('#fill-report [data-report-row]')].map((row) => ({
      rowId: row.getAttribute('data-report-row') || row.getAttribute('data-row-id'),
      status: row.getAttribute('data-status'),
      text: (row.textContent ?? '').trim(),
    })),
  );
}

/** Presses Undo and waits until the popup no longer offers it or shows an error. */
export async function pressUndo(popup) {
  await popup.click('#undo-button');
  await popup
    .waitForFunction(() => !document.querySelector('#undo-button:not([disabled])') || document.querySelector('#error'), null, {
      timeout: UI_TIMEOUT_MS,
    })
    .catch(() => undefined);
}
