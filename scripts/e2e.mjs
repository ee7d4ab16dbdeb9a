// Runs the end-to-end tests in real browsers, one file at a time so that only one browser runs.
// Usage: node scripts/e2e.mjs [--chromium] [--firefox] [--no-build]
// Without --chromium or --firefox both suites run. The test build (dist-test/) and the bridge
// build (dist-bridge/) are made first unless they exist and --no-build is given.
// When MERITVALV_TEST_BUILD names a test build in another folder, the Chromium tests load that
// folder as it is and it is never rebuilt, because webpack empties its output folder first. Build
// it with: npm run build:test -- --env out=FOLDER
import './lib/require-node.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_BRIDGE_DIR, DIST_TEST_DIR, REPO_ROOT } from './lib/paths.mjs';
import { run, runNpm } from './lib/run.mjs';

const args = new Set(process.argv.slice(2));
const known = new Set(['--chromium', '--firefox', '--no-build']);
for (const arg of args) {
  if (!known.has(arg)) {
    console.error(`Unknown option ${arg}. Usage: node scripts/e2e.mjs [--chromium] [--firefox] [--no-build]`);
    process.exit(2);
  }
}

const both = !args.has('--chromium') && !args.has('--firefox');
const files = [];
if (both || args.has('--chromium')) files.push('test/e2e/vault.e2e.mjs', 'test/e2e/fill.e2e.mjs', 'test/e2e/export.e2e.mjs');
if (both || args.has('--firefox')) files.push('test/e2e/firefox.e2e.mjs');

/** Builds `script` into `dir` unless it exists and --no-build was given. */
async function ensureBuild(script, dir) {
  if (args.has('--no-build') && fs.existsSync(path.join(dir, 'manifest.json'))) return;
  const code = await runNpm(script);
  if (code !== 0) {
    console.error(`npm run ${script} failed; the end-to-end tests need ${path.relative(REPO_ROOT, dir)}/.`);
    process.exit(code);
  }
}

/** Checks that the test build named by MERITVALV_TEST_BUILD exists, without building it. */
function useCustomTestBuild(dir) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`MERITVALV_TEST_BUILD names ${dir}, which contains no built extension (no manifest.json). Build it with: npm run build:test -- --env out=${dir}`);
    process.exit(2);
  }
  console.log(`Using the test build in ${dir} (MERITVALV_TEST_BUILD) as it is; it is not rebuilt.`);
}

if (both || args.has('--chromium')) {
  if (process.env.MERITVALV_TEST_BUILD) useCustomTestBuild(DIST_TEST_DIR);
  else await ensureBuild('build:test', DIST_TEST_DIR);
}
if (both || args.has('--firefox')) await ensureBuild('build:bridge', DIST_BRIDGE_DIR);

const code = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { cwd: REPO_ROOT });
process.exit(code);
