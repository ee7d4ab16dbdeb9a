// Spin buttons: an input-based one takes text; an element-based one is stepped with the arrow
// keys until aria-valuenow reaches the value.
import { blur, focus, key } from '../dom';
import type { Driver } from '../driver';
import { textDriver } from './text';

const MAX_STEPS = 400;

const valueNow = (el: HTMLElement) => Number(el.getAttribute('aria-valuenow') ?? el.textContent ?? NaN);

export const spinbuttonDriver: Driver = {
  async write(field, want) {
    const el = field.element;
    if (el.tagName === 'INPUT') return textDriver.write(field, want);
    const target = Number(want.candidates[0]);
    if (!Number.isFinite(target) || !Number.isFinite(valueNow(el))) return 'unsupported';
    focus(el);
    for (let step = 0; step < MAX_STEPS && valueNow(el) !== target; step += 1) {
      const before = valueNow(el);
      key(el, before < target ? 'ArrowUp' : 'ArrowDown');
      if (valueNow(el) === before) break;
    }
    blur(el);
    return undefined;
  },
  hasValue(field, want) {
    const el = field.element;
    if (el.tagName === 'INPUT') return textDriver.hasValue(field, want);
    return valueNow(el) === Number(want.candidates[0]);
  },
};
