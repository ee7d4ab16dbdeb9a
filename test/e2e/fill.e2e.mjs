// Fills in real Chromium through the popup, as a person does: the demo pages, pages from the
// annotated corpus and the bug pages, a cross-origin frame, undo, and the disclosure log.
// Also takes the README's screenshots of the preview and of History.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEMO_DIR, DEMO_PDF, SCREENSHOT_DIR, SHARED_DIR } from '../../scripts/lib/paths.mjs';
import { startStaticServer } from '../../scripts/lib/server.mjs';
import { scanProfile } from '../../scripts/lib/profile-scan.mjs';
import {
  listDisclosures,
  openPopupFor,
  pressFill,
  pressUndo,
  readPreview,
  readRecipients,
  showOptionsTab,
  tabIdFor,
} from '../../scripts/lib/extension.mjs';
import { PASSPHRASE, chromiumUnavailable, launchWithVault, sampleCvOrReason } from './support.mjs';

const FIXTURES_DIR = new URL('./fixtures', import.meta.url).pathname;
const unavailable = chromiumUnavailable();
const { reason: noSample } = sampleCvOrReason();
const skip = unavailable ?? noSample ?? false;

let session;
let demoServer;
let fixtureServer;
let otherOriginServer;
let sharedServer;

/** Opens `url` in a new tab, then the popup for that tab. Returns { page, popup, tabId }. */
async function openWithPopup(url) {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(session.browser, url);
  const popup = await openPopupFor(session.browser, tabId, { passphrase: PASSPHRASE });
  return { page, popup, tabId };
}

function countByStatus(report) {
  const counts = { filled: 0, notStuck: 0, skipped: 0 };
  for (const row of report) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
}

/** Disclosures logged for a tab URL since `before` (ISO time). */
async function disclosuresFor(tabUrl, before) {
  const entries = await listDisclosures(session.options);
  return entries.filter((entry) => entry.tabUrl === tabUrl && entry.time >= before);
}

/** Checks that the log contains exactly one entry for each field the page received. */
async function assertOneEntryPerFill(url, startedAt, report) {
  const counts = countByStatus(report);
  const logged = await disclosuresFor(url, startedAt);
  assert.equal(logged.length, counts.filled + counts.notStuck, `log entries ${logged.length} vs fills ${JSON.stringify(counts)}`);
}

describe('fill through the popup', { skip }, () => {
  before(async () => {
    session = await launchWithVault();
    demoServer = await startStaticServer(DEMO_DIR);
    fixtureServer = await startStaticServer(FIXTURES_DIR);
    otherOriginServer = await startStaticServer(FIXTURES_DIR, { host: '127.0.0.2' });
    if (fs.existsSync(SHARED_DIR)) sharedServer = await startStaticServer(SHARED_DIR);
  });

  after(async () => {
    await session?.browser.close();
    await Promise.all([demoServer, fixtureServer, otherOriginServer, sharedServer].map((server) => server?.close()));
  });

  test('English demo page fills and logs', async () => {
    const url = `${demoServer.origin}/en/apply.html`;
    const startedAt = new Date().toISOString();
    const { page, popup } = await openWithPopup(url);

    const rows = await readPreview(popup);
    assert.ok(rows.length >= 8, `expected at least 8 preview rows, got ${rows.length}`);
    const { recipients } = await readRecipients(popup);
    assert.ok(recipients.includes(demoServer.origin), `recipients ${JSON.stringify(recipients)} lack ${demoServer.origin}`);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-preview.png'), fullPage: true });

    const report = await pressFill(popup);
    const counts = countByStatus(report);
    assert.ok(counts.filled >= 8, `expected at least 8 filled fields, report: ${JSON.stringify(report)}`);
    assert.equal(counts.notStuck, 0, `fields did not stick: ${JSON.stringify(report)}`);

    const state = await page.evaluate(() => window.__demoState);
    assert.equal(state['candidate[first_name]'], 'Anna');
    assert.equal(state['candidate[last_name]'], 'Lindqvist');
    assert.equal(state['candidate[email]'], 'anna.lindqvist@example.se');
    assert.equal(state['candidate[city]'], 'Västerås');
    assert.equal(await page.inputValue('#website-url'), '', 'the off-screen honeypot was filled');
    assert.equal(await page.inputValue('#motivation'), '', 'the free-text question was filled');
    assert.equal(await page.isChecked('[name=consent]'), false, 'the consent box was ticked');
    const resume = await page.evaluate(async () => {
      const file = document.querySelector('#resume').files[0];
      return file && { name: file.name, type: file.type, bytes: [...new Uint8Array(await file.arrayBuffer())] };
    });
    assert.ok(resume, 'the CV file input is empty');
    assert.deepEqual({ name: resume.name, type: resume.type }, { name: 'cv.pdf', type: 'application/pdf' });
    assert.ok(Buffer.from(resume.bytes).equals(fs.readFileSync(DEMO_PDF)), 'the CV file input received other bytes than the stored PDF');

    const logged = await disclosuresFor(url, startedAt);
    assert.equal(logged.length, counts.filled + counts.notStuck, `log entries ${logged.length} vs fills ${JSON.stringify(counts)}`);
    for (const entry of logged) assert.equal(entry.frameOrigin, demoServer.origin);

    await pressUndo(popup);
    assert.equal(await page.inputValue('#first-name'), '', 'undo left the first name');
    assert.equal(await page.inputValue('#email'), '', 'undo left the email');
    await popup.close();
    await page.close();
  });

  test('phone split into code and number', async () => {
    const { page, popup } = await openWithPopup(`${demoServer.origin}/en/apply.html`);
    await pressFill(popup);
    const state = await page.evaluate(() => window.__demoState);
    // The form asks for the country code in its own select, so the phone field gets the national number.
    assert.equal(state['candidate[phone_country]'], '+46');
    assert.match(state['candidate[phone]'].replace(/\D/g, ''), /^0?701234567$/, `phone was ${state['candidate[phone]']}`);
    await popup.close();
    await page.close();
  });

  test('Swedish demo page keeps personnummer unticked', async () => {
    const url = `${demoServer.origin}/sv/ansok.html`;
    const { page, popup } = await openWithPopup(url);
    const rows = await readPreview(popup);
    const personnummer = rows.find((row) => row.meaning === 'nationalId' || /personnummer/i.test(row.label));
    assert.ok(personnummer, `no personnummer row among ${JSON.stringify(rows.map((row) => row.label))}`);
    assert.equal(personnummer.checked, false, 'personnummer starts ticked');

    await pressFill(popup);
    assert.equal(await page.inputValue('#fornamn'), 'Anna');
    assert.equal(await page.inputValue('#ort'), 'Västerås');
    assert.equal(await page.inputValue('#personnummer'), '', 'an unticked personnummer was filled');
    assert.equal(await page.inputValue('#varfor'), '', 'the free-text question was filled');
    await popup.close();
    await page.close();
  });

  // Taken while the log holds only the demo pages' fills, so the picture shows what a person sees.
  test('History screenshot', async () => {
    const options = session.options;
    await showOptionsTab(options, 'history');
    await options.locator('#history [data-application-id]').first().waitFor();
    await options.locator('#history-verify-status[data-status="intact"]').waitFor();
    const entries = await listDisclosures(options);
    assert.ok(entries.length > 0, 'the disclosure log is empty after the fills');
    // The first screen of the list; the whole log would make a very tall picture.
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'history.png') });
  });

  test('cross-origin frame is a recipient', async () => {
    const atsOrigin = fixtureServer.origin.replace('127.0.0.1', 'localhost');
    const url = `${fixtureServer.origin}/embed.html?ats=${encodeURIComponent(atsOrigin)}&other=${encodeURIComponent(otherOriginServer.origin)}`;
    const { page, popup } = await openWithPopup(url);

    const { recipients, blocked } = await readRecipients(popup);
    assert.ok(recipients.includes(atsOrigin), `recipients ${JSON.stringify(recipients)} lack the granted frame ${atsOrigin}`);
    assert.ok(blocked.includes(otherOriginServer.origin), `blocked ${JSON.stringify(blocked)} lack ${otherOriginServer.origin}`);
    assert.equal(await popup.locator(`[data-blocked-origin="${otherOriginServer.origin}"] button`).count(), 1);

    const startedAt = new Date().toISOString();
    await pressFill(popup);
    const frame = page.frames().find((candidate) => candidate.url().startsWith(atsOrigin));
    assert.equal(await frame.inputValue('#given'), 'Anna');
    assert.equal(await frame.inputValue('#mail'), 'anna.lindqvist@example.se');
    const blockedFrame = page.frames().find((candidate) => candidate.url().startsWith(otherOriginServer.origin));
    assert.equal(await blockedFrame.inputValue('#given'), '', 'a frame without access was filled');

    const logged = await disclosuresFor(url, startedAt);
    assert.ok(logged.length >= 3, `expected 3 log entries, got ${logged.length}`);
    for (const entry of logged) assert.equal(entry.frameOrigin, atsOrigin);
    await popup.close();
    await page.close();
  });

  describe('corpus and bug pages', { skip: fs.existsSync(SHARED_DIR) ? false : `no sample pages at ${SHARED_DIR}` }, () => {
    test('02 same-origin iframe', async () => {
      const url = `${sharedServer.origin}/corpus/02-greenhouse-embed.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      assert.ok((await readPreview(popup)).length >= 5);
      const report = await pressFill(popup);
      await assertOneEntryPerFill(url, startedAt, report);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      const filled = await frame.evaluate(() =>
        [...document.querySelectorAll('input[type=email], input[type=text]')].filter((input) => input.value).length,
      );
      assert.ok(filled >= 3, `only ${filled} text fields filled in the frame`);
      const newsletter = await page.evaluate(() => document.querySelector('form.newsletter [name=email]').value);
      assert.equal(newsletter, '', 'the newsletter email on the host page was filled');
      await popup.close();
      await page.close();
    });

    test('05 open shadow roots', async () => {
      const url = `${sharedServer.origin}/corpus/05-smartrecruiters.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      const report = await pressFill(popup);
      await assertOneEntryPerFill(url, startedAt, report);
      const values = await page.evaluate(() => {
        const found = [];
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.matches('input[type=email], input[type=text], input[type=tel]') && element.value) found.push(element.value);
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document);
        return found;
      });
      assert.ok(values.includes('anna.lindqvist@example.se'), `shadow values: ${JSON.stringify(values)}`);
      await popup.close();
      await page.close();
    });

    test('06 controlled inputs reach state', async () => {
      const url = `${sharedServer.origin}/corpus/06-ashby.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      const report = await pressFill(popup);
      await assertOneEntryPerFill(url, startedAt, report);
      assert.equal(countByStatus(report).notStuck, 0, `did not stick: ${JSON.stringify(report)}`);
      const state = await page.evaluate(() => JSON.parse(JSON.stringify(window.__ashbyState)));
      const values = Object.values(state).map(String);
      assert.ok(values.includes('anna.lindqvist@example.se'), `state: ${JSON.stringify(state)}`);
      assert.ok(values.includes('Anna Lindqvist'), `state: ${JSON.stringify(state)}`);
      await popup.close();
      await page.close();
    });

    test('BUG-10 hidden fields stay empty', async () => {
      const url = `${sharedServer.origin}/bugs/BUG-10-hidden-harvest.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      const rows = await readPreview(popup);
      assert.equal(rows.length, 2, `expected only name and email, got ${JSON.stringify(rows.map((row) => row.label))}`);
      await pressFill(popup);
      await page.click('#qa-send');
      const posted = await page.evaluate(() => window.__posted);
      assert.ok(posted, 'the form did not submit; a required field may be empty');
      assert.equal(posted.name, 'Anna Lindqvist');
      assert.equal(posted.email, 'anna.lindqvist@example.se');
      for (const hidden of ['tel', 'street', 'postcode', 'city']) assert.equal(posted[hidden], '', `${hidden} was filled`);
      assert.equal((await disclosuresFor(url, startedAt)).length, 2);
      await popup.close();
      await page.close();
    });

    test('BUG-12 autocomplete tokens win', async () => {
      const url = `${sharedServer.origin}/bugs/BUG-12-tokens-over-names.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      const report = await pressFill(popup);
      await assertOneEntryPerFill(url, startedAt, report);
      await page.click('#save-continue');
      const posted = await page.evaluate(() => window.__posted);
      assert.ok(posted, 'the form did not submit; a required field may be empty');
      assert.equal(posted['billingAddress[street]'], 'Storgatan 12 B');
      assert.match(posted['billingAddress[zipcode]'], /^722 ?15$/);
      assert.equal(posted['billingAddress[city]'], 'Västerås');
      assert.equal(posted['billingAddress[countryId]'], 'a1b2c3');
      assert.match(posted['billingAddress[phoneNumber]'].replace(/\D/g, ''), /701234567$/);
      assert.equal(posted['billingAddress[salutationId]'] ?? '', '', 'the salutation was set');
      await popup.close();
      await page.close();
    });

    test('BUG-22 one answer per group', async () => {
      const url = `${sharedServer.origin}/bugs/BUG-22-yes-no-radios.html`;
      const startedAt = new Date().toISOString();
      const { page, popup } = await openWithPopup(url);
      const report = await pressFill(popup);
      await assertOneEntryPerFill(url, startedAt, report);
      const answers = await page.evaluate(() => window.__answers());
      assert.deepEqual(answers, { sponsorship: 'no', licence: 'yes' });
      const radioLog = await page.evaluate(() => window.__radioLog);
      assert.equal(radioLog.filter((entry) => entry.group === radioLog[0]?.group).length, 1, JSON.stringify(radioLog));
      assert.equal(radioLog.length, 2, `expected one change per group: ${JSON.stringify(radioLog)}`);
      await popup.close();
      await page.close();
    });
  });

  // Runs last: it closes the browser. Pages' own form state is the browser's, so the scan covers
  // only the extension's storage, where the CV and the disclosure log live.
  test('extension storage has no plain text', async () => {
    const marker = `ScanMarker-Öland-${randomBytes(6).toString('hex')}`;
    const worker = await session.browser.worker();
    await worker.evaluate((value) => chrome.storage.local.set({ scanMarker: value }), marker);
    const { extensionId, userDataDir } = session.browser;
    await session.browser.close({ keepProfile: true });
    try {
      const needles = [marker, 'Lindqvist', 'anna.lindqvist@example.se', 'Storgatan 12 B', 'Västerås', '701234567'];
      const scan = await scanProfile(userDataDir, needles, { pathIncludes: extensionId });
      assert.ok(scan.filesScanned > 0, `no files of extension ${extensionId} in the profile`);
      assert.ok(scan.hits.some((hit) => hit.needle === marker), `the scan did not find the marker in ${scan.filesScanned} extension files`);
      const leaks = scan.hits.filter((hit) => hit.needle !== marker);
      assert.equal(leaks.length, 0, `CV or disclosed text in the extension's storage: ${JSON.stringify(leaks)}`);
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
