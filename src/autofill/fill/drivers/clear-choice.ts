// Taking back a choice made in a combobox: the way a person would, with the widget's own remove or
// clear control, or with Backspace in its empty input (react-select's multi-value and clearable
// boxes). The choice is undone only when the widget shows the choices it showed before.
import { key, press, settle } from '../dom';
import { chosenTexts, widgetScopes } from './popup';

/** Words that begin the accessible name of a control removing one chosen value ("Remove Sweden"). */
const REMOVE_WORDS = /^(remove|delete|ta bort|fjern|entfernen)\b/i;

/** Controls that clear the whole box (react-select's clear indicator, MUI's clear button). */
const CLEAR_ALL = '[class*="clear-indicator"],[class*="clearIndicator"],[aria-label="Clear"],[aria-label="Rensa"]';

/** The maximum number of removal steps, so a widget that keeps adding choices cannot hold undo in a loop. */
const MAX_STEPS = 8;

type Step = { kind: 'named' | 'backspace' | 'clearAll'; run: () => void };

/** Returns the controls that match `selector` and `test` in the nearest widget scope around `input` that has any. */
function controlsNear(input: HTMLElement, selector: string, test: (control: HTMLElement) => boolean = () => true): HTMLElement[] {
  for (const scope of widgetScopes(input)) {
    const found = [...scope.querySelectorAll<HTMLElement>(selector)].filter((control) => control !== input && test(control));
    if (found.length > 0) return found;
  }
  return [];
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

/**
 * Returns the next way to remove one of `added`: the value's own remove control, then Backspace
 * in the input, then the clear control, which is used only when the box was empty before.
 */
function nextStep(input: HTMLElement, added: string[], before: string[], backspaceFailed: boolean): Step | null {
  const named = controlsNear(input, '[aria-label]', (control) => {
    const label = control.getAttribute('aria-label') ?? '';
    return REMOVE_WORDS.test(label) && added.some((text) => label.includes(text));
  })[0];
  if (named) return { kind: 'named', run: () => press(named) };
  if (!backspaceFailed) {
    return {
      kind: 'backspace',
      run: () => {
        input.focus();
        key(input, 'Backspace');
      },
    };
  }
  const clearAll = before.length === 0 ? controlsNear(input, CLEAR_ALL)[0] : undefined;
  return clearAll ? { kind: 'clearAll', run: () => press(clearAll) } : null;
}

/**
 * Removes the choices the widget around `input` shows beyond `before`, and returns whether it now
 * shows exactly `before`. No step targets a choice from before: the clear control, which removes
 * every choice, is used only when there was none.
 */
export async function clearNewChoices(input: HTMLElement, before: string[]): Promise<boolean> {
  let backspaceFailed = false;
  for (let step = 0; step < MAX_STEPS && !same(chosenTexts(input), before); step += 1) {
    const current = chosenTexts(input);
    const added = current.filter((text) => !before.includes(text));
    if (added.length === 0) return false;

    const next = nextStep(input, added, before, backspaceFailed);
    if (!next) return false;
    next.run();
    await settle();
    // A Backspace that removed nothing is not tried again; one that removed a choice may be.
    if (next.kind === 'backspace') backspaceFailed = chosenTexts(input).length >= current.length;
  }
  return same(chosenTexts(input), before);
}
