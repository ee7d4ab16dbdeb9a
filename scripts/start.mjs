// npm start: serves the demo job site on 127.0.0.1, opens Chromium with the extension and a demo
// vault made from the demo CV, and leaves the person to try the fill.
// npm start -- --headless: runs the same fill on both demo application pages without a window,
// accepting the default selection, prints what was disclosed to whom, and exits.
import './lib/require-node.mjs';
import { parseArgs } from 'node:util';
import { DEMO_CV, DEMO_DIR, DEMO_PDF, DIST_TEST_DIR } from './lib/paths.mjs';
import { CHROMIUM_MISSING_MESSAGE, findChromium, launchWithExtension } from './lib/chromium.mjs';
import { startStaticServer } from './lib/server.mjs';
import { testBuildIsStale } from './lib/build-state.mjs';
import { runNpm } from './lib/run.mjs';
import {
  addDocument,
  createVault,
  importCv,
  listDisclosures,
  openOptions,
  openPopupFor,
  pressFill,
  readPreview,
  tabIdFor,
} from './lib/extension.mjs';


const DEMO_PASSPHRASE = 'demo passphrase for Meritvalv';
const DEMO_PAGES = ['/en/apply.html', '/sv/ansok.html'];

const { values: options } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, rebuild: { type: 'boolean', default: false } },
});

if (!findChromium()) {
  console.error(CHROMIUM_MISSING_MESSAGE);
  process.exit(1);
}
if (!options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium cannot open a window here.');
  console.error('Run the demo without a window instead: npm start -- --headless');
  process.exit(1);
}

// A build named by MERITVALV_TEST_BUILD is the caller's to keep current, so it is rebuilt only
// on --rebuild, into the folder that Chromium loads.
if (options.rebuild || (!process.env.MERITVALV_TEST_BUILD && testBuildIsStale())) {
  console.log(`Building the extension (test variant, granted http://127.0.0.1 up front) into ${DIST_TEST_DIR} ...`);
  if ((await runNpm('build:test', ['--env', `out=${DIST_TEST_DIR}`])) !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(1);
  }
}

const server = await startStaticServer(DEMO_DIR);
let browser;
try {
  browser = await launchWithExtension(DIST_TEST_DIR, { headless: options.headless });
} catch (error) {
  console.error(`Chromium failed to start with the extension: ${error.message.split('\n')[0]}`);
  if (!options.headless) console.error('If no window can open here, run: npm start -- --headless');
  await server.close();
  process.exit(1);
}

async function stop(code) {
  await browser.close();
  await server.close();
  process.exit(code);
}

async function prepareDemoVault() {
  const page = await openOptions(browser);
  await createVault(page, DEMO_PASSPHRASE);
  await importCv(page, DEMO_CV);
  await addDocument(page, DEMO_PDF, { name: 'cv.pdf', role: 'cv' });
  return page;
}

function printDisclosures(entries) {
  const byRecipient = new Map();
  const oldestFirst = [...entries].sort((left, right) => left.id - right.id);
  for (const entry of oldestFirst) {
    const recipient = `${entry.frameOrigin} (form sends to ${entry.actionOrigin ?? 'a script, no form'})`;
    if (!byRecipient.has(recipient)) byRecipient.set(recipient, []);
    byRecipient.get(recipient).push(entry);
  }
  for (const [recipient, list] of byRecipient) {
    console.log(`\nTo ${recipient}:`);
    for (const entry of list) {
      console.log(`  ${entry.time}  ${entry.meaning.padEnd(20)} "${entry.label}" = ${entry.value}${entry.kept ? '' : ' (the page did not keep it)'}`);
    }
  }
}

function heldBackReason(row) {
  if (row.missing) return 'no value in the vault';
  if (row.checked) return 'ticked, but the fill report does not list it as filled';
  return row.sensitive ? 'sensitive, so unticked by default' : 'unticked';
}

/**
 * Prints the preview rows that the fill left out and why, by label only, never a value. Page
 * fields that the preview does not list (free-text questions, fields that must stay empty) are
 * not visible here.
 */
function printHeldBack(previewRows, reportRows) {
  const filled = new Set(reportRows.filter((row) => row.status === 'filled').map((row) => row.rowId));
  for (const row of previewRows.filter((candidate) => !filled.has(candidate.rowId))) {
    console.log(`  not filled: "${row.label}": ${heldBackReason(row)}`);
  }
}

/** Fills both demo pages and prints the log. Returns the number of pages that failed. */
async function runHeadless(optionsPage) {
  let failures = 0;
  for (const pathname of DEMO_PAGES) {
    const url = `${server.origin}${pathname}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(browser, await tabIdFor(browser, url), { passphrase: DEMO_PASSPHRASE });
    try {
      const preview = await readPreview(popup);
      const report = await pressFill(popup);
      const filled = report.filter((row) => row.status === 'filled').length;
      console.log(`${url}: ${filled} of ${report.length} approved fields filled`);
      printHeldBack(preview, report);
    } catch (error) {
      failures += 1;
      console.error(`${url}: the fill failed: ${error.message.split('\n')[0]}`);
    } finally {
      await popup.close();
    }
  }
  console.log('Page fields that the preview does not list, such as free-text questions, are never filled.');
  const entries = await listDisclosures(optionsPage);
  console.log(`\nDisclosure log: ${entries.length} entries`);
  printDisclosures(entries);
  return failures;
}

try {
  console.log(`Demo job site: ${server.origin}/`);
  const optionsPage = await prepareDemoVault();
  if (options.headless) {
    const failures = await runHeadless(optionsPage);
    await stop(failures > 0 ? 1 : 0);
  } else {
    const site = await browser.context.newPage();
    await site.goto(`${server.origin}/en/apply.html`);
    console.log(`Demo vault created from the sample CV of a fictional person. Passphrase: ${DEMO_PASSPHRASE}`);
    console.log('Open the Meritvalv popup (toolbar icon or Alt+Shift+M) on an application page, review the fields and press Fill.');
    console.log('The Swedish page is at /sv/ansok.html. Close the browser window or press Ctrl+C to stop.');
    browser.context.on('close', () => server.close().then(() => process.exit(0)));
    process.on('SIGINT', () => stop(0));
  }
} catch (error) {
  console.error(`The demo failed: ${error.message}`);
  await stop(1);
}
