// Decides whether the test build in dist-test/ is older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { DIST_TEST_DIR, REPO_ROOT } from './paths.mjs';

const SOURCE_ENTRIES = ['src', 'popup', 'options', '_locales', 'icons', 'manifest.json', 'webpack.config.js', 'package.json'];

function newestModification(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestModification(path.join(entry, child)));
  return newest;
}

/** Returns true when dist-test/ is missing or any source changed after it was built. */
export function testBuildIsStale() {
  const built = fs.statSync(path.join(DIST_TEST_DIR, 'manifest.json'), { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCE_ENTRIES.some((entry) => newestModification(path.join(REPO_ROOT, entry)) > built.mtimeMs);
}
