// Accuracy benchmark: runs the extension's preview and fill, as a person does through the popup
// with the default selection, on every annotated page of a corpus, and scores the proposals and
// fills against the pages' annotations.
//
// Usage: npm run bench:accuracy -- --corpus DIR [--expect-attr NAME] [--cv FILE] [--json FILE]
//                                  [--min-precision P] [--min-recall R] [--headed]
import './lib/require-node.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PDF, DIST_TEST_DIR, SAMPLE_CV } from './lib/paths.mjs';
import { findChromium, CHROMIUM_MISSING_MESSAGE, launchWithExtension } from './lib/chromium.mjs';
import { startStaticServer } from './lib/server.mjs';
import {
  addDocument,
  createVault,
  importCv,
  openOptions,
  openPopupFor,
  pressFill,
  readPreview,
  sendRequest,
  tabIdFor,
} from './lib/extension.mjs';
import { collectControls } from './lib/page-controls.mjs';
import { buildQuestions, scoreStep } from './lib/scoring.mjs';
import { factsFromCv } from './lib/cv-facts.mjs';
import { runNpm } from './lib/run.mjs';

const PASSPHRASE = 'benchmark passphrase 2026';
// Lets a page's own re-render (after blur, after a click) finish before its controls are read.
const SETTLE_MS = 300;

function usage(message) {
  if (message) console.error(message);
  console.error(
    'Usage: npm run bench:accuracy -- --corpus DIR [--expect-attr NAME] [--cv FILE] [--json FILE] [--min-precision P] [--min-recall R] [--headed]',
  );
  process.exit(2);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        corpus: { type: 'string' },
        'expect-attr': { type: 'string', default: 'data-expect' },
        cv: { type: 'string', default: SAMPLE_CV },
        json: { type: 'string' },
        'min-precision': { type: 'string' },
        'min-recall': { type: 'string' },
        headed: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usage(error.message);
  }
  if (!parsed.corpus) usage('Missing --corpus DIR.');
  if (!fs.existsSync(parsed.corpus) || !fs.statSync(parsed.corpus).isDirectory()) usage(`Corpus directory not found: ${parsed.corpus}`);
  if (!fs.existsSync(parsed.cv)) usage(`CV file not found: ${parsed.cv}`);
  for (const name of ['min-precision', 'min-recall']) {
    if (parsed[name] === undefined) continue;
    const value = Number(parsed[name]);
    if (!(value >= 0 && value <= 1)) usage(`--${name} must be a number from 0 to 1, got ${parsed[name]}`);
    parsed[name] = value;
  }
  return parsed;
}

function readSteps(corpusDir, file) {
  const stepsFile = path.join(corpusDir, file.replace(/\.html$/, '.steps.json'));
  if (!fs.existsSync(stepsFile)) return [{ fill: true }];
  const steps = JSON.parse(fs.readFileSync(stepsFile, 'utf8'));
  if (!Array.isArray(steps)) throw new Error(`${stepsFile}: expected a JSON array of steps`);
  return steps;
}

/** Reads the annotated controls of every frame of the page. */
async function snapshot(page, expectAttr, frameKeys) {
  const frames = [];
  for (const frame of page.frames()) {
    if (!frameKeys.has(frame)) frameKeys.set(frame, `f${frameKeys.size}`);
    try {
      const origin = await frame.evaluate(() => self.origin);
      const controls = await frame.evaluate(collectControls, expectAttr);
      frames.push({ frameKey: frameKeys.get(frame), origin, controls });
    } catch (error) {
      // A frame that navigated or closed during the step has nothing left to score.
      if (!/detached|destroyed|closed/i.test(error.message)) throw error;
    }
  }
  return frames;
}

async function clickAll(page, selector) {
  const matches = page.locator(selector);
  const count = await matches.count();
  for (let i = 0; i < count; i += 1) await matches.nth(i).click();
}

/**
 * Returns the background's preview rows for a tab by row id. The popup shows a row's meaning only
 * in words, so the harness asks for the same preview first; the popup's own preview, made right
 * after, replaces this one in the background, and its fill is the one scored.
 */
async function previewRowsById(optionsPage, tabId) {
  const preview = await sendRequest(optionsPage, 'fill.preview', { tabId });
  return new Map(preview.groups.flatMap((group) => group.rows.map((row) => [row.rowId, row])));
}

function withMeanings(popupRows, rowsById) {
  return popupRows.map((row) => {
    const known = rowsById.get(row.rowId);
    return {
      ...row,
      // The popup shows a meaning's name where the page gave no label; the preview keeps the page's own.
      label: known ? known.label : row.label,
      meaning: row.meaning ?? known?.meaning ?? null,
      part: known?.part ?? null,
      fieldId: row.fieldId ?? known?.fieldId ?? null,
    };
  });
}

async function runPage(browser, optionsPage, server, corpusDir, file, options, facts) {
  const url = `${server.origin}/${encodeURIComponent(file)}`;
  const page = await browser.context.newPage();
  const frameKeys = new Map();
  const steps = [];
  try {
    await page.goto(url);
    const tabId = await tabIdFor(browser, url);
    for (const step of readSteps(corpusDir, file)) {
      if (step.click) await clickAll(page, step.click);
      else if (step.wait) await page.waitForTimeout(Number(step.wait));
      else if (step.fill) {
        const before = await snapshot(page, options['expect-attr'], frameKeys);
        const rowsById = await previewRowsById(optionsPage, tabId);
        const popup = await openPopupFor(browser, tabId, { passphrase: PASSPHRASE });
        try {
          const rows = withMeanings(await readPreview(popup), rowsById);
          const reportRows = await pressFill(popup);
          await page.waitForTimeout(SETTLE_MS);
          const after = await snapshot(page, options['expect-attr'], frameKeys);
          const report = new Map(reportRows.map((row) => [row.rowId, row.status]));
          steps.push(scoreStep({ before, after, rows, report, facts }));
        } finally {
          await popup.close();
        }
      } else throw new Error(`${file}: unknown step ${JSON.stringify(step)}`);
    }
    return { file, steps, error: null };
  } catch (error) {
    // The page's meaningful controls still count as missed, so a broken page lowers recall.
    const controls = await snapshot(page, options['expect-attr'], frameKeys).catch(() => []);
    return { file, steps, error: error.message.split('\n')[0], questions: buildQuestions(controls) };
  } finally {
    await page.close();
  }
}

function summarizePage(result) {
  const counts = { proposals: 0, correct: 0, wrong: 0, forbidden: 0, notStuck: 0, wrongValue: 0 };
  const keys = new Map();
  const meaningful = new Set();
  const found = new Set();
  const confusion = [];
  const details = [];
  for (const step of result.steps) {
    for (const key of Object.keys(counts)) counts[key] += step[key];
    step.meaningfulQuestions.forEach((id) => meaningful.add(id));
    step.correctQuestions.forEach((id) => found.add(id));
    step.questionKeys.forEach((key, id) => keys.set(id, key));
    confusion.push(...step.confusion);
    details.push(...step.details);
  }
  for (const question of result.questions ?? []) {
    keys.set(question.id, question.key);
    if (question.key !== 'none') meaningful.add(question.id);
  }
  const missedKeys = [...meaningful].filter((id) => !found.has(id)).map((id) => keys.get(id));
  for (const key of missedKeys) details.push({ kind: 'missed', expected: key });
  return { ...counts, meaningful: meaningful.size, found: found.size, missed: missedKeys.length, missedKeys, confusion, details };
}

/** Counts, per expected key, the meanings proposed for it, with "(missed)" for no proposal. */
function confusionTable(pages) {
  const table = {};
  const add = (expected, predicted) => {
    table[expected] ??= {};
    table[expected][predicted] = (table[expected][predicted] ?? 0) + 1;
  };
  for (const page of pages) {
    for (const { expected, predicted } of page.summary.confusion) add(expected, predicted);
    for (const key of page.summary.missedKeys) add(key, '(missed)');
  }
  return table;
}

async function prepareVault(browser, cvPath) {
  const options = await openOptions(browser);
  await createVault(options, PASSPHRASE);
  await importCv(options, cvPath);
  await addDocument(options, DEMO_PDF, { name: 'cv.pdf', role: 'cv' });
  return options;
}

async function main() {
  const options = parseOptions();
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  // The build goes to the folder the benchmark loads, which MERITVALV_TEST_BUILD may name.
  if (!fs.existsSync(path.join(DIST_TEST_DIR, 'manifest.json')) && (await runNpm('build:test', ['--env', `out=${DIST_TEST_DIR}`])) !== 0) {
    console.error(`The test build failed; the benchmark needs a test build in ${DIST_TEST_DIR}.`);
    process.exit(1);
  }

  const corpusDir = path.resolve(options.corpus);
  const files = fs.readdirSync(corpusDir).filter((file) => file.endsWith('.html')).sort();
  if (files.length === 0) usage(`No .html pages in ${corpusDir}`);
  const facts = factsFromCv(JSON.parse(fs.readFileSync(options.cv, 'utf8')));

  const server = await startStaticServer(corpusDir);
  const browser = await launchWithExtension(DIST_TEST_DIR, { headless: !options.headed });
  const pages = [];
  try {
    const optionsPage = await prepareVault(browser, options.cv);
    for (const file of files) {
      const result = await runPage(browser, optionsPage, server, corpusDir, file, options, facts);
      result.summary = summarizePage(result);
      pages.push(result);
      const s = result.summary;
      console.log(
        `${file}: proposals=${s.proposals} correct=${s.correct} wrong=${s.wrong} missed=${s.missed}/${s.meaningful} ` +
          `forbidden=${s.forbidden} notStuck=${s.notStuck} wrongValue=${s.wrongValue}` +
          (result.error ? ` error="${result.error}"` : ''),
      );
      for (const detail of s.details) console.log(`  ${JSON.stringify(detail)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const total = { proposals: 0, correct: 0, wrong: 0, meaningful: 0, found: 0, forbidden: 0, notStuck: 0, wrongValue: 0 };
  for (const page of pages) for (const key of Object.keys(total)) total[key] += page.summary[key];
  const precision = total.proposals === 0 ? 0 : total.correct / total.proposals;
  const recall = total.meaningful === 0 ? 0 : total.found / total.meaningful;
  const errors = pages.filter((page) => page.error);

  if (options.json) {
    const report = {
      corpus: corpusDir,
      cv: path.resolve(options.cv),
      expectAttr: options['expect-attr'],
      totals: { ...total, precision, recall, pageErrors: errors.length },
      confusion: confusionTable(pages),
      pages: pages.map((page) => {
        const { confusion, missedKeys, ...counts } = page.summary;
        return { page: page.file, error: page.error, ...counts };
      }),
    };
    fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  }

  console.log(
    `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} wrong=${total.wrong} forbidden=${total.forbidden} notStuck=${total.notStuck} wrongValue=${total.wrongValue}`,
  );

  const failures = [];
  if (errors.length > 0) failures.push(`${errors.length} page(s) failed to run: ${errors.map((page) => page.file).join(', ')}`);
  if (options['min-precision'] !== undefined && precision < options['min-precision']) failures.push(`precision ${precision.toFixed(3)} is below ${options['min-precision']}`);
  if (options['min-recall'] !== undefined && recall < options['min-recall']) failures.push(`recall ${recall.toFixed(3)} is below ${options['min-recall']}`);
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}

await main();
