// Meanings whose values start unticked in the consent preview: identity numbers, age and pay.
import type { FieldMeaning } from '../autofill/types';

export const SENSITIVE_MEANINGS: ReadonlySet<FieldMeaning> = new Set<FieldMeaning>([
  'nationalId',
  'birthDate',
  'salaryExpectation',
]);
