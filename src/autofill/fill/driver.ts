// The contract every widget driver meets.
import type { DiscoveredField } from '../discovered';

/** Base64 file contents by document id, for file values that arrive without their bytes. */
export type FileContents = Record<string, string>;

/** The value in the form drivers take: candidate texts (one text for a text field), a checked state or a file. */
export interface Want {
  candidates: string[];
  /** Every candidate is to be chosen (a set), not just the best one. */
  many?: boolean;
  checked?: boolean;
  file?: { name: string; mimeType: string; base64?: string };
}

export interface Driver {
  /**
   * Writes the value; returns a reason when nothing could be written. The read-back comes later,
   * after the page has settled, so a driver waits here only for what the next field depends on.
   */
  write(field: DiscoveredField, want: Want): Promise<string | undefined>;
  /** Tells whether the page shows the value now. */
  hasValue(field: DiscoveredField, want: Want): boolean;
}
