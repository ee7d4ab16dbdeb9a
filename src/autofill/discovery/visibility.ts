// Whether a person can see a control, decided from rendering alone: display, visibility and
// opacity (the element's and its ancestors'), size, clipping, a position outside the document,
// and another element covering it. Scrolling does not matter: a control below the fold is
// visible, and the covering test looks only at points inside the viewport.
import { labelsOf } from './labels';
import { composedParent, readShadowRoot, type ShadowRootReader } from './shadow';

const MIN_SIZE = 2;
const MIN_OPACITY = 0.05;

function styleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : null;
}

/** Display, visibility and opacity of the element and every ancestor, across shadow hosts. */
function styleVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  }
  const own = styleOf(element);
  if (own && (own.visibility === 'hidden' || own.visibility === 'collapse')) return false;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = styleOf(node);
    if (!style) continue;
    if (style.display === 'none') return false;
    if (style.opacity !== '' && Number(style.opacity) < MIN_OPACITY) return false;
  }
  return true;
}

function zeroClip(style: CSSStyleDeclaration): boolean {
  const clip = style.clip;
  if (clip && clip !== 'auto') {
    const numbers = (clip.match(/-?[\d.]+/g) ?? []).map(Number);
    const [top = 0, right = 0, bottom = 0, left = 0] = numbers;
    if (numbers.length === 4 && (right - left < 1 || bottom - top < 1)) return true;
  }
  const path = style.clipPath;
  return !!path && /inset\(\s*50%|circle\(\s*0(px|%)?\s*(at|\))|polygon\(\s*(0(px|%)?\s+0(px|%)?\s*,?\s*)+\)/.test(path);
}

/** Clip facts of one element: whether it clips its boxes to nothing or hides their overflow. */
interface ClipInfo {
  zeroClip: boolean;
  hidesOverflow: boolean;
}

/** Clip facts per element, shared by the visibility checks of one scan. */
export type VisibilityCache = WeakMap<Element, ClipInfo>;

function clipInfo(node: Element, cache: VisibilityCache | undefined): ClipInfo | null {
  const cached = cache?.get(node);
  if (cached) return cached;
  const style = styleOf(node);
  if (!style) return null;
  const info = { zeroClip: zeroClip(style), hidesOverflow: /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`) };
  cache?.set(node, info);
  return info;
}

/** Clipped to nothing by its own clip, or by an ancestor that hides its overflow. */
function clippedAway(element: Element, rect: DOMRect, cache: VisibilityCache | undefined): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const info = clipInfo(node, cache);
    if (!info) continue;
    if (info.zeroClip) return true;
    if (node !== element && info.hidesOverflow) {
      const box = node.getBoundingClientRect();
      const width = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
      const height = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
      if (width < 1 || height < 1) return true;
    }
  }
  return false;
}

/** Entirely before the document's start, or past its right end, where no scrolling reaches. */
function outsideDocument(element: Element, rect: DOMRect): boolean {
  const view = element.ownerDocument.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return true;
  const width = element.ownerDocument.documentElement.scrollWidth;
  return width > 0 && rect.left + scrollX >= width;
}

function deepElementFromPoint(doc: Document, x: number, y: number, readRoot: ShadowRootReader): Element | null {
  let hit = doc.elementFromPoint(x, y);
  for (let depth = 0; hit && depth < 20; depth += 1) {
    const shadow = readRoot(hit);
    const inner = shadow?.elementFromPoint(x, y) ?? null;
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

const PAGE_CONTAINERS = new Set(['BODY', 'HTML', 'FORM', 'MAIN']);

/**
 * A hit on the control, inside it, on an ancestor (the control lets pointer events through),
 * on one of its labels, or on a sibling inside its own wrapper, as the placeholder text that
 * custom selects lay over their input.
 */
function hitBelongs(element: Element, hit: Element): boolean {
  if (composedContains(element, hit) || composedContains(hit, element)) return true;
  if (labelsOf(element as HTMLElement).some((label) => composedContains(label, hit))) return true;
  const wrapper = composedParent(element);
  return !!wrapper && !PAGE_CONTAINERS.has(wrapper.tagName) && composedContains(wrapper, hit);
}

/** Covered at every tested point that lies inside the viewport; untested when none does. */
function covered(element: Element, rect: DOMRect, readRoot: ShadowRootReader): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return false;
  const points = [
    [0.5, 0.5], [0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75],
  ].map(([fx = 0, fy = 0]) => [rect.left + rect.width * fx, rect.top + rect.height * fy] as const);
  let tested = 0;
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
    tested += 1;
    const hit = deepElementFromPoint(doc, x, y, readRoot);
    if (!hit || hitBelongs(element, hit)) return false;
  }
  return tested > 0;
}

/**
 * Decides whether a person can see `element` on the rendered page. The checks of one scan
 * may share a `cache` while the page does not change.
 */
export function isVisible(element: Element, readRoot: ShadowRootReader = readShadowRoot, cache?: VisibilityCache): boolean {
  if (!element.isConnected) return false;
  if (!styleVisible(element)) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  if (outsideDocument(element, rect)) return false;
  if (clippedAway(element, rect, cache)) return false;
  return !covered(element, rect, readRoot);
}
