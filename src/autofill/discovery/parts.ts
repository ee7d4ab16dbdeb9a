// Settles value parts across fields: a day, month or year part, or a min or max part, stands
// only where the value is really split. A lone "Year" box for a graduation year holds the
// whole value in the year's format; the format hints say how to write it.
import type { FieldDescriptor, FieldPart } from '../types';

const SPLIT_PARTS: ReadonlySet<FieldPart> = new Set(['day', 'month', 'year', 'min', 'max']);

function hasPartner(field: FieldDescriptor, all: readonly FieldDescriptor[]): boolean {
  return all.some(
    (other) => other !== field && other.meaning === field.meaning && other.formKey === field.formKey && other.part !== undefined && other.part !== field.part,
  );
}

export function settleParts(fields: readonly { descriptor: FieldDescriptor }[]): void {
  const descriptors = fields.map((field) => field.descriptor);
  for (const descriptor of descriptors) {
    const part = descriptor.part;
    if (!part || !SPLIT_PARTS.has(part)) continue;
    if (descriptor.widget === 'spinbutton') continue;
    if (!hasPartner(descriptor, descriptors)) delete descriptor.part;
  }
}
