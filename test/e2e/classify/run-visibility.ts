// Checks the rendering-based visibility decision in real Chromium on a page of known cases.
// Usage: npx tsx test/e2e/classify/run-visibility.ts
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/lib/chromium/chromium';

const entry = fileURLToPath(new URL('./visibility/in-page.ts', import.meta.url));
const page = readFileSync(fileURLToPath(new URL('./visibility/visibility.html', import.meta.url)));
const code = (await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'chrome120' })).outputFiles[0]?.text ?? '';

const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--disable-gpu', '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
let failures = 0;
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.evaluate(code);
  const rows = await tab.evaluate(() => (globalThis as unknown as { __meritvalvVisibility: () => { id: string; expected: boolean; actual: boolean | null }[] }).__meritvalvVisibility());
  for (const row of rows) {
    const ok = row.actual === row.expected;
    if (!ok) failures += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${row.id.padEnd(16)} expected=${row.expected} actual=${row.actual}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failures === 0 ? 'all visibility cases pass' : `${failures} visibility case(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
