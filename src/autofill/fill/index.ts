// Writes approved values into a page so that its own scripts accept them, reads them back and
// keeps what is needed to undo. One driver per widget kind.
import type { DiscoveredField } from '../discovered';
import type { FillOutcome, FillValue, WidgetKind } from '../types';
import { settle } from './dom';
import type { Driver, FileContents, Want } from './driver';
import { comboboxDriver, searchPromptDriver } from './drivers/combobox';
import { fileDriver } from './drivers/file';
import { buttonGroupDriver, checkboxDriver, checkboxGroupDriver, radioGroupDriver } from './drivers/group';
import { listboxButtonDriver } from './drivers/listbox-button';
import { selectDriver } from './drivers/select';
import { spinbuttonDriver } from './drivers/spinbutton';
import { textDriver } from './drivers/text';
import { takeSnapshot, type UndoRecord } from './undo';

export { undoFill, type UndoRecord } from './undo';
export type { FileContents } from './driver';

const DRIVERS: Record<WidgetKind, Driver> = {
  text: textDriver,
  date: textDriver,
  select: selectDriver,
  combobox: comboboxDriver,
  'listbox-button': listboxButtonDriver,
  'search-prompt': searchPromptDriver,
  spinbutton: spinbuttonDriver,
  'radio-group': radioGroupDriver,
  'checkbox-group': checkboxGroupDriver,
  checkbox: checkboxDriver,
  'button-group': buttonGroupDriver,
  file: fileDriver,
};

/** Tells whether a widget takes a value of this kind. A fill of any other kind is skipped. */
function accepts(widget: WidgetKind, value: FillValue): boolean {
  if (widget === 'file') return value.kind === 'file';
  if (widget === 'checkbox') return value.kind === 'check';
  return value.kind === 'text' || value.kind === 'option' || value.kind === 'options';
}

function wantOf(value: FillValue, files?: FileContents): Want {
  switch (value.kind) {
    case 'text':
      return { candidates: [value.text] };
    case 'option':
      return { candidates: value.match };
    case 'options':
      return { candidates: value.match, many: true };
    case 'check':
      return { candidates: [], checked: value.checked };
    case 'file':
      return { candidates: [], file: { name: value.name, mimeType: value.mimeType, base64: value.base64 ?? files?.[value.documentId] } };
  }
}

/** Tells whether the field shows the value now. */
export function readBack(field: DiscoveredField, value: FillValue): boolean {
  return field.element.isConnected && DRIVERS[field.descriptor.widget].hasValue(field, wantOf(value));
}

/**
 * Writes one value without waiting for the page to react. Returns the final outcome when nothing
 * was written ('skipped') or the field showed the value already ('filled'). Returns undefined
 * when the value was written: `readBackOutcome` decides once the page has settled. The previous
 * state goes into `undo` when it is given.
 */
export async function writeField(field: DiscoveredField, value: FillValue, files?: FileContents, undo?: UndoRecord[]): Promise<FillOutcome | undefined> {
  const { fieldId, widget } = field.descriptor;
  if (!field.element.isConnected) return { fieldId, status: 'skipped', reason: 'gone' };
  if (!accepts(widget, value)) return { fieldId, status: 'skipped', reason: 'wrongValueKind' };
  const driver = DRIVERS[widget];
  const want = wantOf(value, files);
  if (driver.hasValue(field, want)) return { fieldId, status: 'filled' };
  const snapshot = takeSnapshot(field);
  const failure = await driver.write(field, want);
  if (failure) return { fieldId, status: 'skipped', reason: failure };
  undo?.push({ field, snapshot });
  return undefined;
}

/** Returns 'filled' when a written value stayed, else 'notStuck': the page cleared or changed it. */
export function readBackOutcome(field: DiscoveredField, value: FillValue): FillOutcome {
  const { fieldId } = field.descriptor;
  if (readBack(field, value.kind === 'file' ? { ...value, base64: undefined } : value)) return { fieldId, status: 'filled' };
  return { fieldId, status: 'notStuck', reason: 'pageChanged' };
}

/**
 * Writes one value and reads it back after the page has had a moment to re-render.
 * Returns 'filled' when the value stayed, 'notStuck' when the page cleared or changed it, and
 * 'skipped' when nothing was written. The previous state goes into `undo` when it is given.
 */
export async function fillField(field: DiscoveredField, value: FillValue, files?: FileContents, undo?: UndoRecord[]): Promise<FillOutcome> {
  const early = await writeField(field, value, files, undo);
  if (early) return early;
  await settle();
  return readBackOutcome(field, value);
}

/** One value to write into one field. */
export interface FieldWrite {
  field: DiscoveredField;
  value: FillValue;
}

/**
 * Writes the values in order, lets the page settle once, then reads every written value back.
 * Reading back at the end also reports a field that the page cleared while a later one was
 * written. `beforeWrite`, called right before each write, skips the field when it returns a
 * reason. Returns the outcomes in the order of `writes`.
 */
export async function fillFields(
  writes: FieldWrite[],
  { files, undo, beforeWrite }: { files?: FileContents; undo?: UndoRecord[]; beforeWrite?: (field: DiscoveredField) => string | undefined } = {},
): Promise<FillOutcome[]> {
  const early: (FillOutcome | undefined)[] = [];
  for (const { field, value } of writes) {
    const skip = beforeWrite?.(field);
    early.push(skip ? { fieldId: field.descriptor.fieldId, status: 'skipped', reason: skip } : await writeField(field, value, files, undo));
  }
  if (early.includes(undefined)) await settle();
  return writes.map(({ field, value }, index) => early[index] ?? readBackOutcome(field, value));
}
