// Reaching a tab's frames: inject the content script into every frame the extension may access
// and ask each one for its fields. Frames of origins the person has not granted stay unreached.
import browser from '../platform/browser';
import { requestFrame } from '../messaging/client';
import { AppError } from '../messaging/protocol';
import { LABEL_LEXICONS } from '../lexicon/labels';
import type { FrameReport } from './preview/build';

const CONTENT_SCRIPT = 'content.js';
/** The fill code: injected only into a frame that receives approved values, right before the fill. */
const FILL_SCRIPT = 'fill.js';

/** Injects the content script into the tab's accessible frames and returns their ids. */
export async function injectContentScript(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [CONTENT_SCRIPT],
    });
    return [...new Set(results.map((result) => result.frameId))];
  } catch (error) {
    // Chromium and Firefox reject the whole call when the top frame is out of reach: a page of
    // the browser's own, a store page, or an origin the person has not granted.
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('noAccess', `Cannot reach tab ${tabId}: ${message}`);
  }
}

/** Injects the fill code into one frame; the content script there calls it for the fill. */
export async function injectFillCode(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILL_SCRIPT] });
}

/** Scans every reachable frame. A frame that sends no reply (navigating, sandboxed) is left out. */
export async function scanFrames(tabId: number): Promise<FrameReport[]> {
  const frameIds = await injectContentScript(tabId);
  const reports = await Promise.all(
    frameIds.map(async (frameId) => {
      try {
        return { frameId, scan: await requestFrame(tabId, frameId, 'content.scan', { lexicons: LABEL_LEXICONS }) };
      } catch {
        return undefined;
      }
    }),
  );
  return reports
    .filter((report): report is FrameReport => report !== undefined)
    .sort((a, b) => a.frameId - b.frameId);
}

/** Returns the origins among `origins` that the extension has a host permission for. */
export async function grantedAmong(origins: string[]): Promise<Set<string>> {
  const granted = new Set<string>();
  for (const origin of new Set(origins)) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) granted.add(origin);
  }
  return granted;
}
