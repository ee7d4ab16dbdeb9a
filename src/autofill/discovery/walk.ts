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

/** Every shadow root under `root`, and theirs, in document order. */
export function collectShadowRoots(root: Document | ShadowRoot, readRoot: ShadowRootReader = readShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    const shadow = readRoot(element);
    if (shadow) roots.push(shadow, ...collectShadowRoots(shadow, readRoot));
  }
  return roots;
}

/** Every control under `root`, including those in shadow trees, in document order. */
export function collectControls(root: Document | ShadowRoot, readRoot: ShadowRootReader = readShadowRoot): HTMLElement[] {
  const controls: HTMLElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (isControl(element)) controls.push(element as HTMLElement);
    const shadow = readRoot(element);
    if (shadow) controls.push(...collectControls(shadow, readRoot));
  }
  return controls;
}
