// The vault in real Chromium: create it through the options page, import the sample CV, lock,
// unlock and read it back. Then scan the closed browser's profile for the CV's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { DIST_TEST_DIR } from '../../scripts/lib/paths.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../scripts/lib/server.mjs';
import { createVault, importCv, openOptions, unlock } from '../../scripts/lib/extension.mjs';
import { scanProfile } from '../../scripts/lib/profile-scan.mjs';
import { PASSPHRASE, chromiumUnavailable, sampleCvOrReason } from './support.mjs';

// Strings of the sample CV that must not appear anywhere in the profile in plain text.
const CV_STRINGS = ['Lindqvist', 'anna.lindqvist@example.se', '19880412-1237', '198804121237', 'Storgatan 12 B', 'Västerås'];

const unavailable = chromiumUnavailable();
const { cv, reason: noSample } = sampleCvOrReason();

test('vault round trip leaves no plain text', { skip: unavailable ?? noSample ?? false }, async () => {
  const browser = await launchWithExtension(DIST_TEST_DIR);
  const server = await startStaticServer(new URL('./fixtures', import.meta.url).pathname);
  // A marker with a non-ASCII letter, so that it is stored as UTF-16 or Latin-1 where the CV's
  // Swedish letters would be.
  const marker = `ScanMarker-Öland-${randomBytes(6).toString('hex')}`;
  let profileClosed = false;
  try {
    const options = await openOptions(browser);
    const recoveryKey = await createVault(options, PASSPHRASE);
    assert.ok(recoveryKey.length >= 20, `recovery key too short: ${recoveryKey.length} characters`);

    await importCv(options, cv);
    assert.equal(await options.inputValue('[name="basics.name"]'), 'Anna Lindqvist');

    await options.click('#lock-button');
    await options.locator('#unlock-passphrase').waitFor();
    assert.equal(await options.locator('[name="basics.name"]').count(), 0, 'the editor is still shown while locked');

    await unlock(options, PASSPHRASE);
    assert.equal(await options.inputValue('[name="basics.name"]'), 'Anna Lindqvist');
    assert.equal(await options.inputValue('[name="basics.email"]'), 'anna.lindqvist@example.se');

    // The marker goes into two stores on purpose: a page's localStorage and the extension's storage.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/blank.html`);
    await page.evaluate((value) => localStorage.setItem('scan-marker', value), marker);
    const worker = await browser.worker();
    await worker.evaluate((value) => chrome.storage.local.set({ scanMarker: value }), marker);
    await options.click('#lock-button');
    await options.locator('#unlock-passphrase').waitFor();
  } finally {
    await browser.close({ keepProfile: true });
    profileClosed = true;
    await server.close();
  }

  try {
    assert.ok(profileClosed);
    const scan = await scanProfile(browser.userDataDir, [marker, ...CV_STRINGS]);
    const markerHits = scan.hits.filter((hit) => hit.needle === marker);
    assert.ok(markerHits.length > 0, `the scanner did not find the plain-text marker in ${scan.filesScanned} files`);
    const cvHits = scan.hits.filter((hit) => hit.needle !== marker);
    assert.equal(cvHits.length, 0, `CV text found in the profile: ${JSON.stringify(cvHits)}`);
  } finally {
    await fs.rm(browser.userDataDir, { recursive: true, force: true });
  }
});
