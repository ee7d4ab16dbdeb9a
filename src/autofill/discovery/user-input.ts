// Finds the controls the person typed in or changed, so that a fill never overwrites them.
// Trusted events count from the moment tracking starts: a page's or an extension's own
// dispatched events are not the person. Before that (the content script is injected on
// demand), a value that differs from the one the page's markup set counts as the person's.
const touched = new WeakSet<EventTarget>();
const tracked = new WeakSet<Document>();

function remember(event: Event): void {
  if (!event.isTrusted) return;
  const target = event.composedPath()[0] ?? event.target;
  if (target) touched.add(target);
}

/** Starts listening on `doc` for trusted input and change events, including inside shadow trees. */
export function startUserInputTracking(doc: Document): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  doc.addEventListener('input', remember, true);
  doc.addEventListener('change', remember, true);
}

/** Marks a control as edited by the person; for tests that cannot send trusted events. */
export function markUserInput(control: EventTarget): void {
  touched.add(control);
}

function holdsValue(control: HTMLElement): boolean {
  const input = control as HTMLInputElement;
  if (input.type === 'checkbox' || input.type === 'radio') return input.checked;
  if (control.getAttribute('aria-pressed') !== null) return control.getAttribute('aria-pressed') === 'true';
  if ('value' in input && typeof input.value === 'string') return input.value !== '';
  return (control.textContent ?? '').trim() !== '';
}

/** Tests whether a control's value differs from the default its markup set. */
function changedFromMarkup(control: HTMLElement): boolean {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return select.value !== '' && [...select.options].some((option) => option.selected !== option.defaultSelected);
  }
  if (control.tagName !== 'INPUT' && control.tagName !== 'TEXTAREA') return false;
  const input = control as HTMLInputElement;
  if (input.type === 'checkbox' || input.type === 'radio') return input.checked !== input.defaultChecked;
  if (input.type === 'file') return (input.files?.length ?? 0) > 0;
  return input.value !== '' && input.value !== input.defaultValue;
}

/**
 * Tests whether the person edited any of `controls` and it still has a value: a trusted edit
 * since tracking started, or a value that differs from the markup's default.
 * NOTE: a value written by an earlier fill of this extension also differs from the default.
 */
export function hasUserValue(controls: readonly HTMLElement[]): boolean {
  return controls.some((control) => holdsValue(control) && (touched.has(control) || changedFromMarkup(control)));
}
