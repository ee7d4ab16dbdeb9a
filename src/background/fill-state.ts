// Previews and the last fill, kept in the background's memory only, because a preview contains CV values,
// so it is never written to storage. A service worker restart drops them; the popup then asks
// for a fresh preview.
import type { FillValue } from '../autofill/types';
import type { Preview } from '../messaging/protocol';

/** How long a preview can be confirmed before the page must be scanned again. */
const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

interface StoredPreview {
  preview: Preview;
  createdAt: number;
}

const previews = new Map<string, StoredPreview>();
const lastFillFrames = new Map<number, number[]>();

export function rememberPreview(preview: Preview): void {
  for (const [id, stored] of previews) {
    if (stored.preview.tabId === preview.tabId || Date.now() - stored.createdAt > PREVIEW_LIFETIME_MS) {
      previews.delete(id);
    }
  }
  previews.set(preview.previewId, { preview, createdAt: Date.now() });
}

export function takePreview(previewId: string): Preview | undefined {
  const stored = previews.get(previewId);
  if (!stored || Date.now() - stored.createdAt > PREVIEW_LIFETIME_MS) return undefined;
  return stored.preview;
}

export function forgetAllPreviews(): void {
  previews.clear();
  lastFillFrames.clear();
}

export function rememberFilledFrames(tabId: number, frameIds: number[]): void {
  lastFillFrames.set(tabId, frameIds);
}

export function takeFilledFrames(tabId: number): number[] {
  const frameIds = lastFillFrames.get(tabId) ?? [];
  lastFillFrames.delete(tabId);
  return frameIds;
}

/** Returns the text that a disclosure entry records for a sent value. */
export function describeSentValue(value: FillValue, display: string): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'check':
      return display || String(value.checked);
    default:
      return display;
  }
}
