// Shared benchmark machinery: requests timed inside an extension page, repeated runs, and the
// recorder that pairs each figure with its budget and verdict.
import { BUDGETS } from './budgets.mjs';
import { summarise } from './stats.mjs';

/**
 * Sends one request from an extension page and times it there, from sendMessage to the reply, with
 * performance.now(). `shape` selects what of the result comes back to Node: 'none', 'full', 'size'
 * (the JSON length) or 'preview' (previewId and rows with their values).
 */
export async function timedRequest(page, type, payload, shape = 'none') {
  const outcome = await page.evaluate(
    async ([requestType, requestPayload, resultShape]) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: requestType, payload: requestPayload });
      const ms = performance.now() - started;
      if (!reply || reply.ok !== true) return { ms, error: reply?.error ?? { message: 'no reply' } };
      const { result } = reply;
      if (resultShape === 'full') return { ms, result };
      if (resultShape === 'size') return { ms, result: { chars: JSON.stringify(result ?? null).length } };
      if (resultShape === 'preview') {
        const rows = result.groups.flatMap((group) => group.rows).map(({ rowId, value }) => ({ rowId, value }));
        return { ms, result: { previewId: result.previewId, rows } };
      }
      return { ms };
    },
    [type, payload, shape],
  );
  if (outcome.error) throw new Error(`${type} failed: ${outcome.error.code ?? ''} ${outcome.error.message}`);
  return outcome;
}

/** Sends a request from an extension page and returns its result (setup, not timed). */
export async function request(page, type, payload) {
  return (await timedRequest(page, type, payload, 'full')).result;
}

/**
 * Runs `measure` (which returns milliseconds) `runs` times after `warmup` unrecorded runs. Stops
 * early when one run takes longer than `capMs`, so a far-off figure does not stall the whole run.
 */
export async function repeat(measure, { runs, warmup = 1, capMs = 15000 }) {
  for (let index = 0; index < warmup; index += 1) await measure(-1 - index);
  const samples = [];
  for (let index = 0; index < runs; index += 1) {
    const value = await measure(index);
    samples.push(value);
    if (value > capMs) break;
  }
  return samples;
}

function verdictOf(budget, summary, ratio) {
  if (!summary) return 'not measured';
  if (budget.max === undefined && budget.maxRatio === undefined) return 'info';
  const withinMax = budget.max === undefined || summary.median <= budget.max;
  const withinRatio = budget.maxRatio === undefined || ratio === null || ratio <= budget.maxRatio;
  return withinMax && withinRatio ? 'holds' : 'fails';
}

/** Collects figures in run order with their budgets and verdicts. */
export class Recorder {
  constructor() {
    this.figures = [];
  }

  /**
   * Records samples for budget `id`. `baseline` is the raw platform doing the same work:
   * { label, samples }. `note` explains the method or a failure; `details` contains extra numbers.
   */
  record(id, { samples, baseline, note, details }) {
    const budget = BUDGETS[id];
    if (!budget) throw new Error(`No budget is defined for ${id}`);
    const summary = summarise(samples);
    const baselineSummary = baseline ? summarise(baseline.samples) : null;
    const ratio = summary && baselineSummary && baselineSummary.median > 0 ? summary.median / baselineSummary.median : null;
    const figure = {
      id,
      title: budget.title,
      unit: budget.unit,
      budget: { max: budget.max ?? null, maxRatio: budget.maxRatio ?? null },
      samples,
      summary,
      baseline: baseline ? { label: baseline.label, samples: baseline.samples, summary: baselineSummary } : null,
      ratio,
      verdict: verdictOf(budget, summary, ratio),
      note: note ?? null,
      details: details ?? null,
    };
    this.figures = this.figures.filter((existing) => existing.id !== id).concat(figure);
    return figure;
  }

  /** Records that `id` could not be measured, and why. */
  unmeasured(id, reason) {
    return this.record(id, { samples: [], note: reason });
  }
}

/** Runs `suite`; a failure marks the suite's unmeasured figures with the error instead of stopping. */
export async function runSuite(name, recorder, ids, suite) {
  const started = Date.now();
  try {
    await suite();
  } catch (error) {
    const reason = `${name} failed: ${error.message.split('\n')[0]}`;
    console.error(`  ${reason}`);
    for (const id of ids) {
      if (!recorder.figures.some((figure) => figure.id === id)) recorder.unmeasured(id, reason);
    }
  }
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
