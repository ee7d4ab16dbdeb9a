// Workday-style dropdown buttons (aria-haspopup=listbox): click, find the option in the
// popup listbox, click it.
import { blur, key, press, settle } from '../dom';
import type { Driver } from '../driver';
import { awaitOptions, chooseOption, showsChoice } from './popup';

async function choose(button: HTMLElement, candidates: string[]): Promise<string | undefined> {
  const options = await awaitOptions(button);
  if (options.length === 0) return 'noOptions';
  if (!chooseOption(options, candidates)) {
    key(button, 'Escape');
    return 'noMatchingOption';
  }
  blur(button);
  return undefined;
}

export const listboxButtonDriver: Driver = {
  async write(field, want) {
    const button = field.element;
    press(button);
    const failure = await choose(button, want.candidates);
    // The popup closes in the page's own time; the next field's popup must not find this one.
    await settle();
    return failure;
  },
  hasValue: (field, want) => showsChoice(field.element, want.candidates),
};
