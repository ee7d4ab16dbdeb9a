// Accuracy on the annotated pages, measured on happy-dom: real discovery and classification,
// visibility approximated from computed styles. test/e2e/classify/run-chromium.ts measures the
// same pages with real rendering.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPageInHappyDom } from '../../../e2e/classify/happy-dom-run';
import { formatTable, scorePage, totals, type PageScore } from '../../../e2e/classify/score';

// The shared annotated pages sit beside the repository; the probe pages ship with it.
const SHARED = join(process.cwd(), '..', 'shared');
const DIRS = [join(SHARED, 'corpus'), join(SHARED, 'bugs')];
const PROBES = fileURLToPath(new URL('../../../e2e/classify/probes', import.meta.url));
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.9;

describe('classification accuracy on annotated pages', function () {
  this.timeout(120_000);

  const dirs = [...DIRS.filter((dir) => existsSync(dir)), PROBES];
  const scores: PageScore[] = [];

  before(async () => {
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
        scores.push(scorePage(file, await checkPageInHappyDom(join(dir, file))));
      }
    }
    console.log(formatTable(scores));
  });

  it('meets the precision and recall minimums', () => {
    const total = totals(scores);
    assert.ok(total.precision >= MIN_PRECISION, `precision ${total.precision.toFixed(3)} < ${MIN_PRECISION}`);
    assert.ok(total.recall >= MIN_RECALL, `recall ${total.recall.toFixed(3)} < ${MIN_RECALL}`);
  });

  it('proposes no field annotated none', () => {
    assert.equal(totals(scores).forbidden, 0);
  });
});
