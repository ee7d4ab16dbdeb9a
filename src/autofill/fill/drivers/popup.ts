// Finding and choosing the options of a popup listbox that a combobox or button opens.
import { isShown, press, waitFor } from '../dom';
import { pickIndex, textMatches } from '../match';

const OPTION = '[role=option]';

/** Lists the visible options of the listbox an element controls, else of any visible listbox in its document or shadow root. */
export function visibleOptions(owner: HTMLElement): HTMLElement[] {
  const root = owner.getRootNode() as Document | ShadowRoot;
  const ids = `${owner.getAttribute('aria-controls') ?? ''} ${owner.getAttribute('aria-owns') ?? ''}`.trim().split(/\s+/);
  const lists = ids.filter(Boolean).map((id) => root.getElementById?.(id) ?? owner.ownerDocument.getElementById(id));
  const scopes = lists.filter((list): list is HTMLElement => list !== null);
  const found = (scopes.length ? scopes : [root]).flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(OPTION)]);
  return found.filter((option) => isShown(option) && option.getAttribute('aria-disabled') !== 'true');
}

/** How long a popup may take to open, and to load its options once it shows it is open. */
const OPEN_TIMEOUT_MS = 250;
const LOAD_TIMEOUT_MS = 1500;

/**
 * Waits for the popup's options; an empty list when none appear. A widget that reports
 * aria-expanded="true" (loading remote options, say) gets the longer wait.
 */
export async function awaitOptions(owner: HTMLElement): Promise<HTMLElement[]> {
  const probe = () => {
    const options = visibleOptions(owner);
    return options.length ? options : undefined;
  };
  const quick = await waitFor(probe, OPEN_TIMEOUT_MS);
  if (quick || owner.getAttribute('aria-expanded') !== 'true') return quick ?? [];
  return (await waitFor(probe, LOAD_TIMEOUT_MS)) ?? [];
}

/** Clicks the option that fits the candidates; returns false when none fits. */
export function chooseOption(options: HTMLElement[], candidates: string[]): boolean {
  const index = pickIndex(options.map((option) => ({ value: option.dataset.value, text: option.textContent ?? '' })), candidates);
  if (index < 0) return false;
  press(options[index]!);
  return true;
}

/** Selectors for where widgets show a chosen value apart from their input (react-select, Workday). */
const CHOSEN_VALUE = '[class*="single-value"],[class*="singleValue"],[data-automation-id="selectedItem"],[data-automation-id="promptOption"]';

/** Returns the three ancestors of `el` that make up a widget around it, nearest first. */
export function widgetScopes(el: HTMLElement): HTMLElement[] {
  const scopes: HTMLElement[] = [];
  for (let scope = el.parentElement; scope && scopes.length < 3; scope = scope.parentElement) scopes.push(scope);
  return scopes;
}

/** Returns the texts of the chosen values that the widget around `el` shows apart from its input. */
export function chosenTexts(el: HTMLElement): string[] {
  const texts: string[] = [];
  for (const scope of widgetScopes(el)) {
    for (const node of scope.querySelectorAll(CHOSEN_VALUE)) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && !texts.includes(text)) texts.push(text);
    }
  }
  return texts;
}

/** Tells whether the widget around `el` shows one of the candidates as its chosen value. */
export function showsChoice(el: HTMLElement, candidates: string[]): boolean {
  const texts = [(el as HTMLInputElement).value ?? '', el.getAttribute('value') ?? '', ...chosenTexts(el)];
  if (el.tagName !== 'INPUT') texts.push(el.textContent ?? '');
  return texts.some((text) => text.trim() !== '' && candidates.some((candidate) => textMatches(text, candidate, true)));
}
