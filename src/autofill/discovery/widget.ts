// The widget kind of a single control, which picks its filling driver.
import type { WidgetKind } from '../types';

/** Placeholders and automation hooks of search inputs whose typed text brings up options. */
const SEARCH_PROMPT_PLACEHOLDERS = /^(search|sök|søk|type to search)\b/i;
const SEARCH_PROMPT_HOOKS = new Set(['searchBox', 'searchbox']);

function isSearchPrompt(input: HTMLInputElement): boolean {
  if (input.type === 'search') return true;
  if (SEARCH_PROMPT_PLACEHOLDERS.test(input.placeholder ?? '')) return true;
  return SEARCH_PROMPT_HOOKS.has(input.getAttribute('data-automation-id') ?? '');
}

export function widgetOf(control: HTMLElement): WidgetKind {
  const role = control.getAttribute('role');
  if (role === 'spinbutton') return 'spinbutton';
  if (role === 'combobox') return 'combobox';
  switch (control.tagName) {
    case 'SELECT':
      return 'select';
    case 'TEXTAREA':
      return 'text';
    case 'BUTTON':
      return control.hasAttribute('aria-pressed') ? 'button-group' : 'listbox-button';
  }
  const input = control as HTMLInputElement;
  switch (input.type) {
    case 'file':
      return 'file';
    case 'date':
    case 'month':
      return 'date';
    case 'checkbox':
      return 'checkbox';
    case 'radio':
      return 'radio-group';
  }
  return isSearchPrompt(input) ? 'search-prompt' : 'text';
}

/** The type the classifier reads: the input type, or the tag name of other controls. */
export function inputTypeOf(control: HTMLElement): string {
  if (control.tagName === 'INPUT') return (control as HTMLInputElement).type.toLowerCase();
  return control.tagName.toLowerCase();
}
