// The HTML autocomplete attribute: a valid field-name token decides a field's meaning before
// any label or name word does (a form may name every field `billingAddress[...]`).
import type { FieldMeaning, FieldPart } from '../types';

export interface AutocompleteMeaning {
  meaning: FieldMeaning;
  part?: FieldPart;
}

/** Field-name tokens of the HTML standard, mapped to meanings; `none` for fields never filled. */
const FIELD_NAMES: Record<string, AutocompleteMeaning> = {
  name: { meaning: 'name.full' },
  'given-name': { meaning: 'name.given' },
  'family-name': { meaning: 'name.family' },
  'additional-name': { meaning: 'none' },
  nickname: { meaning: 'name.preferred' },
  'honorific-prefix': { meaning: 'none' },
  'honorific-suffix': { meaning: 'none' },
  email: { meaning: 'email' },
  tel: { meaning: 'phone' },
  'tel-national': { meaning: 'phone' },
  'tel-local': { meaning: 'phone' },
  'tel-country-code': { meaning: 'phone.countryCode' },
  'tel-area-code': { meaning: 'none' },
  'tel-extension': { meaning: 'none' },
  'street-address': { meaning: 'address.street' },
  'address-line1': { meaning: 'address.street' },
  'address-line2': { meaning: 'none' },
  'address-line3': { meaning: 'none' },
  'postal-code': { meaning: 'address.postalCode' },
  'address-level1': { meaning: 'address.region' },
  'address-level2': { meaning: 'address.city' },
  'address-level3': { meaning: 'none' },
  'address-level4': { meaning: 'none' },
  country: { meaning: 'address.country' },
  'country-name': { meaning: 'address.country' },
  bday: { meaning: 'birthDate' },
  'bday-day': { meaning: 'birthDate', part: 'day' },
  'bday-month': { meaning: 'birthDate', part: 'month' },
  'bday-year': { meaning: 'birthDate', part: 'year' },
  url: { meaning: 'website' },
  organization: { meaning: 'currentEmployer' },
  'organization-title': { meaning: 'currentTitle' },
  language: { meaning: 'languages' },
  sex: { meaning: 'none' },
  photo: { meaning: 'none' },
  impp: { meaning: 'none' },
  username: { meaning: 'none' },
  'new-password': { meaning: 'none' },
  'current-password': { meaning: 'none' },
  'one-time-code': { meaning: 'none' },
  'transaction-currency': { meaning: 'none' },
  'transaction-amount': { meaning: 'none' },
};

/** Parses an autocomplete attribute; returns null when it names no field (empty, on, off, unknown). */
export function meaningFromAutocomplete(attribute: string): AutocompleteMeaning | null {
  const tokens = attribute.toLowerCase().trim().split(/\s+/).filter((t) => t !== 'webauthn');
  const fieldName = tokens[tokens.length - 1];
  if (!fieldName) return null;
  if (fieldName.startsWith('cc-')) return { meaning: 'none' };
  return FIELD_NAMES[fieldName] ?? null;
}
