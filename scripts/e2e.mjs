// Runs the end-to-end tests in real browsers, one file at a time so that only one browser runs.
// Usage: node scripts/e2e.mjs [--chromium] [--firefox] [--no-build]
// Without --chromium or --firefox both suites run. The test build is made first unless it exists
// and --no-build is given.
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

if (both || args.has('--chromium')) await ensureBuild('build:test', DIST_TEST_DIR);
if (both || args.has('--firefox')) await ensureBuild('build:bridge', DIST_BRIDGE_DIR);

const code = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { cwd: REPO_ROOT });
process.exit(code);
