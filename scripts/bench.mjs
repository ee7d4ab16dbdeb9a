// npm run bench [-- --json FILE] [--runs N] [--entries N] [--no-build] [--out FILE]
// Measures the waits a person feels, in headless Chromium with the built extension, against the
// budgets in scripts/bench/budgets.mjs, and writes BENCHMARKS.md. The extension is the benchmark
// build (dist-bench/): the test build plus a service-worker hook that seeds the disclosure log.
// Benchmarks are not tests: a missed budget is reported, never turned into an exit code.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireNode } from './lib/node-version.mjs';
import { CHROMIUM_MISSING_MESSAGE, findChromium, launchWithExtension } from './lib/chromium.mjs';
import { startStaticServer } from './lib/server.mjs';
import { createVault, importCv, addDocument, openOptions } from './lib/extension.mjs';
import { DEMO_CV, DEMO_PDF, REPO_ROOT, SAMPLE_CV, sharedDir } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { benchPages } from './bench/pages/forms.mjs';
import { Recorder } from './bench/harness.mjs';
import { describeMachine, loadAverage } from './bench/machine.mjs';
import { renderMarkdown, writeJson } from './bench/report.mjs';
import { findingsText, METHOD } from './bench/findings.mjs';
import { benchAutofill, timePreview } from './bench/suites/autofill.mjs';
import { benchVault } from './bench/suites/vault.mjs';
import { benchLog } from './bench/suites/log.mjs';
import { benchSizeAndPaint, benchWorkerHeap } from './bench/suites/ui.mjs';

requireNode();

const BENCH_DIR = path.join(REPO_ROOT, 'dist-bench');
const PASSPHRASE = 'benchmark passphrase for Meritvalv';

const { values: options } = parseArgs({
  options: {
    json: { type: 'string' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'BENCHMARKS.md') },
    runs: { type: 'string', default: '7' },
    entries: { type: 'string', default: '100000' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const entries = Number(options.entries);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(entries) || entries < 20) {
  console.error(`--runs must be a whole number of at least 1 (got ${options.runs}) and --entries at least 20 (got ${options.entries})`);
  process.exit(2);
}
if (!findChromium()) {
  console.error(CHROMIUM_MISSING_MESSAGE);
  process.exit(1);
}

async function buildBenchExtension() {
  if (options['no-build'] && fs.existsSync(path.join(BENCH_DIR, 'manifest.json'))) return;
  console.log('Building the benchmark extension into dist-bench/ ...');
  const code = await run('npx', ['webpack', '--config', 'scripts/bench/webpack.config.mjs', '--mode', 'production']);
  if (code !== 0) {
    console.error('The benchmark build failed; see the errors above.');
    process.exit(1);
  }
}

async function servePages() {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'meritvalv-bench-pages-'));
  for (const [name, html] of Object.entries(benchPages())) await fsp.writeFile(path.join(dir, name), html);
  return { dir, server: await startStaticServer(dir) };
}

async function prepareVault(browser) {
  const page = await openOptions(browser);
  await createVault(page, PASSPHRASE);
  await importCv(page, sharedDir() ? SAMPLE_CV : DEMO_CV);
  await addDocument(page, DEMO_PDF, { name: 'cv.pdf', role: 'cv' });
  await addDocument(page, DEMO_PDF, { name: 'cover-letter.pdf', role: 'coverLetter' });
  return page;
}

async function chromiumVersion(browser) {
  const version = browser.context.browser()?.version();
  return version ?? 'unknown';
}

async function main() {
  const startedAt = new Date();
  await buildBenchExtension();
  const { dir, server } = await servePages();
  const recorder = new Recorder();
  const browser = await launchWithExtension(BENCH_DIR);
  const env = { browser, server, recorder, runs, entries, passphrase: PASSPHRASE, extensionDir: BENCH_DIR };
  let machine;
  try {
    machine = describeMachine(await chromiumVersion(browser));
    console.log('Creating a vault (PBKDF2 at the default strength) and importing the sample CV ...');
    env.controlPage = await prepareVault(browser);

    await benchAutofill(env);
    await benchVault(env);
    await benchSizeAndPaint(env);
    const seeded = await benchLog(env);
    await benchWorkerHeap(env, seeded);
    if (seeded && env.form60) {
      await env.form60.page.bringToFront();
      const preview = await timePreview(env, env.form60);
      recorder.record('autofill.preview60Log', {
        samples: preview.samples,
        note: `fill.preview on the 60-field page after the log was seeded (${seeded.entries.toLocaleString('en')} entries); the page's origin has entries of its own from the fill runs.`,
      });
    }
    env.seeded = seeded;
  } finally {
    await browser.close();
    await server.close();
    await fsp.rm(dir, { recursive: true, force: true });
  }

  machine.loadAverageEnd = loadAverage();
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const figures = recorder.figures;
  const settings = { runs, entries, seeded: env.seeded ?? null };
  if (options.json) {
    writeJson(options.json, { startedAt: startedAt.toISOString(), seconds, machine, settings, figures });
    console.log(`Wrote ${options.json}.`);
  }
  fs.writeFileSync(options.out, renderMarkdown({
    machine,
    startedAt: startedAt.toISOString(),
    seconds,
    settings,
    figures,
    method: METHOD,
    findings: findingsText(figures),
  }));
  console.log(`Wrote ${path.relative(process.cwd(), options.out)} (${Math.round(seconds)} s).`);
  for (const figure of figures) {
    console.log(`  ${figure.verdict.padEnd(12)} ${figure.id}: median ${figure.summary?.median?.toFixed(1) ?? '–'}${figure.ratio ? ` (${figure.ratio.toFixed(2)}x raw)` : ''}`);
  }
}

main().catch((error) => {
  console.error(`The benchmark failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
