// Prints the per-page accuracy table for the corpus and the bug pages, measured on happy-dom.
// Usage: npx tsx test/e2e/classify/run-happy-dom.ts [--verbose] [DIR...]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPageInHappyDom } from './happy-dom-run';
import { formatTable, isCorrect, scorePage, totals, type PageScore } from './score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = args.filter((a) => !a.startsWith('--'));
const roots = dirs.length > 0 ? dirs : ['/work/shared/corpus', '/work/shared/bugs'];

const scores: PageScore[] = [];
for (const dir of roots) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const results = await checkPageInHappyDom(join(dir, file));
    scores.push(scorePage(file, results));
    for (const r of results) {
      const bad = r.got === null ? r.expect !== 'none' : !isCorrect(r);
      if (verbose || bad) console.log(`  ${bad ? 'X' : ' '} ${file} ${r.control} expect=${r.expect}${r.expectPart ? `/${r.expectPart}` : ''} got=${r.got ?? '-'}${r.gotPart ? `/${r.gotPart}` : ''}${r.expectEntry != null ? ` entry=${r.expectEntry}/${r.gotEntry ?? '-'}` : ''} "${r.label}" ${r.note}`);
    }
  }
}
console.log(formatTable(scores));
const total = totals(scores);
console.log(`precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)} wrong=${total.wrong} forbidden=${total.forbidden} missed=${total.missed}`);
