// Field units: one per single control, and one per question for radio groups, checkbox
// groups sharing a name and aria-pressed button pairs.
import type { WidgetKind } from '../types';
import { rootOf } from './shadow';
import { widgetOf } from './widget';

export interface FieldUnit {
  widget: WidgetKind;
  /** The control, or for a group the nearest element containing all its options. */
  element: HTMLElement;
  /** The group's option controls in order; for a single control, the control alone. */
  controls: HTMLElement[];
  isGroup: boolean;
}

function commonAncestor(elements: HTMLElement[]): HTMLElement {
  const [first, ...rest] = elements;
  let candidate: HTMLElement | null = first?.parentElement ?? null;
  while (candidate && !rest.every((el) => candidate?.contains(el))) candidate = candidate.parentElement;
  return candidate ?? (first as HTMLElement);
}

function groupKey(control: HTMLElement): object | string | null {
  if (control.tagName === 'BUTTON') return control.parentElement;
  const input = control as HTMLInputElement;
  if (!input.name) return null;
  return `${input.type}\u0000${input.name}`;
}

/** Groups `controls` into field units, in document order of each unit's first control. */
export function buildUnits(controls: HTMLElement[]): FieldUnit[] {
  const units: FieldUnit[] = [];
  const groups = new Map<unknown, FieldUnit>();
  for (const control of controls) {
    const widget = widgetOf(control);
    const groupable = widget === 'radio-group' || widget === 'checkbox' || widget === 'button-group';
    const key = groupable ? groupKey(control) : null;
    const mapKey = key === null ? null : scopeKey(rootOf(control), (control as HTMLInputElement).form ?? null, key);
    const existing = mapKey ? groups.get(mapKey) : undefined;
    if (existing) {
      existing.controls.push(control);
      continue;
    }
    const unit: FieldUnit = { widget, element: control, controls: [control], isGroup: false };
    units.push(unit);
    if (mapKey) groups.set(mapKey, unit);
  }
  for (const unit of units) finishUnit(unit);
  return units.filter((unit) => unit.widget !== 'button-group' || unit.controls.length >= 2);
}

const scopeIds = new WeakMap<object, number>();
let nextScopeId = 0;

function idOf(value: object | null): number {
  if (value === null) return 0;
  let id = scopeIds.get(value);
  if (id === undefined) {
    id = ++nextScopeId;
    scopeIds.set(value, id);
  }
  return id;
}

function scopeKey(root: object, form: object | null, key: object | string): string {
  const keyPart = typeof key === 'string' ? key : `#${idOf(key)}`;
  return `${idOf(root)}|${idOf(form)}|${keyPart}`;
}

function finishUnit(unit: FieldUnit): void {
  const many = unit.controls.length > 1;
  if (unit.widget === 'checkbox' && many) unit.widget = 'checkbox-group';
  unit.isGroup = many || unit.widget === 'radio-group' || unit.widget === 'button-group';
  if (unit.isGroup) unit.element = many ? commonAncestor(unit.controls) : (unit.controls[0]?.parentElement ?? unit.element);
}
