// Builds the classifier's signals and the descriptor's label and options from a field unit.
import type { FieldSignals } from '../classify';
import type { FieldOption } from '../types';
import { enclosingGroupLabel, nearbyText, ownLabel } from './labels';
import { shadowHosts } from './shadow';
import { textOf } from './text';
import type { FieldUnit } from './units';
import { inputTypeOf } from './widget';

const IDENTIFIER_ATTRIBUTES = ['name', 'id', 'data-automation-id', 'data-qa', 'data-testid', 'data-ui', 'formcontrolname', 'data-bind'];
const CONTAINER_HOOKS = ['data-automation-id', 'data-field-path', 'data-qa', 'data-ui'];
const MAX_OPTIONS = 400;

export interface UnitSignals {
  signals: FieldSignals;
  /** The words shown for the field, for the preview. */
  label: string;
  options?: FieldOption[];
}

function identifiersOf(unit: FieldUnit): string[] {
  const first = unit.controls[0] ?? unit.element;
  const values = IDENTIFIER_ATTRIBUTES.map((name) => first.getAttribute(name) ?? '');
  let container: Element | null = unit.element.parentElement;
  for (let level = 0; container && level < 3; level += 1, container = container.parentElement) {
    const hook = CONTAINER_HOOKS.map((name) => container?.getAttribute(name)).find(Boolean);
    if (hook) {
      values.push(hook);
      break;
    }
  }
  for (const host of shadowHosts(first)) values.push(host.id);
  return [...new Set(values.filter(Boolean))];
}

function optionLabel(control: HTMLElement): string {
  if (control.tagName === 'BUTTON') return textOf(control);
  const label = ownLabel(control);
  if (label) return label;
  return textOf(control.nextElementSibling) || (control.nextSibling?.nodeValue ?? '').trim();
}

function optionsOf(unit: FieldUnit): FieldOption[] {
  const control = unit.controls[0];
  if (unit.isGroup) {
    return unit.controls.map((c) => ({ value: (c as HTMLInputElement).value ?? textOf(c), label: optionLabel(c) }));
  }
  if (control?.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return [...select.options].slice(0, MAX_OPTIONS).map((o) => ({ value: o.value, label: o.text.trim() }));
  }
  if (control?.getAttribute('role') === 'combobox') return listboxOptions(control);
  return [];
}

/** Options of the listbox a combobox controls, when the page has rendered them. */
function listboxOptions(combobox: HTMLElement): FieldOption[] {
  const root = combobox.getRootNode() as Document | ShadowRoot;
  const ids = `${combobox.getAttribute('aria-controls') ?? ''} ${combobox.getAttribute('aria-owns') ?? ''}`.trim();
  const options: FieldOption[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const listbox = root.getElementById(id);
    for (const option of listbox?.querySelectorAll('[role=option]') ?? []) {
      if (options.length >= MAX_OPTIONS) break;
      const text = (option.textContent ?? '').replace(/\s+/g, ' ').trim();
      options.push({ value: option.getAttribute('data-value') ?? option.id ?? text, label: text });
    }
  }
  return options;
}

function groupQuestion(unit: FieldUnit): string {
  const element = unit.element;
  const own = element.matches('fieldset, [role=group], [role=radiogroup]') ? enclosingGroupLabel(element.firstElementChild ?? element, unit.controls.length + 2) : '';
  if (own) return own;
  const enclosing = enclosingGroupLabel(element, unit.controls.length + 2);
  if (enclosing) return enclosing;
  // The question may sit inside the options' container, before the first option.
  const first = unit.controls[0];
  const anchor = first?.closest('label') ?? first;
  const before = anchor && anchor !== element ? nearbyText(anchor) : '';
  return before || nearbyText(element);
}

const REQUIRED_MARK = /[*✱]\s*$/;

export function cleanLabel(text: string): string {
  return text.replace(/\s*[*✱]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

function isRequired(unit: FieldUnit, rawLabel: string): boolean {
  if (REQUIRED_MARK.test(rawLabel)) return true;
  return unit.controls.some((c) => (c as HTMLInputElement).required === true || c.getAttribute('aria-required') === 'true');
}

/** Builds the signals of `unit`; `titles` are the titles of the sections around it, nearest first. */
export function buildSignals(unit: FieldUnit, titles: string[]): UnitSignals & { required: boolean } {
  const control = unit.controls[0] ?? unit.element;
  let label = unit.isGroup ? groupQuestion(unit) : ownLabel(control);
  let context = unit.isGroup ? '' : enclosingGroupLabel(control, 4);
  let nearby = unit.isGroup ? '' : nearbyText(control);
  if (!label) {
    label = context || nearby;
    if (label === context) context = '';
    if (label === nearby) nearby = '';
  }
  const placeholder = control.getAttribute('placeholder') ?? '';
  const options = optionsOf(unit);
  const signals: FieldSignals = {
    widget: unit.widget,
    inputType: unit.isGroup ? unit.widget : inputTypeOf(control),
    autocomplete: control.getAttribute('autocomplete') ?? '',
    label,
    context,
    placeholder,
    nearby,
    identifiers: identifiersOf(unit),
    titles,
    options,
  };
  const displayLabel = cleanLabel(label || context || placeholder || signals.identifiers[0] || '');
  return { signals, label: displayLabel, options: options.length > 0 ? options : undefined, required: isRequired(unit, label) };
}
