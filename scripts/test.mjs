// npm test: every check the project has, in order, each reported as passed, failed or skipped,
// ending with the line "N passed, N failed". Exits non-zero when any step failed.
// Steps, named as the summary prints them: type check, unit tests, benchmark scoring self-test,
// production build, web-ext lint (0 errors), test build, Chromium end-to-end tests, bridge build
// and Firefox end-to-end test (both only when firefox-esr is installed), accuracy benchmark.
import './lib/require-node.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './lib/chromium.mjs';
import { REPO_ROOT, SHARED_DIR, SHARED_MISSING_MESSAGE } from './lib/paths.mjs';
import { run, runNpm } from './lib/run.mjs';


const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
const MIN_PRECISION = '0.97';
const MIN_RECALL = '0.90';

const results = [];

function record(name, outcome, note = '') {
  results.push({ name, outcome, note });
  console.log(`\n== ${name}: ${outcome.toUpperCase()}${note ? ` (${note})` : ''}\n`);
}

async function step(name, command, { requires = [] } = {}) {
  const missing = requires.filter((dependency) => results.find((result) => result.name === dependency)?.outcome !== 'passed');
  if (missing.length > 0) {
    record(name, 'failed', `not run because ${missing.join(', ')} did not pass`);
    return false;
  }
  console.log(`\n== ${name}`);
  const code = await command();
  record(name, code === 0 ? 'passed' : 'failed', code === 0 ? '' : `exit code ${code}`);
  return code === 0;
}

/** Runs the benchmark, echoing its output, and returns its exit code and last line. */
function runBenchmark() {
  return new Promise((resolve) => {
    const args = ['scripts/bench-accuracy.mjs', '--corpus', CORPUS_DIR, '--min-precision', MIN_PRECISION, '--min-recall', MIN_RECALL];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => {
      const lastLine = output.trim().split('\n').pop() ?? '';
      resolve({ code: code ?? 1, lastLine });
    });
  });
}

if (!fs.existsSync(SHARED_DIR)) {
  console.error(SHARED_MISSING_MESSAGE);
}

const chromium = findChromium();
if (!chromium) {
  console.error(`${CHROMIUM_MISSING_MESSAGE}\nThe Chromium end-to-end tests and the accuracy benchmark cannot run and count as failed.`);
}

await step('type check', () => runNpm('typecheck'));
await step('unit tests', () => runNpm('test:unit'));
await step('benchmark scoring self-test', () => run(process.execPath, ['--test', 'scripts/lib/scoring.test.mjs']));
await step('production build', () => runNpm('build'));
await step('web-ext lint (0 errors)', () => runNpm('lint'), { requires: ['production build'] });
await step('test build', () => runNpm('build:test'));

if (chromium) {
  await step('Chromium end-to-end tests', () => run(process.execPath, ['scripts/e2e.mjs', '--chromium', '--no-build']), { requires: ['test build'] });
} else {
  record('Chromium end-to-end tests', 'failed', 'Chromium is not installed: sudo apt-get install -y chromium');
}

if (fs.existsSync(FIREFOX)) {
  await step('bridge build', () => runNpm('build:bridge'));
  await step('Firefox end-to-end test', () => run(process.execPath, ['scripts/e2e.mjs', '--firefox', '--no-build']), { requires: ['bridge build'] });
} else {
  record('Firefox end-to-end test', 'skipped', `firefox-esr not found at ${FIREFOX}; install it with: sudo apt-get install -y firefox-esr`);
}

if (!chromium) {
  record('accuracy benchmark', 'failed', 'Chromium is not installed: sudo apt-get install -y chromium');
} else if (!fs.existsSync(CORPUS_DIR)) {
  record('accuracy benchmark', 'skipped', `no corpus at ${CORPUS_DIR}`);
} else {
  await step(
    'accuracy benchmark',
    async () => {
      const { code, lastLine } = await runBenchmark();
      const faults = /wrong=\d+ forbidden=(\d+) notStuck=(\d+) wrongValue=(\d+)/.exec(lastLine);
      if (!faults) {
        console.error(`The benchmark printed no result line; its last line was: ${lastLine}`);
        return 1;
      }
      const [forbidden, notStuck, wrongValue] = faults.slice(1).map(Number);
      if (forbidden + notStuck + wrongValue > 0) {
        console.error(`The benchmark must report 0 forbidden, notStuck and wrongValue; it reported ${forbidden}, ${notStuck} and ${wrongValue}.`);
        return 1;
      }
      return code;
    },
    { requires: ['test build'] },
  );
}

const passed = results.filter((result) => result.outcome === 'passed').length;
const failed = results.filter((result) => result.outcome === 'failed').length;
console.log('\nSummary:');
for (const result of results) console.log(`  ${result.outcome.padEnd(7)} ${result.name}${result.note ? `: ${result.note}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
