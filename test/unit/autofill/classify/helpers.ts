// Shorthands for classification tests: signals for a text field with a label, and the
// meaning (with part) that the classifier assigns.
import { classifyField, emptySignals, type FieldSignals } from '../../../../src/autofill/classify';
import type { WidgetKind } from '../../../../src/autofill/types';

export function signals(overrides: Partial<FieldSignals>, widget: WidgetKind = 'text'): FieldSignals {
  return { ...emptySignals(widget), ...overrides };
}

/** The meaning of a field, with its part after a slash ("startDate/month"). */
export function meaningOf(overrides: Partial<FieldSignals>, widget: WidgetKind = 'text'): string {
  const result = classifyField(signals(overrides, widget));
  return result.part ? `${result.meaning}/${result.part}` : result.meaning;
}

export function labelled(label: string, widget: WidgetKind = 'text', inputType = 'text'): string {
  return meaningOf({ label, inputType }, widget);
}
