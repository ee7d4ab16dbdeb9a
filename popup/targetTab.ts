// The tab the popup previews: `popup.html?tabId=N` when given (tests and benchmarks open the
// popup as a page of its own), else the active tab of the current window.
import browser from '../src/platform/browser';

export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** Returns the id of the tab to preview, or null when there is no such tab. */
export async function resolveTargetTab(search: string = location.search): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
