// One fill in one frame: check each approved field again right before writing it, write it,
// and keep what the last fill changed so that it can be undone.
import type { DiscoveredField } from './discovered';
import { discoverFields, isVisible, type DiscoverOptions } from './discovery';
import { fillField, undoFill, type UndoRecord } from './fill';
import type { FillItem, FillOutcome } from './types';

let lastFill: UndoRecord[] = [];

function currentFields(doc: Document, options: DiscoverOptions): Map<string, DiscoveredField> {
  return new Map(discoverFields(doc, options).map((field) => [field.descriptor.fieldId, field]));
}

/** Why a field must not be written now, or undefined when it may be. */
function recheck(field: DiscoveredField | undefined, item: FillItem): string | undefined {
  // discoverFields leaves out hidden, disabled, readonly and `none` fields, so a field that is
  // missing here is gone or has become one of those since the preview.
  if (!field) return 'goneOrHidden';
  if (field.descriptor.meaning !== item.meaning || field.descriptor.label !== item.label) return 'changed';
  if (field.descriptor.hasUserValue) return 'typedByPerson';
  const shown = field.descriptor.widget === 'file' ? field.trigger ?? field.element : field.element;
  if (field.descriptor.widget !== 'file' && !field.optionElements && !isVisible(shown)) return 'goneOrHidden';
  return undefined;
}

/**
 * Writes the approved items in order. The page is scanned again before the first item and after
 * every file, because a site's resume parser may rebuild the form once a CV arrives.
 */
export async function fillItems(doc: Document, items: FillItem[], options: DiscoverOptions = {}): Promise<FillOutcome[]> {
  const undo: UndoRecord[] = [];
  const outcomes: FillOutcome[] = [];
  let fields = currentFields(doc, options);
  for (const item of items) {
    const field = fields.get(item.fieldId);
    const skip = recheck(field, item);
    if (skip || !field) {
      outcomes.push({ fieldId: item.fieldId, status: 'skipped', reason: skip });
      continue;
    }
    outcomes.push(await fillField(field, item.value, undefined, undo));
    if (item.value.kind === 'file') fields = currentFields(doc, options);
  }
  lastFill = undo;
  return outcomes;
}

/** Restores what the last fill in this frame changed. */
export async function undoLastFill(): Promise<{ restored: number }> {
  const outcomes = await undoFill(lastFill);
  lastFill = [];
  return { restored: outcomes.filter((outcome) => outcome.status === 'filled').length };
}
