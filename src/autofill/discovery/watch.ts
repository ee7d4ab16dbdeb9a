// Watches a document for changes that can add, remove or reveal fields (wizard steps, "add
// entry" sub-forms, shadow components rendering late) and reports them, debounced.
import { collectShadowRoots } from './walk';
import { readShadowRoot, type ShadowRootReader } from './shadow';

const DEBOUNCE_MS = 250;
const WATCHED_ATTRIBUTES = ['style', 'class', 'hidden', 'disabled', 'readonly', 'type', 'open', 'aria-hidden', 'aria-expanded'];

/**
 * Calls `onChange` once the document has been quiet for a moment after a change to its tree
 * or to attributes that show or hide fields, until `signal` aborts.
 */
export function watchFieldChanges(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  shadowRootOf: ShadowRootReader = readShadowRoot,
): void {
  if (signal.aborted) return;
  const View = doc.defaultView;
  if (!View) return;
  const observed = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new View.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      observeShadowRoots();
      if (!signal.aborted) onChange();
    }, DEBOUNCE_MS);
  });

  function observe(root: Node): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  function observeShadowRoots(): void {
    for (const root of collectShadowRoots(doc, shadowRootOf)) observe(root);
  }

  observe(doc);
  observeShadowRoots();
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  }, { once: true });
}
