// Undo: the state a field had before a fill, and its restoration with the same event sequence.
import type { DiscoveredField } from '../discovered';
import type { FillOutcome } from '../types';
import { dispatchBlur, dispatchFocus, fire, setNativeChecked, settle, windowOf, writeText } from './dom';
import { isOn } from './drivers/group';

type Snapshot =
  | { kind: 'value'; value: string }
  | { kind: 'select'; index: number }
  | { kind: 'states'; states: boolean[] }
  | { kind: 'files'; files: File[] }
  | { kind: 'none' };

/** One field's state before the last fill. */
export interface UndoRecord {
  field: DiscoveredField;
  snapshot: Snapshot;
}

function groupElements(field: DiscoveredField): HTMLElement[] {
  return field.optionElements ?? [field.element];
}

export function takeSnapshot(field: DiscoveredField): Snapshot {
  const el = field.element;
  switch (field.descriptor.widget) {
    case 'select':
      return { kind: 'select', index: (el as HTMLSelectElement).selectedIndex };
    case 'radio-group':
    case 'checkbox-group':
    case 'button-group':
    case 'checkbox':
      return { kind: 'states', states: groupElements(field).map(isOn) };
    case 'file':
      return { kind: 'files', files: [...((el as HTMLInputElement).files ?? [])] };
    case 'listbox-button':
      return { kind: 'none' };
    default: {
      const input = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input');
      return input ? { kind: 'value', value: (input as HTMLInputElement).value } : { kind: 'none' };
    }
  }
}

function restoreStates(field: DiscoveredField, states: boolean[]): void {
  groupElements(field).forEach((el, i) => {
    const want = states[i] ?? false;
    if (isOn(el) === want) return;
    const input = el.tagName === 'INPUT' ? (el as HTMLInputElement) : el.querySelector('input');
    // A radio cannot be clicked off: clear it directly and announce the change.
    if (!want && input?.type === 'radio') {
      setNativeChecked(input, false);
      fire(input, 'input');
      fire(input, 'change');
    } else {
      (input ?? el).click();
    }
  });
}

async function restore({ field, snapshot }: UndoRecord): Promise<boolean> {
  const el = field.element;
  if (snapshot.kind === 'none') return false;
  if (snapshot.kind === 'states') restoreStates(field, snapshot.states);
  else if (snapshot.kind === 'select') {
    dispatchFocus(el);
    (el as HTMLSelectElement).selectedIndex = snapshot.index;
    fire(el, 'input');
    fire(el, 'change');
    dispatchBlur(el);
  } else if (snapshot.kind === 'files') {
    const win = windowOf(el);
    const transfer = new win.DataTransfer();
    snapshot.files.forEach((file) => transfer.items.add(file));
    (el as HTMLInputElement).files = transfer.files;
    fire(el, 'input');
    fire(el, 'change');
  } else {
    const input = (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input')) as HTMLElement;
    dispatchFocus(input);
    writeText(input, snapshot.value);
    dispatchBlur(input);
  }
  return true;
}

/**
 * Restores the fields of the last fill, newest first.
 * NOTE: a choice made in a combobox or listbox popup is not undone; only its typed text is.
 */
export async function undoFill(records: UndoRecord[]): Promise<FillOutcome[]> {
  const outcomes: FillOutcome[] = [];
  for (const record of [...records].reverse()) {
    const done = record.field.element.isConnected && (await restore(record));
    const fieldId = record.field.descriptor.fieldId;
    outcomes.push(done ? { fieldId, status: 'filled' } : { fieldId, status: 'skipped', reason: 'cannotUndo' });
  }
  await settle();
  return outcomes;
}
