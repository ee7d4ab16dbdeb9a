// The words a page shows for a control: its own label, and the question around it.
import { composedParent, rootOf } from './shadow';
import { textOf, textOfIds } from './text';

const CONTROL_QUERY = 'input:not([type=hidden]), select, textarea, [role=combobox], button[aria-haspopup=listbox], [role=spinbutton], button[aria-pressed]';

let labelsByRoot = new WeakMap<Document | ShadowRoot, Map<string, HTMLLabelElement[]>>();

/** Maps target ids to the label[for] elements of a document or shadow root, once per scan. */
function labelsFor(root: Document | ShadowRoot): Map<string, HTMLLabelElement[]> {
  let map = labelsByRoot.get(root);
  if (!map) {
    map = new Map();
    for (const label of root.querySelectorAll<HTMLLabelElement>('label[for]')) {
      const target = label.getAttribute('for') ?? '';
      map.set(target, [...(map.get(target) ?? []), label]);
    }
    labelsByRoot.set(root, map);
  }
  return map;
}

// Element.labels is not used: Chromium builds it with a walk of the whole tree on first use
// per element, which made a scan of 2,000 inputs take about half a second.
function forLabels(control: HTMLElement): HTMLLabelElement[] {
  if (!control.id) return [];
  return labelsFor(rootOf(control)).get(control.id) ?? [];
}

/** Returns the label element wrapping `control`, unless it names another control with `for`. */
function wrappingLabel(control: HTMLElement): HTMLLabelElement | null {
  const label = control.closest('label');
  if (!label) return null;
  const target = label.getAttribute('for');
  return target && target !== control.id ? null : label;
}

/**
 * Reads the control's own label: aria-labelledby, then label[for] and a wrapping label, then
 * aria-label, then title.
 */
/** Labels that name `control` with label[for]. */
export function labelsOf(control: HTMLElement): HTMLLabelElement[] {
  const labels = [...forLabels(control)];
  const wrapping = wrappingLabel(control);
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  return labels;
}

export function ownLabel(control: HTMLElement): string {
  const byIds = textOfIds(rootOf(control), control.getAttribute('aria-labelledby'));
  if (byIds) return byIds;
  const text = labelsOf(control).map((label) => textOf(label)).filter(Boolean).join(' ');
  if (text) return text;
  return (control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '').trim();
}

let controlCounts = new WeakMap<Element, number>();

let siblingTexts = new WeakMap<Element, string>();

/** Forgets the control counts and texts of the last scan; the page may have changed since. */
export function resetLabelCaches(): void {
  controlCounts = new WeakMap();
  labelsByRoot = new WeakMap();
  siblingTexts = new WeakMap();
}

/** The text of an element that several fields read before them (a table row, a cell), once per scan. */
function cachedText(element: Element): string {
  let text = siblingTexts.get(element);
  if (text === undefined) {
    text = textOf(element);
    siblingTexts.set(element, text);
  }
  return text;
}

/** Counts the controls inside `container`, once per scan. */
export function countControls(container: Element): number {
  let count = controlCounts.get(container);
  if (count === undefined) {
    count = container.querySelectorAll(CONTROL_QUERY).length;
    controlCounts.set(container, count);
  }
  return count;
}

/** Reads the legend of a fieldset, else the ARIA label of a group. */
export function groupLabel(group: Element): string {
  if (group.tagName === 'FIELDSET') {
    const legend = [...group.children].find((child) => child.tagName === 'LEGEND');
    if (legend) return textOf(legend);
  }
  return textOfIds(rootOf(group), group.getAttribute('aria-labelledby')) || (group.getAttribute('aria-label') ?? '').trim();
}

/**
 * Reads the label of the nearest fieldset or ARIA group around `element` that contains at most
 * `maxControls` controls. A fieldset around a whole form names a section, not a question.
 */
export function enclosingGroupLabel(element: Element, maxControls: number): string {
  const group = element.parentElement?.closest('fieldset, [role=group], [role=radiogroup]');
  if (!group || countControls(group) > maxControls) return '';
  return groupLabel(group);
}

const SKIP_NEARBY = new Set(['BUTTON', 'A', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'INPUT']);
const MAX_CHUNK = 200;

/**
 * Reads the nearest text before `element`: previous siblings, then those of its ancestors, up
 * to three levels and never past a form. Bare controls and buttons are stepped over. A sibling
 * that contains both text and a control belongs to another field, so it ends the search.
 */
export function nearbyText(element: Element, maxLevels = 3): string {
  const chunks: string[] = [];
  let node: Element | null = element;
  for (let level = 0; node && level <= maxLevels && chunks.length < 2; level += 1) {
    for (let sibling = node.previousSibling; sibling && chunks.length < 2; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 3) {
        const text = (sibling.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (text && text.length <= MAX_CHUNK) chunks.unshift(text);
        continue;
      }
      if (sibling.nodeType !== 1) continue;
      const el = sibling as Element;
      if (el.tagName === 'LABEL' && el.getAttribute('for') && el.getAttribute('for') !== element.id) return chunks.join(' ');
      if (SKIP_NEARBY.has(el.tagName) || el.hasAttribute('hidden')) continue;
      const text = cachedText(el);
      if (countControls(el) > 0) {
        if (text) return chunks.join(' ');
        continue;
      }
      if (text && text.length <= MAX_CHUNK) chunks.unshift(text);
    }
    if (node.tagName === 'FORM') break;
    node = composedParent(node);
    if (node && (node.tagName === 'FORM' || node.tagName === 'BODY')) break;
  }
  return chunks.join(' ');
}
