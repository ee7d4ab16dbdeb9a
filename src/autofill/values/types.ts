// What the values module returns for one field of the consent preview.
import type { FieldDescriptor, FillValue } from '../types';

/** A value ready to write, and the text the person reads in the preview. */
export interface ResolvedValue {
  value: FillValue;
  display: string;
}

/** Why a field gets no value. */
export type UnresolvedReason =
  | 'noValue' // the vault holds nothing for this meaning
  | 'ambiguousDateFormat' // the field's date order (day or month first) cannot be told
  | 'datePrecision' // the field needs a day or month that the vault's date lacks
  | 'noMatchingOption' // none of the field's options fits the vault's value
  | 'notFillable'; // the meaning is never filled ('none')

export type ResolveResult = { ok: true; resolved: ResolvedValue } | { ok: false; reason: UnresolvedReason };

/** Facts about the page that a single field descriptor does not carry. */
export interface ResolveContext {
  /** The other fields of the frame; a phone country-code field in the same form means a national phone number. */
  formFields?: FieldDescriptor[];
  /** Today's date, for durations and the personnummer century sign. Defaults to the clock. */
  now?: Date;
}
