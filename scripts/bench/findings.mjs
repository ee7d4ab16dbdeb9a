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
  the page waits for, message round trip included. Raw platform baselines (PBKDF2, AES-GCM,
  IndexedDB index queries) run in the service worker, where the product does the same work, with
  the vault's own data key and the same bytes or index range.
- **Pages.** \`scripts/bench/pages/forms.mjs\` generates the application form (60 questions in
  62 controls) and the 2,000-input page, served by the test harness's static server on 127.0.0.1.
  The pages' own listeners add up their time, which is subtracted from the fill.
- **Log.** 100,000 entries are appended through the log's own \`appendDisclosures\`
  (hash chain, keyed-hash indexes, sealed rows, signed heads) in batches of 50 fills of 20 fields,
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
    'A CPU profile of one fill (`node scripts/bench/profile.mjs --page application-60.html --action fill` on a ' +
    'development build) finds the service worker idle and the time in the page: the native focus and blur calls ' +
    'that `focus()` and `blur()` in src/autofill/fill/dom.ts make for every field (about 170 of 440 ms in the ' +
    'profile), unattributed native work, most likely style and layout that the visibility re-check of each field ' +
    '(src/autofill/fill-session.ts, `recheck`, with `elementFromPoint`) forces after the previous write, and one ' +
    '`settle()` per field, a task and a zero timer during which the page waits. Checking every field in one pass ' +
    'before the first write (again only after a file fill changes the page), leaving out the explicit blur when the ' +
    "next field's focus takes it anyway, and settling once per run of plain text fields would each cut a share.",
  'autofill.scan2000':
    'The profile of one preview (`profile.mjs --page inputs-2000.html --action preview`, development build) spreads ' +
    "the content script's time over the discovery walk (`collect`), `shadowRootOf` with " +
    "`chrome.dom.openOrClosedShadowRoot` on every element, `splitIdentifier`, one `elementFromPoint` per field for " +
    'visibility and a `new URL` per field in `formActionOrigin` (src/autofill/discovery); the service worker spends ' +
    "about 55 ms in `buildRow` (src/background/preview/build.ts). It also proposes all 1,940 matrix inputs (number " +
    'inputs labelled "Skill 3, criterion 5, rating 1 to 5") as `skills`, so the preview carries about 2,000 rows ' +
    'where 51 belong: a classification error that also costs time in every later step.',
  'vault.documents5MiB':
    'Inside the service worker `addDocument` costs about what raw encryption plus one IndexedDB put of the ' +
    'ciphertext costs (the next figure), so the storage layer adds little. The rest of the time is the message: ' +
    'the Documents tab sends the file as a 7 MB base64 string through `runtime.sendMessage`, which serialises it ' +
    'in the page and parses it in the worker, and `fromBase64` (src/vault/crypto/encoding.ts) then runs a regular ' +
    'expression and a per-character loop over it. Sending the bytes as an ArrayBuffer by `postMessage` to the ' +
    'service worker (structured clone, transferable) would avoid both. The ratio of 1.3 to raw AES-GCM alone ' +
    'cannot hold for any design that also stores the bytes, because the IndexedDB write of 5 MiB costs several ' +
    'times the encryption.',
  'log.append20':
    'The write is a chain of dependent asynchronous steps, each an IndexedDB or WebCrypto round trip: ' +
    '`recordApplication` (src/disclosure/applications.ts, which opens up to 20 recent applications one after ' +
    'another), then in `appendDisclosures` (src/disclosure/log.ts) reading and decrypting the head and the device ' +
    'key, 20 SHA-256 digests in sequence for the chain (`chainEntries`, src/disclosure/chain.ts), the keyed hashes, ' +
    'the Ed25519 signature and the recipient row. The profile shows the worker idle between the steps. Keeping the ' +
    'head and the device key in memory while the vault is unlocked, and hashing the chain with a synchronous ' +
    'SHA-256, would remove most of the round trips.',
  'log.recipientEntries':
    'The request opens every one of the recipient\'s 400 sealed rows with its own WebCrypto AES-GCM call and JSON ' +
    'parse (`listDisclosures` in src/disclosure/log.ts) and carries the message round trip; the raw query returns ' +
    'the sealed rows only. History asks for ids first (`log.history`) and opens one screen of entries at a time.',
  'log.recipientIds':
    'About 4 ms of it is the message round trip from the page and the keyed hash of the origin, which the raw query ' +
    'in the worker does not pay; at a few milliseconds the ratio is dominated by that fixed cost.',
  'log.verify':
    'Verification (src/disclosure/verify.ts over `iterateEntries` in src/disclosure/store.ts) decrypts every entry ' +
    'with its own WebCrypto call, parses it, serialises it canonically (src/disclosure/canonical-json.ts) and ' +
    'digests it with its own `crypto.subtle.digest` call. In the profile at 20,000 entries ' +
    '(`profile.mjs --action verify`) that is about 70 µs per entry, spread over decryption, garbage collection, ' +
    'the IndexedDB reads, canonical serialisation and hashing, with the worker idle between WebCrypto calls. The ' +
    'budget needs about 20 µs per entry: fewer WebCrypto calls (sealing entries in blocks of, say, 100), a ' +
    'synchronous SHA-256, and verifying in a loop without a promise per entry.',
  'log.export':
    "log.export (src/disclosure/export.ts, `exportLog`) builds the whole log, 100,000 decrypted entries, as one " +
    'object and returns it in one `runtime.sendMessage` reply of about 64 MB of JSON. Chromium limits one ' +
    'extension message to 64 MiB, so a somewhat longer log fails outright. The profile at 20,000 entries shows ' +
    'the worker idle for half the time while the reply is serialised and sent. The transfer service ' +
    '(src/transfer) prepares downloads in chunks (`transfer.exportLog`, `transfer.downloadChunk`); History\'s ' +
    'Export button could use it.',
  'log.exportTransfer':
    'Not profiled separately. `exportLog` in src/transfer/service.ts first builds the same whole-log object ' +
    'as log.export (decrypting every entry, `exportLog` in src/disclosure/export.ts), then formats it as one JSON ' +
    'string before the first 4 MiB chunk goes out, so it pays the decryption of log.export and then the ' +
    'chunked messages. Producing the JSON while reading the entries in batches would overlap the two.',
  'log.historyFirstRender':
    'The history view (options/history/index.tsx) shows its first rows when both `log.overview` and ' +
    '`applications.list` have replied (`load`), and it starts `log.verify` at the same moment, so the three ' +
    'compete for the one service worker; their own figures show what each costs alone. A profile of ' +
    'log.overview at 100,000 entries (`profile.mjs --action overview --entries 100000`) puts most of its time in ' +
    '`buildChart` (src/disclosure/query.ts), whose `orderBy(\'[recipientHash+time]\').keys()` walks all 100,000 ' +
    'index keys with a Dexie cursor, one asynchronous step per entry. Monthly counts kept per recipient and ' +
    'updated on each append (sealed like the recipient rows), showing the applications from their own request ' +
    'and verifying after the first render would let the first view appear without reading the whole log.',
  'size.contentScript':
    'In the unminified development build, field discovery (src/autofill/discovery) is about 45 % of content.js, ' +
    'the fill drivers (src/autofill/fill) 25 % and classification with its word lists (src/autofill/classify) ' +
    '24 %. Classifying in the service worker from the signals the content script reports would remove about a ' +
    'quarter; the rest needs trimming in discovery and drivers, or drivers injected only when a fill needs them.',
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
  return items.length === 0 ? 'Every budget holds.' : items.join('\n');
}
