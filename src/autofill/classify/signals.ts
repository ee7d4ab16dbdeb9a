// The page-independent description of a field that the classifier reads. Discovery extracts it
// from the DOM; tests can write it by hand.
import type { FieldOption, WidgetKind } from '../types';

export interface FieldSignals {
  widget: WidgetKind;
  /** The input type, lower case ("text", "email", "tel"), or the tag name for other controls. */
  inputType: string;
  autocomplete: string;
  /** The control's own label: label[for], a wrapping label, aria-labelledby, aria-label, title. */
  label: string;
  /** The question around the control: a legend, a group's label, or the nearest text before it. */
  context: string;
  placeholder: string;
  /** The nearest text before the control, read only where label and context name nothing. */
  nearby: string;
  /** Name, id and automation attributes of the control and of its shadow hosts. */
  identifiers: string[];
  /**
   * Titles of the sections around the field, nearest first: legends and labels of the groups
   * that contain it and the nearest heading before it. One of them can open a repeated section.
   */
  titles: string[];
  options: FieldOption[];
}

export function emptySignals(widget: WidgetKind = 'text'): FieldSignals {
  return { widget, inputType: 'text', autocomplete: '', label: '', context: '', placeholder: '', nearby: '', identifiers: [], titles: [], options: [] };
}
