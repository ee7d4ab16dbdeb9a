// Field meanings whose values are sensitive: identity numbers, age and pay. They start unticked in
// the consent preview, make a receipt "sensitive" and are not repeated in a data-subject request.
import type { FieldMeaning } from '../autofill/types';

/** Each sensitive meaning with its category as a receipt's spiCat names it. */
export const SENSITIVE_CATEGORIES: Partial<Record<FieldMeaning, string>> = {
  nationalId: 'National identification number',
  birthDate: 'Date of birth',
  salaryExpectation: 'Salary expectation',
};

export function isSensitive(meaning: FieldMeaning): boolean {
  return Object.hasOwn(SENSITIVE_CATEGORIES, meaning);
}
