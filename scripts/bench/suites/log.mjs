// The disclosure log at 100,000 entries: seeding it through the log's own append function, then
// appending a fill, one recipient's entries beside a raw IndexedDB index query on the same rows,
// History's first render, verifying and exporting the whole log.
import { openOptions } from '../../lib/extension.mjs';
import { repeat, runSuite, timedRequest } from '../harness.mjs';

const FIELDS_PER_FILL = 20;
const RECIPIENTS = 250;
const FILLS_PER_CALL = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Index of the seeded recipient the queries ask for. Every recipient has the same number of entries. */
const QUERIED_RECIPIENT = 3;
const APPENDED_RECIPIENT = 7;
const HISTORY_ROW_SELECTOR = [
  '#panel-history [data-disclosure-id]',
  '#panel-history [data-application-id]',
  '#panel-history [data-entry-id]',
  '#panel-history tbody tr',
  '#panel-history li',
].join(', ');
const HISTORY_TIMEOUT_MS = 60000;
/** Runs for the figures that take seconds each (verify, export), to keep the whole run short. */
const SLOW_RUNS = 5;

/** Seeds `entries` entries: fills of 20 fields spread over 250 recipients and the last two years. */
async function seed(env, entries) {
  const worker = await env.browser.worker();
  const fills = Math.ceil(entries / FIELDS_PER_FILL);
  const toMs = Date.now() - DAY_MS;
  const fromMs = toMs - 730 * DAY_MS;
  const started = Date.now();
  let written = 0;
  for (let first = 0; first < fills; first += FILLS_PER_CALL) {
    const count = Math.min(FILLS_PER_CALL, fills - first);
    const span = (toMs - fromMs) / fills;
    const result = await worker.evaluate(
      (plan) => globalThis.meritvalvBench.seedLog(plan),
      {
        fills: count,
        fieldsPerFill: FIELDS_PER_FILL,
        recipients: RECIPIENTS,
        fromMs: fromMs + span * first,
        toMs: fromMs + span * (first + count - 1),
        fillsPerBatch: 50,
      },
    );
    written += result.entries;
    process.stdout.write(`\r  seeding the log: ${written.toLocaleString('en')} of ${entries.toLocaleString('en')} entries`);
  }
  process.stdout.write('\n');
  return { entries: written, fills, seconds: (Date.now() - started) / 1000 };
}

async function seededOrigin(env, index) {
  const worker = await env.browser.worker();
  return worker.evaluate((position) => globalThis.meritvalvBench.seededOrigin(position), index);
}

async function benchAppend(env) {
  const worker = await env.browser.worker();
  const origin = await seededOrigin(env, APPENDED_RECIPIENT);
  const samples = await repeat(
    () => worker.evaluate(({ recipient, fields }) => globalThis.meritvalvBench.timeAppendFill(recipient, fields), { recipient: origin, fields: FIELDS_PER_FILL }),
    { runs: env.runs },
  );
  env.recorder.record('log.append20', {
    samples,
    note: 'Timed inside the service worker: recordApplication, then appendDisclosures of 20 entries (chain hashes, keyed hashes, sealing, signing the head, one transaction), as fill.apply does after the page took the values.',
  });
}

/**
 * Times raw IndexedDB reads of one recipient's log rows inside the service worker. `getAllKeys`
 * reads the ids from the [recipientHash+time] index. `getAll` reads the index rows and then the
 * sealed blocks they name, in one transaction: the rows a decrypted list needs.
 */
function rawIndexQuery(worker, { origin, method, runs }) {
  return worker.evaluate(async ({ recipient, queryMethod, count }) => {
    const hash = await globalThis.meritvalvBench.keyedHash(recipient);
    const names = (await indexedDB.databases()).map((database) => database.name);
    const name = names.find((candidate) => candidate === 'meritvalv') ?? names[0];
    const db = await new Promise((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const range = IDBKeyRange.bound([hash, -Infinity], [hash, Infinity]);
    const settle = (request) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const query = async () => {
      const transaction = db.transaction(['disclosures', 'disclosureBlocks'], 'readonly');
      const rows = await settle(transaction.objectStore('disclosures').index('[recipientHash+time]')[queryMethod](range));
      if (queryMethod !== 'getAll') return { rows: rows.length, blocks: 0 };
      const blocks = transaction.objectStore('disclosureBlocks');
      const blockIds = [...new Set(rows.map((row) => row.block))];
      await Promise.all(blockIds.map((id) => settle(blocks.get(id))));
      return { rows: rows.length, blocks: blockIds.length };
    };
    await query();
    const times = [];
    let read = null;
    for (let run = 0; run < count; run += 1) {
      const started = performance.now();
      read = await query();
      times.push(performance.now() - started);
    }
    db.close();
    return { times, ...read };
  }, { recipient: origin, queryMethod: method, count: runs });
}

async function benchRecipientQueries(env) {
  const page = env.controlPage;
  const worker = await env.browser.worker();
  const origin = await seededOrigin(env, QUERIED_RECIPIENT);

  let listed = 0;
  const entrySamples = await repeat(async () => {
    const { ms, result } = await timedRequest(page, 'log.list', { recipientOrigin: origin }, 'full');
    listed = result.length;
    return ms;
  }, { runs: env.runs });
  let ids = 0;
  const idSamples = await repeat(async () => {
    const { ms, result } = await timedRequest(page, 'log.history', { recipientOrigin: origin }, 'full');
    ids = result.ids.length;
    return ms;
  }, { runs: env.runs });
  const inWorker = [];
  await repeat(async (run) => {
    const timing = await worker.evaluate((recipient) => globalThis.meritvalvBench.timeRecipientQueries(recipient), origin);
    // Negative runs are the warm-up.
    if (run >= 0) inWorker.push(timing);
    return timing.entriesMs;
  }, { runs: env.runs });
  const rawRows = await rawIndexQuery(worker, { origin, method: 'getAll', runs: env.runs });
  const rawKeys = await rawIndexQuery(worker, { origin, method: 'getAllKeys', runs: env.runs });

  env.recorder.record('log.recipientEntries', {
    samples: entrySamples,
    note: `${listed} entries of one recipient, decrypted, newest first, as an extension page waits for them: message round trip included.`,
  });
  env.recorder.record('log.recipientEntriesWorker', {
    samples: inWorker.map((timing) => timing.entriesMs),
    baseline: { label: `raw IndexedDB getAll on [recipientHash+time] and get of the ${rawRows.blocks} sealed blocks the ${rawRows.rows} rows name, in the service worker`, samples: rawRows.times },
    note: 'listDisclosures timed inside the service worker, where the raw query runs: keyed hash of the origin, index query, blocks read, decrypted and unpacked.',
  });
  env.recorder.record('log.recipientIds', {
    samples: idSamples,
    note: `The ${ids} ids that History's recipient filter asks for first, as an extension page waits for them: message round trip included.`,
  });
  env.recorder.record('log.recipientIdsWorker', {
    samples: inWorker.map((timing) => timing.idsMs),
    baseline: { label: `raw IndexedDB getAllKeys on [recipientHash+time] in the service worker (${rawKeys.rows} keys)`, samples: rawKeys.times },
    note: 'findEntryIds timed inside the service worker, where the raw query runs: keyed hash of the origin and the index keys.',
  });
}

async function benchHistoryRender(env) {
  const page = await openOptions(env.browser);
  try {
    const samples = await repeat(async () => {
      // A fresh document each run: options.html#cv opens on the CV tab, so History mounts on the click.
      await page.goto('about:blank');
      await page.goto(env.browser.extensionUrl('options.html#cv'));
      await page.locator('#tab-history').waitFor({ timeout: 30000 });
      await page.bringToFront();
      return page.evaluate(
        ({ selector, timeoutMs }) =>
          new Promise((resolve, reject) => {
            const started = performance.now();
            if (document.visibilityState !== 'visible') reject(new Error('The options page is not visible, so it would not paint'));
            const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
            const observer = new MutationObserver(() => {
              if (!document.querySelector(selector)) return;
              observer.disconnect();
              finish();
            });
            observer.observe(document.body, { childList: true, subtree: true });
            setTimeout(() => {
              observer.disconnect();
              reject(new Error(`History showed no row within ${timeoutMs} ms`));
            }, timeoutMs);
            document.querySelector('#tab-history').click();
          }),
        { selector: HISTORY_ROW_SELECTOR, timeoutMs: HISTORY_TIMEOUT_MS },
      );
    }, { runs: env.runs, warmup: 0, capMs: 5000 });
    env.recorder.record('log.historyFirstRender', {
      samples,
      note: `From the click on the History tab to the first frame after a row appears (${HISTORY_ROW_SELECTOR}). Runs stop after one over 5 s. No warm-up run: each run opens a fresh page.`,
    });
  } finally {
    await page.close();
  }
}

async function benchVerify(env) {
  let report = null;
  const samples = await repeat(async () => {
    const { ms, result } = await timedRequest(env.controlPage, 'log.verify', undefined, 'full');
    report = result;
    return ms;
  }, { runs: Math.min(env.runs, SLOW_RUNS), warmup: 0, capMs: 20000 });
  env.recorder.record('log.verify', {
    samples,
    note: `log.verify: every sealed block read and decrypted, every entry's chain hash recomputed, the signed head and records checked. Sent once with runtime.sendMessage; History sends the same request over a port of its own, which stops the verification when the page leaves. No warm-up run. Result: ${report?.status ?? 'none'}.`,
  });
}

/** Times the two requests History waits for before its first view: log.overview and applications.list. */
async function benchHistoryRequests(env) {
  let overview = null;
  const overviewSamples = await repeat(async () => {
    const { ms, result } = await timedRequest(env.controlPage, 'log.overview', undefined, 'full');
    overview = { total: result.total, recipients: result.recipients.length, fields: result.fields.length };
    return ms;
  }, { runs: Math.min(env.runs, SLOW_RUNS), warmup: 0, capMs: 20000 });
  env.recorder.record('log.overview', {
    samples: overviewSamples,
    note: `log.overview: counts per recipient and field and the chart (${(overview?.total ?? 0).toLocaleString('en')} entries, ${overview?.recipients ?? 0} recipients, ${overview?.fields ?? 0} fields). No warm-up run.`,
  });

  let applications = 0;
  const applicationSamples = await repeat(async () => {
    const { ms, result } = await timedRequest(env.controlPage, 'applications.list', undefined, 'full');
    applications = result.length;
    return ms;
  }, { runs: Math.min(env.runs, SLOW_RUNS), warmup: 0, capMs: 20000 });
  env.recorder.record('log.applicationsList', {
    samples: applicationSamples,
    note: `applications.list: all ${applications.toLocaleString('en')} applications, decrypted, in one reply. No warm-up run.`,
  });
}

/**
 * Times one chunked export from an extension page: the request that prepares the download, then
 * every transfer.downloadChunk, as the page that saves the file fetches them: posted straight to
 * the service worker (requestFromWorker in src/messaging/client.ts). Returns the time and the size
 * of the document in characters.
 */
export async function timeDownloadOnce(page, type, payload) {
  const outcome = await page.evaluate(async ([requestType, requestPayload]) => {
    const send = (kind, body) => chrome.runtime.sendMessage({ type: kind, payload: body });
    const worker = (await navigator.serviceWorker.getRegistration())?.active;
    const sendToWorker = (kind, body) =>
      new Promise((resolve) => {
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = (event) => {
          port1.close();
          resolve(event.data);
        };
        worker.postMessage({ type: kind, payload: body }, [port2]);
      });
    if (!worker) return { error: { message: 'the options page found no active service worker' } };
    const started = performance.now();
    const prepared = await send(requestType, requestPayload);
    if (!prepared?.ok) return { error: prepared?.error ?? { message: 'no reply: the request has no handler' } };
    let total = 0;
    for (let index = 0; ; index += 1) {
      const chunk = await sendToWorker('transfer.downloadChunk', { downloadId: prepared.result.downloadId, index });
      if (!chunk?.ok) return { error: chunk?.error ?? { message: 'no reply' } };
      total += chunk.result.text.length;
      if (chunk.result.last) break;
    }
    return { ms: performance.now() - started, chars: total };
  }, [type, payload]);
  if (outcome.error) throw new Error(`${type} failed: ${outcome.error.message}`);
  return outcome;
}

/** Times a chunked export `SLOW_RUNS` times; returns the samples and the document's size in characters. */
async function timeChunkedExport(env, type, payload) {
  let chars = 0;
  const samples = await repeat(async () => {
    const outcome = await timeDownloadOnce(env.controlPage, type, payload);
    chars = outcome.chars;
    return outcome.ms;
  }, { runs: Math.min(env.runs, SLOW_RUNS), warmup: 0, capMs: 20000 });
  return { samples, chars };
}

/** Times History's Export button: log.export, then every chunk of the document. */
async function benchExport(env) {
  const { samples, chars } = await timeChunkedExport(env, 'log.export', undefined);
  env.recorder.record('log.export', {
    samples,
    note: `log.export as History's download button sends it, and every transfer.downloadChunk, posted to the service worker as the page posts it, timed from an extension page until the whole document (${chars.toLocaleString('en')} characters of JSON) arrived. No warm-up run.`,
  });
}

/** Times the Transfer tab's log export: transfer.exportLog as JSON, then every chunk. */
async function benchTransferExport(env) {
  const { samples, chars } = await timeChunkedExport(env, 'transfer.exportLog', { format: 'json' });
  env.recorder.record('log.exportTransfer', {
    samples,
    note: `transfer.exportLog (JSON, every recipient) and every transfer.downloadChunk, posted to the service worker as the Transfer tab posts it; ${chars.toLocaleString('en')} characters. No warm-up run.`,
  });
}

export const LOG_IDS = [
  'log.append20',
  'log.recipientEntries',
  'log.recipientEntriesWorker',
  'log.recipientIds',
  'log.recipientIdsWorker',
  'log.historyFirstRender',
  'log.verify',
  'log.export',
  'log.exportTransfer',
  'log.overview',
  'log.applicationsList',
];

/** Seeds the log and runs the log benchmarks; returns the seeding figures, or null when it failed. */
export async function benchLog(env) {
  let seeded = null;
  await runSuite('seeding', env.recorder, LOG_IDS, async () => {
    seeded = await seed(env, env.entries);
  });
  if (!seeded) return null;
  await runSuite('log append', env.recorder, ['log.append20'], () => benchAppend(env));
  await runSuite('recipient queries', env.recorder, ['log.recipientEntries', 'log.recipientEntriesWorker', 'log.recipientIds', 'log.recipientIdsWorker'], () => benchRecipientQueries(env));
  await runSuite('log verify', env.recorder, ['log.verify'], () => benchVerify(env));
  await runSuite('log export', env.recorder, ['log.export'], () => benchExport(env));
  await runSuite('log export (Transfer tab)', env.recorder, ['log.exportTransfer'], () => benchTransferExport(env));
  await runSuite('History requests', env.recorder, ['log.overview', 'log.applicationsList'], () => benchHistoryRequests(env));
  await runSuite('History render', env.recorder, ['log.historyFirstRender'], () => benchHistoryRender(env));
  return seeded;
}
