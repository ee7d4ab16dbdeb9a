// A happy-dom window installed as the global DOM for rendering the pages with preact, and small
// helpers to drive it the way a person would.
import { Window } from 'happy-dom';
import { options } from 'preact';

const GLOBAL_NAMES = [
  'window',
  'document',
  'location',
  'history',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'Event',
  'KeyboardEvent',
  'FileReader',
  'File',
  'Blob',
] as const;

export interface TestDom {
  window: Window;
  container: HTMLElement;
  close: () => Promise<void>;
}

/** Installs a fresh window at `url` as the global DOM; `close` restores the previous globals. */
export function installDom(url: string): TestDom {
  const window = new Window({ url });
  const globals = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of GLOBAL_NAMES) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      value: (window as unknown as Record<string, unknown>)[name],
      configurable: true,
      writable: true,
    });
  }
  // Without requestAnimationFrame, preact runs effects after a 35 ms timer; run them at the next
  // macrotask instead, so `settle` waits for them. It stays set: restoring it while an effect flush is
  // queued would leave the queue waiting on the old timer.
  options.requestAnimationFrame = (callback) => setTimeout(callback, 0);
  const container = window.document.createElement('div') as unknown as HTMLElement;
  window.document.body.appendChild(container as never);
  return {
    window,
    container,
    close: async () => {
      await window.happyDOM.close();
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete globals[name];
      }
    },
  };
}

/** Waits for preact's queued renders and pending promises, up to `rounds` macrotasks. */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Settles until `find` returns an element or `rounds` run out, and returns what it found. */
export async function waitFor<T>(find: () => T | null | undefined, rounds = 200): Promise<T> {
  for (let round = 0; round < rounds; round += 1) {
    const found = find();
    if (found) return found;
    await settle(1);
  }
  throw new Error(`The expected element did not appear in: ${document.body.innerHTML.slice(0, 600)}`);
}

/**
 * Types `value` into an input or textarea the way a keyboard would (value, then an input event)
 * and lets preact re-render, as a browser does before the person's next action.
 */
export async function typeInto(element: Element | null, value: string): Promise<void> {
  const input = element as HTMLInputElement;
  input.value = value;
  const EventClass = input.ownerDocument.defaultView!.Event;
  input.dispatchEvent(new EventClass('input', { bubbles: true }));
  await settle();
}

export function click(element: Element | null): void {
  if (!element) throw new Error('Nothing to click');
  (element as HTMLElement).click();
}
