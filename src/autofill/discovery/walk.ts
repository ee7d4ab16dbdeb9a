// Collects the form controls of a document in document order, descending into shadow roots at
// the position of their host. Frames are not entered: each frame runs its own content script.
import { readShadowRoot, type ShadowRootReader } from './shadow';

const CONTROL_SELECTOR = [
  'input', 'select', 'textarea', '[role=combobox]', 'button[aria-haspopup=listbox]',
  '[role=spinbutton]', 'button[aria-pressed]',
].join(',');

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

function isControl(element: Element): boolean {
  if (!element.matches(CONTROL_SELECTOR)) return false;
  if (element.tagName === 'INPUT' && SKIPPED_INPUT_TYPES.has((element as HTMLInputElement).type)) return false;
  // An ARIA 1.1 combobox wraps its text box: the text box is the control.
  if (element.getAttribute('role') === 'combobox' && element.tagName !== 'INPUT' && element.querySelector('input')) return false;
  return true;
}

/**
 * Elements that attachShadow() accepts besides autonomous custom elements (listed on MDN,
 * "Element: attachShadow() method"). Other elements never host a page's shadow root, so the
 * reader is not called for them: in the content script each call is an extension API call.
 */
const SHADOW_HOST_NAMES = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

function shadowOf(element: Element, readRoot: ShadowRootReader): ShadowRoot | null {
  if (!SHADOW_HOST_NAMES.has(element.localName) && !element.localName.includes('-')) return null;
  return readRoot(element);
}

/** Collects every shadow root under `root`, nested ones included, in document order. */
export function collectShadowRoots(root: Document | ShadowRoot, readRoot: ShadowRootReader = readShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    const shadow = shadowOf(element, readRoot);
    if (shadow) roots.push(shadow, ...collectShadowRoots(shadow, readRoot));
  }
  return roots;
}

const HEADING_QUERY = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/** The controls of a document, and for each the nearest heading before it in document order. */
export interface ControlWalk {
  controls: HTMLElement[];
  headings: Map<HTMLElement, Element>;
}

function walkRoot(root: Document | ShadowRoot, readRoot: ShadowRootReader, walk: ControlWalk, heading: { current?: Element }): void {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(HEADING_QUERY)) heading.current = element;
    if (isControl(element)) {
      walk.controls.push(element as HTMLElement);
      if (heading.current) walk.headings.set(element as HTMLElement, heading.current);
    }
    const shadow = shadowOf(element, readRoot);
    if (shadow) walkRoot(shadow, readRoot, walk, heading);
  }
}

/** Collects every control under `root`, shadow trees included, in document order in one pass. */
export function walkControls(root: Document | ShadowRoot, readRoot: ShadowRootReader = readShadowRoot): ControlWalk {
  const walk: ControlWalk = { controls: [], headings: new Map() };
  walkRoot(root, readRoot, walk, {});
  return walk;
}

/** Collects every control under `root`, shadow trees included, in document order. */
export function collectControls(root: Document | ShadowRoot, readRoot: ShadowRootReader = readShadowRoot): HTMLElement[] {
  return walkControls(root, readRoot).controls;
}
