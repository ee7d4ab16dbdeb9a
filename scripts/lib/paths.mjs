// Paths the scripts share: the repository root, the build outputs and the sample material that
// sits beside the repository (sample CVs, the annotated corpus, the bug pages).
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
// MERITVALV_TEST_BUILD points the tests and scripts at another test build, such as one made elsewhere.
export const DIST_TEST_DIR = process.env.MERITVALV_TEST_BUILD
  ? path.resolve(process.env.MERITVALV_TEST_BUILD)
  : path.join(REPO_ROOT, 'dist-test');
// The bridge build: the test build plus a relay that lets pages on 127.0.0.1 drive the background,
// for the Firefox test only.
export const DIST_BRIDGE_DIR = path.join(REPO_ROOT, 'dist-bridge');
export const DEMO_DIR = path.join(REPO_ROOT, 'demo');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const SAMPLE_CV = path.join(SHARED_DIR, 'cv', 'anna-lindqvist.resume.json');
export const DEMO_CV = path.join(DEMO_DIR, 'cv', 'anna-lindqvist.resume.json');
export const DEMO_PDF = path.join(DEMO_DIR, 'cv', 'demo-cv.pdf');

// The message that every command reading the sample material prints when the folder is missing.
export const SHARED_MISSING_MESSAGE =
  `The sample material folder ${SHARED_DIR} is missing. The unit tests, the end-to-end tests and the ` +
  'accuracy benchmark read its sample CVs, annotated corpus and bug pages, so they fail or are skipped without it. ' +
  'Put the shared folder beside the repository.';

/** Returns the sample material directory, or null when it is not beside the repository. */
export function sharedDir() {
  return fs.existsSync(SHARED_DIR) ? SHARED_DIR : null;
}
