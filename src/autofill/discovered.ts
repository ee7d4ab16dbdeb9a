// The content script's own view of a discovered field: the descriptor it reports, plus the live
// elements that the filling drivers write. Elements never leave the frame.
import type { FieldDescriptor } from './types';

export interface DiscoveredField {
  descriptor: FieldDescriptor;
  /** The control itself; for a group, the element that contains the group's options. */
  element: HTMLElement;
  /** For radio, checkbox and button groups: one element per entry of `descriptor.options`. */
  optionElements?: HTMLElement[];
  /** For a file input: the visible label, button or drop zone that opens it. */
  trigger?: HTMLElement;
}
