// Text inputs, textareas, type=date/month inputs and input-based spin buttons.
import { blur, focus, writeText } from '../dom';
import type { Driver } from '../driver';
import { textMatches } from '../match';

export const textDriver: Driver = {
  async write(field, want) {
    const el = field.element;
    focus(el);
    writeText(el, want.candidates[0] ?? '');
    blur(el);
    return undefined;
  },
  hasValue(field, want) {
    const value = (field.element as HTMLInputElement).value ?? '';
    const text = want.candidates[0] ?? '';
    return value === text || (value !== '' && textMatches(value, text));
  },
};
