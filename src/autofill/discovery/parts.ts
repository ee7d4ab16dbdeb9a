// Settles value parts across fields. A day, month or year part, or a min or max part, is kept
// only where the value is really split, that is where the field next to it contains another
// part of the same meaning. A lone "Year" box for a graduation year takes the whole value, and
// the format hints say how to write it.
import type { FieldDescriptor, FieldPart } from '../types';

const SPLIT_PARTS: ReadonlySet<FieldPart> = new Set(['day', 'month', 'year', 'min', 'max']);

function isPartner(field: FieldDescriptor, other: FieldDescriptor | undefined): boolean {
  return !!other && other.meaning === field.meaning && other.formKey === field.formKey && other.part !== undefined && other.part !== field.part;
}

/** Removes split parts without a neighbouring partner; `fields` are in document order. */
export function settleParts(fields: readonly { descriptor: FieldDescriptor }[]): void {
  const descriptors = fields.map((field) => field.descriptor);
  const lone = descriptors.filter((descriptor, index) => {
    const part = descriptor.part;
    if (!part || !SPLIT_PARTS.has(part) || descriptor.widget === 'spinbutton') return false;
    return !isPartner(descriptor, descriptors[index - 1]) && !isPartner(descriptor, descriptors[index + 1]);
  });
  for (const descriptor of lone) delete descriptor.part;
}
