// Native <select>: the matching option is selected, then input and change fire.
import { dispatchBlur, dispatchFocus, fire } from '../dom';
import type { Driver } from '../driver';
import { pickIndex } from '../match';

function target(el: HTMLSelectElement, candidates: string[]): number {
  const entries = [...el.options].map((option) => ({ value: option.value, text: option.label || option.text }));
  return pickIndex(entries, candidates);
}

export const selectDriver: Driver = {
  async write(field, want) {
    const el = field.element as HTMLSelectElement;
    const index = target(el, want.candidates);
    if (index < 0) return 'noMatchingOption';
    dispatchFocus(el);
    el.options[index]!.selected = true;
    fire(el, 'input');
    fire(el, 'change');
    dispatchBlur(el);
    return undefined;
  },
  hasValue(field, want) {
    const el = field.element as HTMLSelectElement;
    const index = target(el, want.candidates);
    return index >= 0 && el.options[index]!.selected;
  },
};
