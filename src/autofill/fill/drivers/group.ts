// Radio, checkbox and aria-pressed button groups: exactly the wanted options end up chosen,
// each changed by one click so that page listeners see one change per option.
import type { DiscoveredField } from '../../discovered';
import type { Driver, Want } from '../driver';
import { pickIndex } from '../match';

function control(el: HTMLElement): HTMLElement {
  if (el.tagName === 'INPUT') return el;
  return el.querySelector<HTMLElement>('input[type=radio],input[type=checkbox]') ?? el;
}

/** Tells whether one option is chosen: checked for inputs, else aria-pressed, -checked or -selected. */
export function isOn(el: HTMLElement): boolean {
  const input = control(el);
  if (input instanceof (input.ownerDocument.defaultView ?? globalThis).HTMLInputElement) return input.checked;
  return ['aria-pressed', 'aria-checked', 'aria-selected'].some((name) => input.getAttribute(name) === 'true');
}

/** Returns the visible text of an option: its own text, else its label's. */
function textOf(el: HTMLElement): string {
  const input = control(el) as HTMLInputElement;
  return el.textContent?.trim() || input.labels?.[0]?.textContent?.trim() || el.closest('label')?.textContent?.trim() || '';
}

function elements(field: DiscoveredField): HTMLElement[] {
  return field.optionElements ?? [];
}

/** Finds the indexes of the options to choose: one for a single choice, every match for a set. */
function targetIndexes(field: DiscoveredField, want: Want, many: boolean): Set<number> {
  const options = field.descriptor.options ?? [];
  const entries = elements(field).map((el, i) => ({ value: options[i]?.value ?? control(el).getAttribute('value') ?? undefined, text: options[i]?.label ?? textOf(el) }));
  if (!many) {
    const index = pickIndex(entries, want.candidates);
    return new Set(index >= 0 ? [index] : []);
  }
  const chosen = want.candidates.map((candidate) => pickIndex(entries, [candidate])).filter((index) => index >= 0);
  return new Set(chosen);
}

function groupDriver(many: boolean): Driver {
  return {
    async write(field, want) {
      const targets = targetIndexes(field, want, many);
      if (targets.size === 0 && !many) return 'noMatchingOption';
      elements(field).forEach((el, i) => {
        const on = targets.has(i);
        // A radio is cleared by checking another; only a set's options are clicked off.
        if (isOn(el) !== on && (on || many)) control(el).click();
      });
      return undefined;
    },
    hasValue(field, want) {
      const targets = targetIndexes(field, want, many);
      if (targets.size === 0 && !many) return false;
      return elements(field).every((el, i) => isOn(el) === targets.has(i));
    },
  };
}

export const radioGroupDriver = groupDriver(false);
export const checkboxGroupDriver = groupDriver(true);
export const buttonGroupDriver = groupDriver(false);

export const checkboxDriver: Driver = {
  async write(field, want) {
    if (isOn(field.element) !== want.checked) control(field.element).click();
    return undefined;
  },
  hasValue: (field, want) => isOn(field.element) === want.checked,
};
