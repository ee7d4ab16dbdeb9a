// ARIA comboboxes (react-select style included) and Workday-style search prompts. The driver
// types the text, waits for the listbox and clicks the matching option. A combobox that opens no
// listbox keeps the typed text. When no option fits, the field's earlier text is put back.
import { blur, focus, inputOf, key, press, settle, writeText } from '../dom';
import type { Driver, Want } from '../driver';
import { awaitOptions, chooseOption, showsChoice } from './popup';

async function pickOne(owner: HTMLElement, input: HTMLElement | null, candidate: string, all: string[], search: boolean): Promise<string | undefined> {
  if (input) {
    focus(input);
    press(input);
    writeText(input, candidate);
    if (search) key(input, 'Enter');
  } else {
    press(owner);
  }
  const options = await awaitOptions(input ?? owner);
  if (options.length === 0) {
    // A combobox that never opened a listbox takes free text, as the person's own typing would.
    if (!input || search || input.getAttribute('aria-expanded') === 'true') return 'noOptions';
    key(input, 'Enter');
    return undefined;
  }
  return chooseOption(options, all) ? undefined : 'noMatchingOption';
}

function comboDriver(search: boolean): Driver {
  return {
    async write(field, want: Want) {
      const owner = field.element;
      const input = inputOf(owner);
      const before = (input as HTMLInputElement | null)?.value ?? '';
      const picks = want.many ? want.candidates : [want.candidates[0] ?? ''];
      const failures: string[] = [];
      for (const candidate of picks) {
        const failure = await pickOne(owner, input, candidate, want.many ? [candidate] : want.candidates, search);
        if (failure) failures.push(failure);
      }
      // Only a total failure is a skip. A set chosen in part is left for the read-back to report.
      const failure = failures.length === picks.length ? failures[0] : undefined;
      if (failures.length > 0) {
        key(input ?? owner, 'Escape');
        if (input) writeText(input, before);
      }
      blur(input ?? owner);
      // The popup closes in the page's own time; the next field's popup must not find this one.
      await settle();
      return failure;
    },
    hasValue(field, want) {
      const el = inputOf(field.element) ?? field.element;
      return want.many ? want.candidates.every((c) => showsChoice(el, [c])) : showsChoice(el, want.candidates);
    },
  };
}

export const comboboxDriver = comboDriver(false);
export const searchPromptDriver = comboDriver(true);
