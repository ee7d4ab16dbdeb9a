// Page-side helpers: events built in the element's own realm, the prototype value setter that
// framework value trackers observe, and short polling waits.

type EventName = 'Event' | 'InputEvent' | 'MouseEvent' | 'KeyboardEvent' | 'FocusEvent' | 'PointerEvent';

export function windowOf(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
}

/** Dispatches a bubbling, composed event made by the page's own constructor (Node's are rejected). */
export function fire(el: Element, type: string, kind: EventName = 'Event', init: Record<string, unknown> = {}): boolean {
  const win = windowOf(el) as unknown as Record<string, typeof Event | undefined>;
  const Ctor = win[kind] ?? win.Event!;
  return el.dispatchEvent(new Ctor(type, { bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Writes `value` through the prototype's setter, so a per-element setter (React's tracker) is bypassed. */
export function setNativeValue(el: HTMLElement, value: string): void {
  const win = windowOf(el);
  let fallback: object = win.HTMLInputElement.prototype;
  if (el.tagName === 'TEXTAREA') fallback = win.HTMLTextAreaElement.prototype;
  if (el.tagName === 'SELECT') fallback = win.HTMLSelectElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set ??
    Object.getOwnPropertyDescriptor(fallback, 'value')?.set;
  if (setter) setter.call(el, value);
  else (el as HTMLInputElement).value = value;
}

export function setNativeChecked(el: HTMLInputElement, checked: boolean): void {
  const setter = Object.getOwnPropertyDescriptor(windowOf(el).HTMLInputElement.prototype, 'checked')?.set;
  if (setter) setter.call(el, checked);
  else el.checked = checked;
}

/** Moves the page's focus to the element, for widgets that open a popup only while focused. */
export function focus(el: HTMLElement): void {
  el.focus({ preventScroll: true });
}

/**
 * Dispatches focus and focusin, the events a focus change fires, without moving the page's focus.
 * Listeners (React onFocus, Angular's touched state, Vue) get them as from a real focus change.
 * A native focus() took 0.5 to 8 ms per control in headless Chromium 156 on a loaded 2-core
 * machine (60 inputs), so a form of 60 fields would spend most of its fill time there.
 * NOTE: document.activeElement and :focus styles do not change, and the events are untrusted.
 */
export function dispatchFocus(el: HTMLElement): void {
  fire(el, 'focus', 'FocusEvent', { bubbles: false, cancelable: false });
  fire(el, 'focusin', 'FocusEvent', { cancelable: false });
}

/** Dispatches blur and focusout, the events a focus change fires, without moving the page's focus. */
export function dispatchBlur(el: HTMLElement): void {
  fire(el, 'blur', 'FocusEvent', { bubbles: false, cancelable: false });
  fire(el, 'focusout', 'FocusEvent', { cancelable: false });
}

/** Takes focus away, firing blur and focusout even where the element never held focus. */
export function blur(el: HTMLElement): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (root.activeElement === el) {
    el.blur();
    return;
  }
  dispatchBlur(el);
}

/** Clicks like a pointer does: pointer and mouse down and up, then click. */
export function press(el: HTMLElement): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    fire(el, type, type.startsWith('pointer') ? 'PointerEvent' : 'MouseEvent', { button: 0 });
  }
  el.click();
}

/** Returns the text box of a widget: `el` itself when it is an input or textarea, else the first input inside it. */
export function inputOf(el: HTMLElement): HTMLElement | null {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector<HTMLElement>('input');
}

export function key(el: HTMLElement, name: string): void {
  fire(el, 'keydown', 'KeyboardEvent', { key: name });
  fire(el, 'keyup', 'KeyboardEvent', { key: name });
}

/** Writes text the way a paste does: native setter, then input and change. */
export function writeText(el: HTMLElement, text: string): void {
  setNativeValue(el, text);
  fire(el, 'input', 'InputEvent', { inputType: 'insertReplacementText', data: text, cancelable: false });
  fire(el, 'change');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after one event-loop task, without the 4 ms clamp that nested timers get. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return sleep(0);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the page react before a read-back: microtasks (Vue, Angular), one task so that renders a
 * framework scheduled earlier run first (React's scheduler posts tasks too), then a zero timer
 * for handlers that defer with setTimeout. Called from a task rather than a timer, the timer
 * is not clamped to 4 ms.
 */
export async function settle(extraMs = 0): Promise<void> {
  await Promise.resolve();
  await nextTask();
  await sleep(extraMs);
}

/** Polls until `probe` returns a value other than undefined, or the time runs out. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, intervalMs = 25): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() >= end) return undefined;
    await sleep(intervalMs);
  }
}

/** Tells whether an element is rendered: not hidden by an attribute or a display:none ancestor. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden="true"]')) return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}
