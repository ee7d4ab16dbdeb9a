// Taking back a choice made in a combobox: the way a person would, with the widget's own remove or
// clear control, or with Backspace in its empty input (react-select's multi-value and clearable
// boxes). The choice is undone only when the widget shows the choices it showed before.
import { key, press, settle } from '../dom';
import { chosenTexts } from './popup';

/** Controls that remove one chosen value, found by their accessible name. */
const REMOVE_WORDS = /^(remove|delete|ta bort|fjern|entfernen)\b/i;

/** Controls that clear the whole box (react-select's clear indicator, MUI's clear button). */
const CLEAR_ALL = '[class*="clear-indicator"],[class*="clearIndicator"],[aria-label="Clear"],[aria-label="Rensa"]';

/** Returns the elements near `input`, up to three levels up, that match `test`. */
function controlsNear(input: HTMLElement, selector: string, test: (control: HTMLElement) => boolean = () => true): HTMLElement[] {
  let scope: HTMLElement | null = input.parentElement;
  for (let depth = 0; scope && depth < 3; depth += 1, scope = scope.parentElement) {
    const found = [...scope.querySelectorAll<HTMLElement>(selector)].filter((control) => control !== input && test(control));
    if (found.length > 0) return found;
  }
  return [];
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

/** Picks how to remove one of `added`: its own remove control, Backspace, or clearing an empty-before box. */
function nextStep(input: HTMLElement, added: string[], before: string[], backspaceTried: boolean): (() => void) | null {
  const named = controlsNear(input, '[aria-label]', (control) => {
    const label = control.getAttribute('aria-label') ?? '';
    return REMOVE_WORDS.test(label) && added.some((text) => label.includes(text));
  })[0];
  if (named) return () => press(named);
  if (!backspaceTried) {
    return () => {
      input.focus();
      key(input, 'Backspace');
    };
  }
  const clearAll = before.length === 0 ? controlsNear(input, CLEAR_ALL)[0] : undefined;
  return clearAll ? () => press(clearAll) : null;
}

/**
 * Removes the choices the widget around `input` shows beyond `before`, and returns whether it now
 * shows exactly `before`. A choice that was there before is never touched on purpose: a control
 * that clears the whole box is used only when the box was empty.
 */
export async function clearNewChoices(input: HTMLElement, before: string[]): Promise<boolean> {
  let backspaceTried = false;
  for (let attempt = 0; attempt < 8 && !same(chosenTexts(input), before); attempt += 1) {
    const shown = chosenTexts(input);
    const added = shown.filter((text) => !before.includes(text));
    if (added.length === 0) return false;
    const step = nextStep(input, added, before, backspaceTried);
    if (!step) return false;
    step();
    await settle();
    // Backspace stays in use while each press takes one choice away.
    backspaceTried = chosenTexts(input).length >= shown.length;
  }
  return same(chosenTexts(input), before);
}
