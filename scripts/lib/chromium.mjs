// Starts Debian's Chromium with the built extension through playwright-core, on a fresh profile,
// with all traffic kept on loopback.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_MISSING_MESSAGE =
  'Chromium was not found (looked for ' +
  CHROMIUM_CANDIDATES.join(', ') +
  ' and $CHROMIUM_PATH). Install it with: sudo apt-get install -y chromium';

let warnedMissingOverride = false;

/**
 * Returns the Chromium executable, or null. CHROMIUM_PATH overrides the search; when it names a
 * missing file, one warning is printed and the usual locations are tried.
 */
export function findChromium() {
  const override = process.env.CHROMIUM_PATH;
  if (override && fs.existsSync(override)) return override;
  if (override && !warnedMissingOverride) {
    warnedMissingOverride = true;
    console.warn(`CHROMIUM_PATH is set to ${override}, which does not exist; looking for Chromium in ${CHROMIUM_CANDIDATES.join(', ')} instead.`);
  }
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir` on a new temporary profile.
 * Returns { context, serviceWorker, extensionId, userDataDir, close({ keepProfile }) }.
 * Playwright adds --disable-extensions by default, so --disable-extensions-except is required.
 */
export async function launchWithExtension(extensionDir, { headless = true, viewport } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build:test first`);
  }

  const userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'meritvalv-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: viewport ?? { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      // Every request that is not for a loopback server goes to a closed port and fails. 127.0.0.2
      // serves the origin that the test build is not granted, for the blocked-frame test.
      '--proxy-server=http://127.0.0.1:9',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE localhost',
    ],
  });

  let serviceWorker = context.serviceWorkers()[0];
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    /** The current service worker; MV3 may have restarted it since launch. */
    async worker() {
      const current = context.serviceWorkers().find((sw) => sw.url().includes(extensionId));
      return current ?? context.waitForEvent('serviceworker', { timeout: 30000 });
    },
    extensionUrl(page) {
      return `chrome-extension://${extensionId}/${page}`;
    },
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile) await fsp.rm(userDataDir, { recursive: true, force: true });
    },
  };
}
