// Exports in real Chromium, saved as a person saves them: the disclosure log from History and from
// the Transfer tab, and the readable vault export. The background writes each file while the page
// downloads it, so every file is checked whole: formatted as JSON.stringify(value, null, 2) writes
// it, holding every log entry, and accepted by `npm run verify`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DIR, REPO_ROOT } from '../../scripts/lib/paths.mjs';
import { startStaticServer } from '../../scripts/lib/server.mjs';
import { addDocument, listDisclosures, openPopupFor, pressFill, showOptionsTab, tabIdFor } from '../../scripts/lib/extension.mjs';
import { PASSPHRASE, chromiumUnavailable, launchWithVault, sampleCvOrReason } from './support.mjs';

const unavailable = chromiumUnavailable();
const { reason: noSample } = sampleCvOrReason();
const skip = unavailable ?? noSample ?? false;

/** A document large enough that the vault export spans several download chunks of 4 Mi characters. */
const LARGE_DOCUMENT_BYTES = 7 * 1024 * 1024;

let session;
let demoServer;
let downloadDir;

/** Clicks `selector` on the options page and returns the file that the click downloads. */
async function download(selector) {
  const options = session.options;
  const [started] = await Promise.all([options.waitForEvent('download'), options.click(selector)]);
  const file = path.join(downloadDir, started.suggestedFilename());
  await started.saveAs(file);
  return { file, name: started.suggestedFilename(), text: await fs.readFile(file, 'utf8') };
}

/** Runs `npm run verify` on `file` and returns its exit status and output. */
function verify(file) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.mjs', file], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Checks that `text` is the form every export file has: two-space indents and a final line break. */
function assertExportFormatting(text) {
  assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
}

describe('export files', { skip }, () => {
  before(async () => {
    session = await launchWithVault();
    demoServer = await startStaticServer(DEMO_DIR);
    downloadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'meritvalv-downloads-'));

    // One fill through the popup puts entries in the log.
    const url = `${demoServer.origin}/en/apply.html`;
    const page = await session.browser.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(session.browser, await tabIdFor(session.browser, url), { passphrase: PASSPHRASE });
    await pressFill(popup);
    await popup.close();
    await page.close();

    const largeDocument = path.join(downloadDir, 'large.pdf');
    await fs.writeFile(largeDocument, randomBytes(LARGE_DOCUMENT_BYTES));
    await addDocument(session.options, largeDocument, { name: 'large.pdf', role: 'other' });
  });

  after(async () => {
    await session?.browser.close();
    await demoServer?.close();
    if (downloadDir) await fs.rm(downloadDir, { recursive: true, force: true });
  });

  test('History downloads the whole log', async () => {
    const logged = await listDisclosures(session.options);
    assert.ok(logged.length > 0, 'the fill left no log entries');

    await showOptionsTab(session.options, 'history');
    const saved = await download('#history button:has-text("Download the log")');
    assert.match(saved.name, /^meritvalv-log-\d{4}-\d{2}-\d{2}\.json$/);
    assertExportFormatting(saved.text);
    const exported = JSON.parse(saved.text);
    assert.equal(exported.format, 'meritvalv-disclosure-log');
    assert.deepEqual(exported.entries.map((entry) => entry.seq).sort((a, b) => a - b), logged.map((entry) => entry.id).sort((a, b) => a - b));

    const checked = verify(saved.file);
    assert.equal(checked.status, 0, checked.output);
  });

  test('Transfer tab downloads the same log', async () => {
    await showOptionsTab(session.options, 'history');
    const fromHistory = await download('#history button:has-text("Download the log")');
    await showOptionsTab(session.options, 'import');
    const saved = await download('#export-log-json');
    await session.options.locator('#transfer-status[data-state="done"]').waitFor();

    assertExportFormatting(saved.text);
    const withoutTime = (text) => ({ ...JSON.parse(text), exportedAt: null });
    assert.deepEqual(withoutTime(saved.text), withoutTime(fromHistory.text));
    const checked = verify(saved.file);
    assert.equal(checked.status, 0, checked.output);
  });

  test('readable vault export spans several chunks', async () => {
    await showOptionsTab(session.options, 'import');
    const saved = await download('#export-readable');
    await session.options.locator('#transfer-status[data-state="done"]').waitFor();

    assert.ok(saved.text.length > 2 * 4 * 1024 * 1024, `the export has only ${saved.text.length} characters`);
    assertExportFormatting(saved.text);
    const exported = JSON.parse(saved.text);
    const large = exported.documents.find((document) => document.name === 'large.pdf');
    assert.ok(large, 'the export lacks the large document');
    assert.equal(Buffer.from(large.base64, 'base64').length, LARGE_DOCUMENT_BYTES);
    const ownLog = exported.logs[exported.logs.length - 1];
    assert.equal(ownLog.entries.length, (await listDisclosures(session.options)).length);

    const checked = verify(saved.file);
    assert.equal(checked.status, 0, checked.output);
  });
});
