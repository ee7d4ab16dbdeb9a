// node scripts/bench/profile.mjs [--page FILE] [--action preview|fill|verify|export|overview|append] [--entries N]
// Records CPU profiles of the page's renderer (where the content script runs) and of the service
// worker during one fill.preview, fill.apply, log.verify, log.export, log.overview or 20-field log append, and
// prints the functions with the most self time in each. The log actions seed --entries entries
// first (default 20,000). For finding where a slow benchmark figure spends its time. --extension names the build
// (default dist-bench/); a development build keeps function names:
//   npx webpack --config scripts/bench/webpack.config.mjs --mode development --env benchOut=/tmp/dist-bench-dev
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../lib/chromium.mjs';
import { startStaticServer } from '../lib/server.mjs';
import { createVault, importCv, addDocument, openOptions } from '../lib/extension.mjs';
import { DEMO_CV, DEMO_PDF, REPO_ROOT } from '../lib/paths.mjs';
import { benchPages } from './pages/forms.mjs';
import { openTarget } from './suites/autofill.mjs';
import { timeDownloadOnce } from './suites/log.mjs';
import { timedRequest } from './harness.mjs';
import { attachToServiceWorker } from './worker-cdp.mjs';

const TOP_FUNCTIONS = 15;

const { values: options } = parseArgs({
  options: {
    page: { type: 'string', default: 'inputs-2000.html' },
    action: { type: 'string', default: 'preview' },
    extension: { type: 'string', default: path.join(REPO_ROOT, 'dist-bench') },
    entries: { type: 'string', default: '20000' },
  },
});

function frameName(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? path.basename(url) : ''}:${lineNumber + 1}`;
}

/**
 * Sums self time per function (name, script and line) from a CDP Profiler profile. A native
 * function (no script) is named with its JavaScript caller, so querySelectorAll shows who calls it.
 */
function topSelfTime(profile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const selfMs = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const node = byNode.get(profile.samples[index]);
    let key = frameName(node);
    const parent = parentOf.get(node.id);
    if (!node.callFrame.url && parent?.callFrame.url) key += ` <- ${frameName(parent)}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  const total = [...selfMs.values()].reduce((sum, value) => sum + value, 0);
  const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS);
  return { total, top };
}

function printProfile(title, profile) {
  const { total, top } = topSelfTime(profile);
  console.log(`\n${title}: ${total.toFixed(0)} ms sampled`);
  for (const [key, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

/** Seeds the log for the log actions, before profiling starts. */
async function seedFor(action) {
  if (!['verify', 'export', 'overview', 'append'].includes(action)) return;
  const fills = Math.ceil(Number(options.entries) / 20);
  const worker = await browser.worker();
  for (let first = 0; first < fills; first += 500) {
    await worker.evaluate((count) => globalThis.meritvalvBench.seedLog({
      fills: count, fieldsPerFill: 20, recipients: 250, fromMs: Date.now() - 6e10, toMs: Date.now() - 1e9, fillsPerBatch: 50,
    }), Math.min(500, fills - first));
  }
}

/** Runs the profiled action; returns { ms }. */
async function runAction(target, control) {
  switch (options.action) {
    case 'verify':
      return timedRequest(control, 'log.verify');
    case 'export':
      // The log is written while the chunks are fetched, so log.export alone would miss most of the work.
      return timeDownloadOnce(control, 'log.export');
    case 'overview':
      return timedRequest(control, 'log.overview', undefined, 'size');
    case 'append': {
      const worker = await browser.worker();
      const origin = await worker.evaluate(() => globalThis.meritvalvBench.seededOrigin(7));
      return { ms: await worker.evaluate((recipient) => globalThis.meritvalvBench.timeAppendFill(recipient, 20), origin) };
    }
    case 'fill': {
      const preview = await timedRequest(target.popup, 'fill.preview', { tabId: target.tabId }, 'preview');
      const approvals = preview.result.rows.filter((row) => row.value !== null).map(({ rowId, value }) => ({ rowId, value }));
      return timedRequest(target.popup, 'fill.apply', { previewId: preview.result.previewId, approvals });
    }
    default:
      return timedRequest(target.popup, 'fill.preview', { tabId: target.tabId }, 'preview');
  }
}

const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'meritvalv-profile-pages-'));
for (const [name, html] of Object.entries(benchPages())) await fsp.writeFile(path.join(dir, name), html);
const server = await startStaticServer(dir);
const browser = await launchWithExtension(path.resolve(options.extension));
const env = { browser, server, passphrase: 'profile passphrase for Meritvalv' };
try {
  const control = await openOptions(browser);
  await createVault(control, env.passphrase);
  await importCv(control, DEMO_CV);
  await addDocument(control, DEMO_PDF, { name: 'cv.pdf', role: 'cv' });
  const target = await openTarget(env, options.page);
  await seedFor(options.action);

  const pageSession = await browser.context.newCDPSession(target.page);
  const worker = await attachToServiceWorker(browser.context.browser(), browser.extensionUrl(''));
  for (const session of [pageSession, worker]) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
  }
  const measured = await runAction(target, control);
  const { profile: pageProfile } = await pageSession.send('Profiler.stop');
  const { profile: workerProfile } = await worker.send('Profiler.stop');
  console.log(`${options.action} on ${options.page}: ${measured.ms.toFixed(1)} ms as timed from the popup`);
  printProfile('Page renderer (content script and page scripts)', pageProfile);
  printProfile('Service worker', workerProfile);
  await worker.detach();
} finally {
  await browser.close();
  await server.close();
  await fsp.rm(dir, { recursive: true, force: true });
}
