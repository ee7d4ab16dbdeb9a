// The content script: injected on demand into each frame the extension may access. It reports
// the frame's fields and writes only the approved values it receives for them, right before it
// writes them. It holds no CV data between requests and has no UI.
import browser from '../platform/browser';
import { notifyBackground, isEnvelope } from '../messaging/client';
import type { ContentRequests, Reply } from '../messaging/protocol';
import {
  discoverFields,
  extractPageContext,
  type DiscoverOptions,
  listChildFrameOrigins,
  startUserInputTracking,
  watchFieldChanges,
} from './discovery';
import { fillItems, undoLastFill } from './fill-session';
import type { FrameScan } from './types';

const INSTALLED = Symbol.for('meritvalv.content');

interface ChromiumDom {
  dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null };
}

/** Chromium lets a content script read closed shadow roots through chrome.dom; Firefox through the element. */
function discoverOptions(): DiscoverOptions {
  const chromeDom = (globalThis as { chrome?: ChromiumDom }).chrome?.dom;
  const readClosed = chromeDom?.openOrClosedShadowRoot;
  if (!readClosed) return {};
  return {
    shadowRootOf: (element) => {
      try {
        return readClosed(element) ?? element.shadowRoot;
      } catch {
        return element.shadowRoot;
      }
    },
  };
}

function scanFrame(): FrameScan {
  return {
    frameOrigin: location.origin,
    frameUrl: location.href,
    isSecureContext: window.isSecureContext,
    ...extractPageContext(document),
    fields: discoverFields(document, discoverOptions()).map((field) => field.descriptor),
    childFrameOrigins: listChildFrameOrigins(document),
  };
}

type ContentName = keyof ContentRequests;

async function handle(type: ContentName, payload: unknown): Promise<unknown> {
  switch (type) {
    case 'content.scan':
      return scanFrame();
    case 'content.fill':
      return fillItems(document, (payload as ContentRequests['content.fill']['payload']).items, discoverOptions());
    case 'content.undo':
      return undoLastFill();
  }
}

function install(): void {
  const marker = globalThis as { [INSTALLED]?: boolean };
  if (marker[INSTALLED]) return;
  marker[INSTALLED] = true;

  startUserInputTracking(document);
  const lifetime = new AbortController();
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  watchFieldChanges(document, () => notifyBackground('content.fieldsChanged'), lifetime.signal);

  browser.runtime.onMessage.addListener((message: unknown): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !message.type.startsWith('content.')) return undefined;
    return handle(message.type as ContentName, message.payload).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({
        ok: false as const,
        error: { code: 'internal' as const, message: error instanceof Error ? error.message : 'Fill failed' },
      }),
    );
  });
}

install();
