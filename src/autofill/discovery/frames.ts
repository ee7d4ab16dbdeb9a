// Origins of the frames inside this document, so that the preview can name frames that the
// extension has not entered yet.
import { collectShadowRoots } from './walk';
import { readShadowRoot, type ShadowRootReader } from './shadow';

function originOf(frame: HTMLIFrameElement | HTMLFrameElement, doc: Document): string | null {
  const src = frame.getAttribute('src');
  if (!src || src === 'about:blank' || frame.hasAttribute('srcdoc')) return doc.location?.origin ?? new URL(doc.URL).origin;
  try {
    const url = new URL(src, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Distinct origins of the document's iframes (also those inside shadow roots). */
export function listChildFrameOrigins(doc: Document, shadowRootOf: ShadowRootReader = readShadowRoot): string[] {
  const roots: (Document | ShadowRoot)[] = [doc, ...collectShadowRoots(doc, shadowRootOf)];
  const origins = new Set<string>();
  for (const root of roots) {
    for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      const origin = originOf(frame, doc);
      if (origin && origin !== 'null') origins.add(origin);
    }
  }
  return [...origins];
}
