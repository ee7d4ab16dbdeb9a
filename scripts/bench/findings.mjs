// The method section of BENCHMARKS.md and the findings for the figures that miss their budget.
// CAUSES holds what was found when a budget failed: where the time goes, with the file and function.

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
 * reader can check it against the current code; a figure that holds does not show its entry.
 */
export const CAUSES = {};

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
