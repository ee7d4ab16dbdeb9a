// A happy-dom window per test, discovered-field builders and a small emulation of a React-style
// controlled input with a value tracker.
import { Window } from 'happy-dom';
import type { DiscoveredField } from '../../../../src/autofill/discovered';
import type { FieldOption, WidgetKind } from '../../../../src/autofill/types';

export interface Page {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

export function openPage(html: string): Page {
  const window = new Window({ url: 'http://127.0.0.1/' });
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return { window, document, close: () => window.happyDOM.close() };
}

export function discovered(element: Element, widget: WidgetKind, extra: Partial<DiscoveredField> & { options?: FieldOption[] } = {}): DiscoveredField {
  const { options, ...rest } = extra;
  return {
    descriptor: {
      fieldId: element.id || 'field',
      meaning: 'email',
      confidence: 1,
      label: '',
      widget,
      format: {},
      options,
      formActionOrigin: null,
      formKey: 'form',
      required: false,
      hasUserValue: false,
    },
    element: element as HTMLElement,
    ...rest,
  };
}

/** Options for a group from its elements' values and texts. */
export function groupOptions(elements: Element[]): FieldOption[] {
  return elements.map((el) => ({ value: (el as HTMLInputElement).value ?? '', label: el.parentElement?.textContent?.trim() ?? '' }));
}

/**
 * Makes inputs behave like React controlled inputs. State changes only through input events.
 * The element's own value setter updates a tracker, so an input event after it reads as "no
 * change". Every state change and every focusout re-renders all inputs from state.
 */
export function controlInputs(inputs: HTMLInputElement[] | HTMLTextAreaElement[]): { state: Record<string, string>; renders: () => number } {
  const state: Record<string, string> = {};
  let renders = 0;
  const native = new Map<Element, PropertyDescriptor>();
  const tracked = new Map<Element, string>();
  for (const el of inputs) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!;
    native.set(el, descriptor);
    tracked.set(el, '');
    state[el.id] = '';
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() { return descriptor.get!.call(el); },
      set(v: string) { tracked.set(el, String(v)); descriptor.set!.call(el, v); },
    });
  }
  const render = () => {
    renders += 1;
    for (const el of inputs) {
      const want = state[el.id]!;
      if (native.get(el)!.get!.call(el) !== want) native.get(el)!.set!.call(el, want);
      tracked.set(el, want);
    }
  };
  const doc = inputs[0]!.ownerDocument;
  doc.addEventListener('input', (event) => {
    const el = event.target as HTMLInputElement;
    if (!native.has(el)) return;
    const now = native.get(el)!.get!.call(el) as string;
    if (now === tracked.get(el)) return;
    tracked.set(el, now);
    state[el.id] = now;
    render();
  }, true);
  doc.addEventListener('focusout', (event) => { if (native.has(event.target as Element)) render(); }, true);
  return { state, renders: () => renders };
}

/** Records events of the given types, as "type:id". */
export function recordEvents(doc: Document, types: string[]): string[] {
  const log: string[] = [];
  for (const type of types) doc.addEventListener(type, (event) => log.push(`${type}:${(event.target as Element).id}`), true);
  return log;
}
