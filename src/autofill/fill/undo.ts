// Undo: the state a field had before a fill, and its restoration with the same event sequence.
import type { DiscoveredField } from '../discovered';
import type { FillOutcome } from '../types';
import { dispatchBlur, dispatchFocus, fire, inputOf, setNativeChecked, settle, windowOf, writeText } from './dom';
import { isOn } from './drivers/group';
import { clearNewChoices } from './drivers/clear-choice';
import { chosenTexts } from './drivers/popup';

type Snapshot =
  | { kind: 'value'; value: string }
  | { kind: 'select'; index: number }
  | { kind: 'states'; states: boolean[] }
  | { kind: 'files'; files: File[] }
  | { kind: 'choice'; value: string; chosen: string[] }
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
    case 'combobox':
    case 'search-prompt': {
      const input = inputOf(el);
      return input ? { kind: 'choice', value: (input as HTMLInputElement).value, chosen: chosenTexts(input) } : { kind: 'none' };
    }
    default: {
      const input = inputOf(el);
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
  } else if (snapshot.kind === 'choice') {
    return restoreChoice(inputOf(el) as HTMLElement, snapshot);
  } else {
    const input = inputOf(el) as HTMLElement;
    dispatchFocus(input);
    writeText(input, snapshot.value);
    dispatchBlur(input);
  }
  return true;
}

/** Takes back the choices a fill added to a combobox and puts its typed text back. */
async function restoreChoice(input: HTMLElement, snapshot: { value: string; chosen: string[] }): Promise<boolean> {
  const undone = await clearNewChoices(input, snapshot.chosen);
  if ((input as HTMLInputElement).value !== snapshot.value) {
    dispatchFocus(input);
    writeText(input, snapshot.value);
    dispatchBlur(input);
  }
  return undone;
}

/**
 * Restores the fields of the last fill, newest first. A combobox choice that its widget offers no
 * way to take back (no remove control, Backspace ignored) is reported as cannotUndo.
 * NOTE: a choice made in a listbox button's popup is not undone.
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
