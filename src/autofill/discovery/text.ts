// Reading the text a person sees in an element: controls, option lists, scripts and hidden
// elements left out, white space collapsed.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'OPTION', 'NOSCRIPT']);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute('hidden')) return;
  for (const child of element.childNodes) collect(child, out);
}

/** The visible words of `node`, collapsed to single spaces. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const out: string[] = [];
  collect(node, out);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Text of the elements that `ids` (an IDREF list) names within `root`. */
export function textOfIds(root: Document | ShadowRoot, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(root.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** Quotes a string for a CSS attribute selector. */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
