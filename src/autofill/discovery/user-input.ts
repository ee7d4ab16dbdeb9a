// Remembers the controls the person typed in or changed, so that a fill never overwrites them.
// Only trusted events count: a page's or an extension's own dispatched events are not the person.
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

/** Whether the person edited any of `controls` and it still holds a value. */
export function hasUserValue(controls: readonly HTMLElement[]): boolean {
  return controls.some((control) => touched.has(control) && holdsValue(control));
}
