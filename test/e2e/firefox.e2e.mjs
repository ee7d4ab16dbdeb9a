// A content-script fill in Firefox ESR through puppeteer-core (WebDriver BiDi). Extension pages
// cannot be automated in Firefox, so the page drives the background through the test build's
// bridge content script, and the page's own listeners report what they saw to the local server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { DIST_BRIDGE_DIR } from '../../scripts/lib/paths.mjs';
import { startStaticServer } from '../../scripts/lib/server.mjs';
import { PASSPHRASE, sampleCvOrReason } from './support.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIXTURES_DIR = new URL('./fixtures', import.meta.url).pathname;

// Firefox prefs that keep every connection on loopback: a proxy on a closed port, no DNS
// prefetch, no DNS over HTTPS, no captive-portal or connectivity checks.
const LOOPBACK_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.trr.mode': 5,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.originControls.grantByDefault': true,
};

function unavailable() {
  if (!fs.existsSync(FIREFOX)) return `firefox-esr not found at ${FIREFOX}; install it with: sudo apt-get install -y firefox-esr`;
  if (!fs.existsSync(path.join(DIST_BRIDGE_DIR, 'manifest.json'))) return `No bridge build in ${DIST_BRIDGE_DIR}: run npm run build:bridge first`;
  return sampleCvOrReason().reason;
}

/** Sends one request through the bridge from inside the page and returns the background's reply. */
function bridgeRequest(page, type, payload) {
  return page.evaluate(
    (requestType, requestPayload) =>
      new Promise((resolve, reject) => {
        // File contents leave Node as an array of numbers and travel on as a Uint8Array.
        if (Array.isArray(requestPayload?.bytes)) requestPayload.bytes = Uint8Array.from(requestPayload.bytes);
        const id = Math.random().toString(36).slice(2);
        const timer = setTimeout(() => reject(new Error(`no bridge reply to ${requestType}`)), 30000);
        window.addEventListener('message', function onReply(event) {
          if (event.source !== window || event.data?.source !== 'meritvalv-test-bridge' || event.data.id !== id) return;
          window.removeEventListener('message', onReply);
          clearTimeout(timer);
          resolve(event.data.reply);
        });
        window.postMessage({ source: 'meritvalv-test-page', id, type: requestType, payload: requestPayload }, '*');
      }),
    type,
    payload,
  );
}

async function call(page, type, payload) {
  const reply = await bridgeRequest(page, type, payload);
  assert.ok(reply?.ok, `${type} failed: ${JSON.stringify(reply?.error ?? reply)}`);
  return reply.result;
}

test('Firefox content script fills the page', { skip: unavailable() ?? false }, async () => {
  const server = await startStaticServer(FIXTURES_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: LOOPBACK_PREFS,
  });
  const firefoxPid = browser.process()?.pid;
  try {
    await browser.installExtension(DIST_BRIDGE_DIR);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/firefox-form.html`);

    const bridgeReady = await page
      .waitForFunction(() => document.documentElement.dataset.meritvalvTestBridge === 'ready', { timeout: 15000 })
      .then(() => true, () => false);
    assert.ok(bridgeReady, 'the test build has no bridge content script (data-meritvalv-test-bridge never became "ready")');

    await call(page, 'vault.create', { passphrase: PASSPHRASE });
    const cvText = fs.readFileSync(sampleCvOrReason().cv, 'utf8');
    const cv = await call(page, 'cv.importJsonResume', { text: cvText });
    await call(page, 'cv.save', { cv });
    // Firefox's runtime.sendMessage carries the bytes by structured clone, with no base64.
    const pdf = [...Buffer.from('%PDF-1.7 Meritvalv test')];
    await call(page, 'documents.add', { name: 'cv.pdf', mimeType: 'application/pdf', role: 'cv', bytes: pdf });
    const documents = await call(page, 'documents.list');
    assert.deepEqual(documents.map(({ name, size, role }) => ({ name, size, role })), [{ name: 'cv.pdf', size: pdf.length, role: 'cv' }]);

    const preview = await call(page, 'fill.preview', { tabId: -1 });
    const rows = preview.groups.flatMap((group) => group.rows);
    assert.ok(rows.length >= 5, `expected 5 preview rows, got ${rows.length}`);
    const approvals = rows.filter((row) => row.checked && row.value).map((row) => ({ rowId: row.rowId, value: row.value }));
    const report = await call(page, 'fill.apply', { previewId: preview.previewId, approvals });
    assert.equal(report.rows.filter((row) => row.status === 'filled').length, 5, JSON.stringify(report));
    const attached = await page.evaluate(async () => {
      const file = document.getElementById('resume').files[0];
      return file && { name: file.name, text: await file.text() };
    });
    assert.deepEqual(attached, { name: 'cv.pdf', text: '%PDF-1.7 Meritvalv test' });

    await page.evaluate(() => window.reportSeen());
    const { seen } = await server.waitForReport((received) => received.kind === 'seen');
    for (const [name, value] of [['first_name', 'Anna'], ['last_name', 'Lindqvist'], ['email', 'anna.lindqvist@example.se'], ['city', 'Västerås']]) {
      for (const type of ['input', 'change']) {
        assert.ok(
          seen.some((event) => event.type === type && event.name === name && event.value === value),
          `the page's ${type} listener did not see ${name}; it saw ${JSON.stringify(seen.map((event) => `${event.type}:${event.name}`))}`,
        );
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    if (firefoxPid) {
      try {
        process.kill(firefoxPid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await server.close();
  }
});
