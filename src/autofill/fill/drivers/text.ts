// Text inputs, textareas, type=date/month inputs and input-based spin buttons.
import { dispatchBlur, dispatchFocus, writeText } from '../dom';
import type { Driver } from '../driver';
import { textMatches } from '../match';

export const textDriver: Driver = {
  async write(field, want) {
    const el = field.element;
    dispatchFocus(el);
    writeText(el, want.candidates[0] ?? '');
    dispatchBlur(el);
    return undefined;
  },
  hasValue(field, want) {
    const value = (field.element as HTMLInputElement).value ?? '';
    const text = want.candidates[0] ?? '';
    return value === text || (value !== '' && textMatches(value, text));
  },
};
