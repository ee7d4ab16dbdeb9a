// Shared setup for the end-to-end tests: the built test extension, the sample material beside the
// repository and a vault made through the options page.
import fs from 'node:fs';
import path from 'node:path';
import { DIST_TEST_DIR, DEMO_PDF, SAMPLE_CV, sharedDir } from '../../scripts/lib/paths.mjs';
import { findChromium, CHROMIUM_MISSING_MESSAGE, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { addDocument, createVault, importCv, openOptions } from '../../scripts/lib/extension.mjs';

export const PASSPHRASE = 'correct horse battery staple 42';

/** Returns why the Chromium tests cannot run, or null when they can. */
export function chromiumUnavailable() {
  if (!findChromium()) return CHROMIUM_MISSING_MESSAGE;
  if (!fs.existsSync(path.join(DIST_TEST_DIR, 'manifest.json'))) {
    return `No test build in ${DIST_TEST_DIR}: run npm run build:test first`;
  }
  return null;
}

/** Returns the sample CV path, or null with the reason when the sample material is absent. */
export function sampleCvOrReason() {
  if (!sharedDir() || !fs.existsSync(SAMPLE_CV)) {
    return { cv: null, reason: `sample CV not found at ${SAMPLE_CV}; the sample material must sit beside the repository` };
  }
  return { cv: SAMPLE_CV, reason: null };
}

/**
 * Launches Chromium with the test build, creates a vault through the options page, imports the
 * CV and stores the stand-in CV PDF. Returns { browser, options, recoveryKey }.
 */
export async function launchWithVault({ cvPath = SAMPLE_CV, headless = true } = {}) {
  const browser = await launchWithExtension(DIST_TEST_DIR, { headless });
  try {
    const options = await openOptions(browser);
    const recoveryKey = await createVault(options, PASSPHRASE);
    await importCv(options, cvPath);
    await addDocument(options, DEMO_PDF, { name: 'cv.pdf', role: 'cv' });
    return { browser, options, recoveryKey };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
