// The form a field belongs to: where a submit would send it, and a key shared by its fields.
import { isUnrelatedForm } from '../classify';
import { composedParent } from './shadow';
import { textOf } from './text';

/** Finds the form that owns `control`: its form owner, else the nearest form across shadow hosts. */
export function formOf(control: HTMLElement): HTMLFormElement | null {
  const owner = (control as HTMLInputElement).form;
  if (owner) return owner;
  for (let node: Element | null = control; node; node = composedParent(node)) {
    if (node.tagName === 'FORM') return node as HTMLFormElement;
  }
  return null;
}

/**
 * Returns the origin a submit of `form` goes to. A form without an action submits to the document's
 * own URL. Returns null without a form, because then the page's scripts send the data.
 */
export function formActionOrigin(form: HTMLFormElement | null, doc: Document): string | null {
  if (!form) return null;
  const action = form.getAttribute('action');
  try {
    return new URL(action && action.trim() ? action : doc.URL, doc.baseURI).origin;
  } catch {
    return null;
  }
}

const formKeys = new WeakMap<HTMLFormElement, string>();
let nextFormKey = 0;

/** Returns a key shared by the fields of one form, or `document` for fields outside any form. */
export function formKeyOf(form: HTMLFormElement | null): string {
  if (!form) return 'document';
  let key = formKeys.get(form);
  if (!key) {
    key = `form-${++nextFormKey}`;
    formKeys.set(form, key);
  }
  return key;
}

const SUBMIT_QUERY = 'button:not([type]), button[type=submit], input[type=submit]';

/** Tests whether the form's id, class, name or submit buttons mark it as unrelated to applying. */
export function isUnrelated(form: HTMLFormElement | null): boolean {
  if (!form) return false;
  const buttons = [...form.querySelectorAll<HTMLElement>(SUBMIT_QUERY)].map((b) => textOf(b) || (b as HTMLInputElement).value || '');
  const words = [form.id, form.getAttribute('name') ?? '', form.className, ...buttons].join(' ');
  return isUnrelatedForm(words);
}
