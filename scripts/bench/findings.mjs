// The method section of BENCHMARKS.md and the findings for the figures that miss their budget.
// CAUSES contains what was found when a budget failed: where the time goes, with the file and function.

export const METHOD = `- **Browser.** Debian's Chromium, headless, through playwright-core, on a fresh profile, with the
  benchmark build of the extension (\`dist-bench/\`): the test build (\`npm run build:test\`,
  production mode, granted http://127.0.0.1) plus one module in the service worker,
  \`scripts/bench/sw-hook.ts\`, which the product builds never contain. The hook seeds the log and
  times code inside the service worker; every other figure goes through the extension's own
  messages and pages. One browser runs at a time; all traffic stays on loopback.
- **Vault.** Created through the options page at the default key-derivation strength, with the
  sample CV imported through the Import tab and a one-page PDF as CV and cover letter.
- **Timing.** Requests are sent from an extension page (the popup window or the options page) with
  \`chrome.runtime.sendMessage\` and timed there with \`performance.now()\`, so each figure is what
  the page waits for, message round trip included. Document bytes and export chunks go to and
  from the service worker with \`postMessage\`, as the pages send them. Raw platform baselines (PBKDF2, AES-GCM,
  IndexedDB index queries) run in the service worker, where the product does the same work, with
  the vault's own data key and the same bytes or index range. Where a budget sets a ratio to the raw
  platform for a request, the product's side is also timed inside the service worker, so both sides
  leave out the message round trip.
- **Pages.** \`scripts/bench/pages/forms.mjs\` generates the application form (60 questions in
  62 controls) and the 2,000-input page, served by the test harness's static server on 127.0.0.1.
  The pages' own listeners add up their time, which is subtracted from the fill.
- **Documents.** The budget of 1.3 times raw AES-GCM is checked inside the service worker, where
  the raw encryption runs: the vault's encryption of the 5 MiB against raw AES-GCM on the same
  bytes, and \`addDocument\` (encryption and storage) against raw AES-GCM plus one raw IndexedDB put
  of the ciphertext. Against the encryption alone, storing cannot hold 1.3 times, because the
  IndexedDB write of 5 MiB costs several times the encryption. The attach in the Documents tab,
  timed in the page, carries the 200 ms budget and shows its ratio to raw AES-GCM for reference.
- **Log.** 100,000 entries are appended through the log's own \`appendDisclosures\`
  (hash chain, keyed-hash index rows, one sealed block per fill, signed heads) in batches of 50 fills of 20 fields,
  spread over 250 recipients and two years, with one application per fill. Real fills would take
  hours.
- **Memory.** CDP on the service worker target from a browser-level session
  (\`Target.attachToTarget\`, then \`HeapProfiler.collectGarbage\` and \`Runtime.getHeapUsage\`).`;

/**
 * Causes found for failing budgets, by figure id. Each names where the time or memory goes, so a
 * reader can check it against the current code. Only failing and unmeasured figures show their entry.
 */
export const CAUSES = {
  'autofill.fill60':
    'Text, date and select fields get their focus and blur events dispatched rather than through native ' +
    '`focus()`/`blur()`, every field is checked in one pass before the first write, and the page settles once ' +
    'before all values are read back (src/autofill/fill-session.ts, src/autofill/fill/index.ts). What remains is ' +
    "mostly the field scan that precedes the writes (src/autofill/discovery) and the page's re-render between " +
    'writes; on a loaded machine the spread is wide, so compare with a run on an idle machine before acting.',
  'autofill.scan2000':
    'The scan inside the page takes about 90 ms on an idle machine (2,000 inputs, visibility checked only for ' +
    'fields that classification accepts, one form-action lookup per form). The rest of `fill.preview` is the ' +
    'message round trip and the background resolving a value for each proposed row ' +
    '(src/background/preview/build.ts, `buildRow`); under load the two cores are shared with the page.',
  'vault.documents5MiB':
    'The figure times the whole attach in the Documents tab, from the file input\'s change event to the new row: ' +
    'reading the file, the message and reloading the list. The tab posts the bytes to the service worker with ' +
    '`postMessage`, handing over the ArrayBuffer (src/messaging/worker-channel.ts), and in Firefox, whose ' +
    'background is an event page, `runtime.sendMessage` clones the bytes. Inside the worker `addDocument` costs ' +
    'what raw encryption plus one IndexedDB put of the ciphertext costs (the next figure).',
  'log.append20':
    'The chain tip stays in memory while the vault is unlocked and the independent reads run together, but the ' +
    'device key is still read and decrypted on every append (src/disclosure/log.ts): caching it let a key swapped ' +
    'in without a rotation record go unnoticed by the next signature, so it stays uncached. The 20 SHA-256 ' +
    'digests of the chain are WebCrypto calls, each a round trip.',
  'log.recipientEntries':
    "The request runs `listDisclosures` (src/disclosure/log.ts): the index rows of the recipient, then one sealed " +
    'block per fill, each opened with one AES-GCM call, and the reply of about 400 entries (some 250 KB of JSON) ' +
    'crosses the message boundary, serialised in the worker and parsed in the page.',
  'log.recipientEntriesWorker':
    'Beyond the raw read of the same index rows and blocks, the product decrypts and unpacks each block ' +
    '(src/disclosure/blocks.ts) and builds the entries; Dexie adds its own bookkeeping to each query.',
  'log.recipientIds':
    'Most of it is the message round trip from the page; the index query itself is the next figure.',
  'log.recipientIdsWorker':
    'At about a millisecond the ratio is dominated by fixed costs: the Dexie query setup, and the keyed hash of ' +
    'the origin when it is not cached yet.',
  'log.verify':
    'Verification (src/disclosure/verify.ts) reads one sealed block per fill (src/disclosure/store.ts, ' +
    '`iterateEntries`) while the previous batch is hashed, but every entry still costs one canonical ' +
    'serialisation (src/disclosure/canonical-json.ts), one UTF-8 encoding and one `crypto.subtle.digest` call.',
  'log.export':
    'The worker writes the JSON while it reads the entries in batches (src/transfer/json/pretty-stream.ts, ' +
    'src/transfer/log-stream.ts), cuts 4 MiB chunks as the text is produced and keeps at most two waiting. The ' +
    'page fetches each chunk straight from the service worker (`requestFromWorker` in src/messaging/client.ts), ' +
    'because runtime messaging converts every message to JSON text and back, and asks for the next chunk before ' +
    'it stores the current one. What remains is reading and opening the blocks, formatting 75 MB of text and ' +
    'copying it to the page.',
  'log.exportTransfer':
    'The same path as log.export (src/transfer/service.ts): the JSON is written while the entries are read, and ' +
    'the Transfer tab fetches the chunks from the service worker as they are produced.',
  'log.historyFirstRender':
    'History paints the newest applications from their own request and asks for the full list after the first ' +
    'paint (options/history). It starts verification after the first view, over a runtime port of its own: ' +
    'leaving the page stops that verification at its next batch (src/disclosure/shared-run.ts), and between ' +
    'batches the verification yields at background priority and waits for the pages\' other requests ' +
    '(src/background/log-handlers.ts). A request that arrives during a batch still shares the worker with it.',
  'size.contentScript':
    'The script injected into every frame for the scan holds field discovery (src/autofill/discovery) and the ' +
    'classifier code; the word lists travel with each scan request, and the fill code (fill.js) is injected only ' +
    'into frames that receive values. Growth past the budget would come from discovery and classification rules.',
  'ui.popupFirstPaint':
    'The popup paints once popup.js (about 37 KB, preact included) has run and rendered its first state; under the ' +
    'load of this run the spread is wide, so compare against a run on an idle machine before acting.',
};

function formatMedian(figure) {
  const median = figure.summary?.median;
  if (median === undefined) return 'not measured';
  return figure.unit === 'bytes' ? `${Math.round(median / 1024)} KiB` : `${median.toFixed(1)} ms`;
}

/** Returns the findings paragraph list: one item per failing or unmeasured figure. */
export function findingsText(figures) {
  const items = [];
  for (const figure of figures) {
    if (figure.verdict !== 'fails' && figure.verdict !== 'not measured') continue;
    const ratio = figure.ratio === null ? '' : ` (${figure.ratio.toFixed(2)}× the raw platform)`;
    const cause = CAUSES[figure.id] ? ` ${CAUSES[figure.id]}` : '';
    const head = figure.verdict === 'fails' ? `median ${formatMedian(figure)}${ratio} against the budget.` : `${figure.note}`;
    items.push(`- **${figure.title}**: ${head}${cause}`);
  }
  return items.length === 0 ? 'No figure misses its budget, so there is no cause to report.' : items.join('\n');
}
