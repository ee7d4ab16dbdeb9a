// The content script: injected on demand into each frame the extension may access. It reports
// the frame's fields and writes only the approved values it receives for them, right before it
// writes them. It keeps no CV data between requests and has no UI.
import { notifyFieldsChanged, serveContentRequests, type ContentHandler } from '../messaging/content-port';
import type { ContentRequests } from '../messaging/protocol';
import {
  discoverFields,
  extractPageContext,
  isVisible,
  listChildFrameOrigins,
  startUserInputTracking,
  watchFieldChanges,
  type DiscoverOptions,
} from './discovery';
import { installLexicons } from './classify';
import type { FillModule } from './fill-entry';
import type { FrameScan } from './types';

const INSTALLED = Symbol.for('meritvalv.content');
// The same key as FILL_MODULE in fill-entry.ts, which this script does not import: importing it
// would bundle the fill code into the scan script.
const FILL_MODULE = Symbol.for('meritvalv.fill');

/** Returns the fill code, which the background injects into this frame before it sends a fill. */
function fillModule(): FillModule {
  const module = (globalThis as { [FILL_MODULE]?: FillModule })[FILL_MODULE];
  if (!module) throw new Error('The fill code was not injected into this frame');
  return module;
}

interface ChromiumDom {
  dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null };
}

/** Chromium lets a content script read closed shadow roots through chrome.dom; Firefox through the element. */
function discoverOptions(): DiscoverOptions {
  const readClosed = (globalThis as { chrome?: ChromiumDom }).chrome?.dom?.openOrClosedShadowRoot;
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

/** The ids and meanings of the fields last reported, or null before the first scan request. */
let reportedFields: string | null = null;

function fieldsSignature(fields: { fieldId: string; meaning: string }[]): string {
  return fields.map((field) => `${field.fieldId}:${field.meaning}`).join(' ');
}

function scanFrame(): FrameScan {
  const fields = discoverFields(document, discoverOptions()).map((field) => field.descriptor);
  reportedFields = fieldsSignature(fields);
  return {
    frameOrigin: location.origin,
    frameUrl: location.href,
    isSecureContext: window.isSecureContext,
    ...extractPageContext(document),
    fields,
    childFrameOrigins: listChildFrameOrigins(document),
  };
}

/**
 * Tells the background when the fields to propose differ from the last report: a wizard's next
 * step or a revealed sub-form. Changes that leave the fields as they were (a fill, an animation)
 * are not reported.
 */
function reportChangedFields(): void {
  if (reportedFields === null) return;
  const current = fieldsSignature(discoverFields(document, discoverOptions()).map((field) => field.descriptor));
  if (current === reportedFields) return;
  reportedFields = current;
  notifyFieldsChanged();
}

const handle: ContentHandler = async (type, payload) => {
  switch (type) {
    case 'content.scan':
      installLexicons((payload as ContentRequests['content.scan']['payload']).lexicons);
      return scanFrame();
    case 'content.fill': {
      const { items } = payload as ContentRequests['content.fill']['payload'];
      return fillModule().fillItems(document, items, discoverOptions(), { discoverFields, isVisible });
    }
    case 'content.undo':
      return fillModule().undoLastFill();
  }
  throw new Error(`Unknown request ${String(type)}`);
};

function install(): void {
  const marker = globalThis as { [INSTALLED]?: boolean };
  if (marker[INSTALLED]) return;
  marker[INSTALLED] = true;

  startUserInputTracking(document);
  const lifetime = new AbortController();
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  watchFieldChanges(document, reportChangedFields, lifetime.signal);
  serveContentRequests(handle);
}

install();
