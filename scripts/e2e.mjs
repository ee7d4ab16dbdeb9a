// Runs the end-to-end tests in real browsers, one file at a time so that only one browser runs.
// Usage: node scripts/e2e.mjs [--chromium] [--firefox] [--no-build]
// Without --chromium or --firefox both suites run. The test build is made first unless it exists
// and --no-build is given.
import './lib/require-node.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_TEST_DIR, REPO_ROOT } from './lib/paths.mjs';
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
if (both || args.has('--chromium')) files.push('test/e2e/vault.e2e.mjs', 'test/e2e/fill.e2e.mjs');
if (both || args.has('--firefox')) files.push('test/e2e/firefox.e2e.mjs');

const haveBuild = fs.existsSync(path.join(DIST_TEST_DIR, 'manifest.json'));
if (!args.has('--no-build') || !haveBuild) {
  const code = await runNpm('build:test');
  if (code !== 0) {
    console.error('The test build failed; the end-to-end tests need dist-test/.');
    process.exit(code);
  }
}

const code = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { cwd: REPO_ROOT });
process.exit(code);
