// One fill in one frame. Files go first, so that a site's resume parser settles before the
// other fields are written. Every other field is then checked again in one read pass and written
// in one write pass, so that layout is computed again only where a write changed the page. The
// page settles once before every value is read back. The session keeps the last fill, for undo.
import type { DiscoveredField } from './discovered';
import type { discoverFields, DiscoverOptions, isVisible } from './discovery';
import { fillField, fillFields, undoFill, type FieldWrite, type UndoRecord } from './fill';
import { PageChanges } from './fill/page-changes';
import type { FillItem, FillOutcome } from './types';

/**
 * The discovery functions a fill checks fields with. The content script hands in its own, so the
 * fill code, injected only into frames that receive values, is bundled without discovery and uses
 * the word lists the scan installed.
 */
export interface Scanner {
  discoverFields: typeof discoverFields;
  isVisible: typeof isVisible;
}

let lastFill: UndoRecord[] = [];
let scanner: Scanner | undefined;

function activeScanner(): Scanner {
  if (!scanner) throw new Error('fillItems was called without a scanner');
  return scanner;
}

function currentFields(doc: Document, options: DiscoverOptions): Map<string, DiscoveredField> {
  return new Map(activeScanner().discoverFields(doc, options).map((field) => [field.descriptor.fieldId, field]));
}

/** Tells whether the read pass checks the field's own rendering. */
function rendersItself(field: DiscoveredField): boolean {
  // A file input counts as visible through its trigger, which the scan checked.
  return field.descriptor.widget !== 'file' && !field.optionElements;
}

/** Why a field must not be written now, or undefined when it may be. */
function recheck(field: DiscoveredField | undefined, item: FillItem, visible: (element: Element) => boolean): string | undefined {
  // discoverFields leaves out hidden, disabled, readonly and `none` fields, so a field that is
  // missing here is gone or has become one of those since the preview.
  if (!field) return 'goneOrHidden';
  if (field.descriptor.meaning !== item.meaning || field.descriptor.label !== item.label) return 'changed';
  if (field.descriptor.hasUserValue) return 'typedByPerson';
  if (rendersItself(field) && !visible(field.element)) return 'goneOrHidden';
  return undefined;
}

/** Returns the rendering check: the caller's (tests without layout), else the page's own. */
function visibilityCheck(options: DiscoverOptions): (element: Element) => boolean {
  if (options.isVisible) return options.isVisible;
  const cache: Parameters<typeof isVisible>[2] = new WeakMap();
  const { isVisible: rendered } = activeScanner();
  return (element) => rendered(element, options.shadowRootOf, cache);
}

/**
 * Writes the file items one by one, each read back after the page settled. The page is scanned
 * again before a file, and once after the last, wherever it changed since the last scan.
 * Returns the scan to check the other fields against.
 */
async function fillFiles(doc: Document, items: FillItem[], options: DiscoverOptions, outcomes: Map<FillItem, FillOutcome>, undo: UndoRecord[]): Promise<Map<string, DiscoveredField>> {
  let fields = currentFields(doc, options);
  if (items.length === 0) return fields;
  const changes = new PageChanges(doc);
  changes.baseline(fields.values());
  try {
    for (const item of items) {
      if (changes.changed()) {
        fields = currentFields(doc, options);
        changes.baseline(fields.values());
      }
      const field = fields.get(item.fieldId);
      const skip = recheck(field, item, visibilityCheck(options));
      if (skip || !field) {
        outcomes.set(item, { fieldId: item.fieldId, status: 'skipped', reason: skip });
        continue;
      }
      changes.expectWrite(field);
      outcomes.set(item, await fillField(field, item.value, undefined, undo));
    }
    return changes.changed() ? currentFields(doc, options) : fields;
  } finally {
    changes.disconnect();
  }
}

/** Writes the approved items; returns one outcome per item, in the order of `items`. */
export async function fillItems(doc: Document, items: FillItem[], options: DiscoverOptions, fieldScanner: Scanner): Promise<FillOutcome[]> {
  scanner = fieldScanner;
  const undo: UndoRecord[] = [];
  const outcomes = new Map<FillItem, FillOutcome>();
  const fileItems = items.filter((item) => item.value.kind === 'file');
  const fields = await fillFiles(doc, fileItems, options, outcomes, undo);

  // The read pass: every check before the first write, so that no write invalidates the layout
  // that the next check reads.
  const visible = visibilityCheck(options);
  const writes: (FieldWrite & { item: FillItem })[] = [];
  for (const item of items) {
    if (item.value.kind === 'file') continue;
    const field = fields.get(item.fieldId);
    const skip = recheck(field, item, visible);
    if (skip || !field) outcomes.set(item, { fieldId: item.fieldId, status: 'skipped', reason: skip });
    else writes.push({ item, field, value: item.value });
  }

  const written = await writeAll(doc, writes, options, undo);
  writes.forEach(({ item }, index) => outcomes.set(item, written[index]!));
  lastFill = undo;
  return items.map((item) => outcomes.get(item)!);
}

/**
 * Writes the checked fields in one pass. Where an earlier write changed the page (answering "No"
 * may hide a follow-up question), the next field's rendering is checked again before its write.
 * NOTE: a change made by style rules alone (an input:checked ~ section rule) is not noticed.
 */
async function writeAll(doc: Document, writes: FieldWrite[], options: DiscoverOptions, undo: UndoRecord[]): Promise<FillOutcome[]> {
  const pending = new Set(writes.map(({ field }) => field));
  const changes = new PageChanges(doc);
  changes.baseline(pending);
  const beforeWrite = (field: DiscoveredField): string | undefined => {
    let reason: string | undefined;
    if (changes.changed()) {
      if (rendersItself(field) && !visibilityCheck(options)(field.element)) reason = 'goneOrHidden';
      changes.baseline(pending);
    }
    pending.delete(field);
    changes.expectWrite(field);
    return reason;
  };
  try {
    return await fillFields(writes, { undo, beforeWrite });
  } finally {
    changes.disconnect();
  }
}

/** Restores what the last fill in this frame changed. */
export async function undoLastFill(): Promise<{ restored: number }> {
  const outcomes = await undoFill(lastFill);
  lastFill = [];
  return { restored: outcomes.filter((outcome) => outcome.status === 'filled').length };
}
