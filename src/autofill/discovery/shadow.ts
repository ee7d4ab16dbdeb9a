// Shadow-root access. Open roots are read through `element.shadowRoot`. Closed roots can be
// read only where the browser gives an extension content script a way in: Firefox has
// `element.openOrClosedShadowRoot()`, Chromium `chrome.dom.openOrClosedShadowRoot(element)`.
// The content script passes the latter in; this module touches no extension API itself.

export type ShadowRootReader = (element: Element) => ShadowRoot | null;

interface FirefoxElement extends Element {
  openOrClosedShadowRoot?: () => ShadowRoot | null;
}

/** Reads an open root, or a closed one where the element offers Firefox's accessor. */
export const readShadowRoot: ShadowRootReader = (element) => {
  const firefox = element as FirefoxElement;
  if (typeof firefox.openOrClosedShadowRoot === 'function') {
    try {
      return firefox.openOrClosedShadowRoot() ?? null;
    } catch {
      return element.shadowRoot;
    }
  }
  return element.shadowRoot;
};

/** The parent element, stepping from a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return null;
}

/** The document or shadow root that holds `node`. */
export function rootOf(node: Node): Document | ShadowRoot {
  return node.getRootNode() as Document | ShadowRoot;
}

/** The shadow hosts around `node`, innermost first. */
export function shadowHosts(node: Node): Element[] {
  const hosts: Element[] = [];
  for (let root = rootOf(node); root.nodeType === 11; root = rootOf((root as ShadowRoot).host)) {
    hosts.push((root as ShadowRoot).host);
  }
  return hosts;
}
