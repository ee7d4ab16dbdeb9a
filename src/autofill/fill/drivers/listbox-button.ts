// Workday-style dropdown buttons (aria-haspopup=listbox): click, find the option in the
// popup listbox, click it.
import { blur, key, press } from '../dom';
import type { Driver } from '../driver';
import { awaitOptions, chooseOption, showsChoice } from './popup';

export const listboxButtonDriver: Driver = {
  async write(field, want) {
    const button = field.element;
    press(button);
    const options = await awaitOptions(button);
    if (options.length === 0) return 'noOptions';
    if (!chooseOption(options, want.candidates)) {
      key(button, 'Escape');
      return 'noMatchingOption';
    }
    blur(button);
    return undefined;
  },
  hasValue: (field, want) => showsChoice(field.element, want.candidates),
};
