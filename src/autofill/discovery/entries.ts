// Numbers the repeated entries of work history, education and languages in document order, so
// that the fields of the second job on a page take the second job of the CV.
import type { Classification } from '../classify';
import type { SectionKind } from '../../lexicon/labels';
import type { FieldDescriptor } from '../types';

interface EntryField {
  descriptor: FieldDescriptor;
  classification: Classification;
}

interface OpenEntry {
  index: number;
  /** The entry's index as the identifiers write it, once a field of the entry showed one. */
  key?: string;
  /** Meaning and part of each field seen in the entry, so a repeat starts the next entry. */
  slots: Set<string>;
  fields: FieldDescriptor[];
}

function entryKind({ descriptor, classification }: EntryField): SectionKind | undefined {
  if (descriptor.meaning.startsWith('work.')) return 'work';
  if (descriptor.meaning.startsWith('education.')) return 'education';
  if (descriptor.meaning === 'languages' && classification.section?.kind === 'language') return 'language';
  return undefined;
}

/** Tests whether a field opens a new entry: its identifiers name another index, or its slot is taken. */
function startsEntry(entry: OpenEntry, slot: string, key: string | undefined): boolean {
  if (key !== undefined && entry.key !== undefined && key !== entry.key) return true;
  return entry.slots.has(slot);
}

/**
 * Sets `entryIndex` on the fields of each work, education and language entry. `fields` are
 * the proposed fields in document order. A language field keeps no index when the page has a
 * single language entry without a level, because that one box takes every language.
 */
export function assignEntryIndexes(fields: readonly EntryField[]): void {
  const open = new Map<SectionKind, OpenEntry>();
  const languageEntries: OpenEntry[] = [];
  for (const field of fields) {
    const kind = entryKind(field);
    if (!kind) continue;
    const { descriptor } = field;
    const slot = `${descriptor.meaning}/${descriptor.part ?? ''}`;
    const key = field.classification.section?.entryKey;
    let entry = open.get(kind);
    if (!entry || startsEntry(entry, slot, key)) {
      entry = { index: entry ? entry.index + 1 : 0, slots: new Set(), fields: [] };
      open.set(kind, entry);
      if (kind === 'language') languageEntries.push(entry);
    }
    entry.slots.add(slot);
    entry.fields.push(descriptor);
    entry.key ??= key;
    descriptor.entryIndex = entry.index;
  }
  const [onlyLanguage, ...others] = languageEntries;
  if (onlyLanguage && others.length === 0 && !onlyLanguage.fields.some((descriptor) => descriptor.part === 'level')) {
    for (const descriptor of onlyLanguage.fields) delete descriptor.entryIndex;
  }
}
