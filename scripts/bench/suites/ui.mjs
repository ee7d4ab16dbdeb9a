// The content script's size, the popup's first paint and the service worker's heap.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST_DIR } from '../../lib/paths.mjs';
import { repeat, runSuite } from '../harness.mjs';
import { measureWorkerHeap } from '../worker-cdp.mjs';

const HEAP_SETTLE_MS = 3000;

function benchContentSize(env) {
  const built = path.join(env.extensionDir, 'content.js');
  const bytes = fs.statSync(built).size;
  const gzip = zlib.gzipSync(fs.readFileSync(built), { level: 9 }).length;
  const shipped = path.join(DIST_DIR, 'content.js');
  const shippedBytes = fs.existsSync(shipped) ? fs.statSync(shipped).size : null;
  env.recorder.record('size.contentScript', {
    samples: [bytes],
    details: { gzipBytes: gzip, distBytes: shippedBytes },
    note:
      `content.js of the benchmark build: webpack production mode (minified), the same content entry as npm run build; ${gzip.toLocaleString('en')} bytes gzipped.` +
      (shippedBytes === null ? ' dist/ was not built.' : ` dist/content.js on disk: ${shippedBytes.toLocaleString('en')} bytes (as last built).`),
  });
}

/** Records the size of the fill code, injected only into frames that receive values on Fill. */
function benchFillSize(env) {
  const built = path.join(env.extensionDir, 'fill.js');
  const gzip = zlib.gzipSync(fs.readFileSync(built), { level: 9 }).length;
  env.recorder.record('size.fillScript', {
    samples: [fs.statSync(built).size],
    details: { gzipBytes: gzip },
    note: `fill.js of the benchmark build, injected beside content.js only into frames that receive approved values; ${gzip.toLocaleString('en')} bytes gzipped.`,
  });
}

async function benchPopupPaint(env) {
  const tabId = env.form60?.tabId ?? 0;
  const url = env.browser.extensionUrl(`popup.html?tabId=${tabId}`);
  const samples = await repeat(async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        null,
        { timeout: 30000 },
      );
      return handle.jsonValue();
    } finally {
      await page.close();
    }
  }, { runs: env.runs });
  env.recorder.record('ui.popupFirstPaint', {
    samples,
    note: `popup.html opened in a tab for the 60-field page's tab (unlocked vault); the first-contentful-paint entry's startTime, from navigation start.`,
  });
}

async function benchHeap(env, seeded) {
  await new Promise((resolve) => setTimeout(resolve, HEAP_SETTLE_MS));
  const prefix = env.browser.extensionUrl('');
  const used = [];
  const total = [];
  for (let run = 0; run < env.runs; run += 1) {
    const heap = await measureWorkerHeap(env.browser.context.browser(), prefix);
    used.push(heap.usedSize);
    total.push(heap.totalSize);
  }
  env.recorder.record('memory.workerHeap', {
    samples: used,
    details: { totalSize: total },
    note:
      `CDP on the service worker target: HeapProfiler.collectGarbage, then Runtime.getHeapUsage (usedSize), ${HEAP_SETTLE_MS / 1000} s after the last request` +
      (seeded ? `, with ${seeded.entries.toLocaleString('en')} log entries stored and the log benchmarks run.` : '; the log was not seeded.'),
  });
}

export async function benchSizeAndPaint(env) {
  await runSuite('content script size', env.recorder, ['size.contentScript'], () => benchContentSize(env));
  await runSuite('fill code size', env.recorder, ['size.fillScript'], () => benchFillSize(env));
  await runSuite('popup first paint', env.recorder, ['ui.popupFirstPaint'], () => benchPopupPaint(env));
}

export async function benchWorkerHeap(env, seeded) {
  await runSuite('service worker heap', env.recorder, ['memory.workerHeap'], () => benchHeap(env, seeded));
}
