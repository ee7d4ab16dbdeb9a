// Measures discovery and classification accuracy in real Chromium, with real visibility:
// serves the corpus and bug pages on 127.0.0.1, runs each page's steps, scans every frame
// after each fill step and prints a per-page table. Exits non-zero below the minimums.
// Usage: npx tsx test/e2e/classify/run-chromium.ts [--verbose] [--min-precision P] [--min-recall R] [DIR...]
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { UnitResult } from './page-check';
import { formatTable, isCorrect, scorePage, totals, type PageScore } from './score';

type Step = { fill: true } | { click: string } | { wait: number };

const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

async function bundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./in-page.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true });
  return result.outputFiles[0]?.text ?? '';
}

/** Serves the files of `dirs` under /0/, /1/ and so on, on a random port of 127.0.0.1. */
function serve(dirs: string[]): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const [, index, ...rest] = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/').split('/');
    const dir = dirs[Number(index)];
    const path = dir ? resolve(dir, rest.join('/')) : '';
    if (!dir || !path.startsWith(resolve(dir)) || !existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    done({ server, base: `http://127.0.0.1:${port}` });
  }));
}

function readSteps(path: string): Step[] {
  const sidecar = path.replace(/\.html$/, '.steps.json');
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Step[]) : [{ fill: true }];
}

async function scanFrames(page: Page, code: string): Promise<UnitResult[]> {
  const results: UnitResult[] = [];
  for (const frame of page.frames()) {
    const ready = await frame.evaluate(() => typeof (globalThis as { __meritvalvCheck?: unknown }).__meritvalvCheck === 'function');
    if (!ready) await frame.evaluate(code);
    results.push(...(await frame.evaluate(() => (globalThis as unknown as { __meritvalvCheck: () => UnitResult[] }).__meritvalvCheck())));
  }
  return results;
}

async function checkPage(page: Page, url: string, path: string, code: string): Promise<UnitResult[]> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  const results: UnitResult[] = [];
  for (const step of readSteps(path)) {
    if ('fill' in step) results.push(...(await scanFrames(page, code)));
    else if ('click' in step) await page.$$eval(step.click, (elements) => elements.forEach((element) => (element as HTMLElement).click()));
    else await page.waitForTimeout(step.wait);
  }
  return results;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const minPrecision = option(args, '--min-precision', 0);
  const minRecall = option(args, '--min-recall', 0);
  const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--min'));
  const roots = dirs.length > 0 ? dirs : ['/work/shared/corpus', '/work/shared/bugs'];

  const code = await bundle();
  const { server, base } = await serve(roots);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--disable-gpu', '--disable-quic', '--disable-sync', '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const scores: PageScore[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const [index, dir] of roots.entries()) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
        const results = await checkPage(page, `${base}/${index}/${file}`, join(dir, file), code);
        scores.push(scorePage(basename(file), results));
        for (const r of results) {
          const bad = r.got === null ? r.expect !== 'none' : !isCorrect(r);
          if (verbose || bad) console.log(`  ${bad ? 'X' : ' '} ${file} ${r.control} expect=${r.expect}${r.expectPart ? `/${r.expectPart}` : ''} got=${r.got ?? '-'}${r.gotPart ? `/${r.gotPart}` : ''}${r.expectEntry != null ? ` entry=${r.expectEntry}/${r.gotEntry ?? '-'}` : ''} "${r.label}" ${r.note}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(formatTable(scores));
  const total = totals(scores);
  console.log(`precision=${total.precision.toFixed(3)} recall=${total.recall.toFixed(3)} wrong=${total.wrong} forbidden=${total.forbidden} missed=${total.missed}`);
  if (total.precision < minPrecision || total.recall < minRecall) {
    console.error(`Below the minimum: precision ${total.precision.toFixed(3)} (min ${minPrecision}), recall ${total.recall.toFixed(3)} (min ${minRecall}).`);
    process.exitCode = 1;
  }
}

await main();
