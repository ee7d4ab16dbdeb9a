// The person-readable name of each field meaning. A Record over FieldMeaning, so a meaning added
// to the classifier's vocabulary does not compile until it has a name here.
import type { FieldMeaning, FieldPart } from '../autofill/types';
import { t, type MessageKey } from './i18n';

export const MEANING_MESSAGES: Record<FieldMeaning, MessageKey> = {
  'name.full': 'meaning_name_full',
  'name.given': 'meaning_name_given',
  'name.family': 'meaning_name_family',
  'name.preferred': 'meaning_name_preferred',
  email: 'meaning_email',
  phone: 'meaning_phone',
  'phone.countryCode': 'meaning_phone_countryCode',
  'address.street': 'meaning_address_street',
  'address.postalCode': 'meaning_address_postalCode',
  'address.city': 'meaning_address_city',
  'address.region': 'meaning_address_region',
  'address.country': 'meaning_address_country',
  birthDate: 'meaning_birthDate',
  nationalId: 'meaning_nationalId',
  linkedin: 'meaning_linkedin',
  website: 'meaning_website',
  github: 'meaning_github',
  currentTitle: 'meaning_currentTitle',
  currentEmployer: 'meaning_currentEmployer',
  yearsExperience: 'meaning_yearsExperience',
  'education.school': 'meaning_education_school',
  'education.degree': 'meaning_education_degree',
  'education.field': 'meaning_education_field',
  'education.endDate': 'meaning_education_endDate',
  'work.employer': 'meaning_work_employer',
  'work.title': 'meaning_work_title',
  'work.startDate': 'meaning_work_startDate',
  'work.endDate': 'meaning_work_endDate',
  'work.description': 'meaning_work_description',
  skills: 'meaning_skills',
  languages: 'meaning_languages',
  driversLicence: 'meaning_driversLicence',
  workAuthorisation: 'meaning_workAuthorisation',
  visaSponsorship: 'meaning_visaSponsorship',
  salaryExpectation: 'meaning_salaryExpectation',
  noticePeriod: 'meaning_noticePeriod',
  startDate: 'meaning_startDate',
  summary: 'meaning_summary',
  'coverLetter.text': 'meaning_coverLetter_text',
  'coverLetter.file': 'meaning_coverLetter_file',
  'cv.file': 'meaning_cv_file',
  none: 'meaning_none',
};

/** Returns the translated name of a field meaning, such as "E-postadress" for `email`. */
export function meaningName(meaning: FieldMeaning): string {
  const key = MEANING_MESSAGES[meaning] as MessageKey | undefined;
  return key ? t(key) : meaning;
}

const PART_MESSAGES: Record<FieldPart, MessageKey> = {
  day: 'part_day',
  month: 'part_month',
  year: 'part_year',
  min: 'part_min',
  max: 'part_max',
  level: 'part_level',
};

/** Returns the meaning's name with the part a control holds, such as "Födelsedatum (dag)". */
export function meaningWithPart(meaning: FieldMeaning, part?: FieldPart): string {
  const partKey = part ? (PART_MESSAGES[part] as MessageKey | undefined) : undefined;
  return partKey ? `${meaningName(meaning)} (${t(partKey)})` : meaningName(meaning);
}

/**
 * Reasons the content script gives for a skipped or not-stuck field, with their explanation.
 * A reason not listed here is shown as a plain "Skipped".
 */
export const SKIP_REASON_MESSAGES: Record<string, MessageKey> = {
  hidden: 'reason_hidden',
  changed: 'reason_changed',
  gone: 'reason_gone',
  readonly: 'reason_readonly',
  disabled: 'reason_disabled',
  userValue: 'reason_userValue',
  noOption: 'reason_noOption',
  noAccess: 'reason_noAccess',
  frameGone: 'reason_frameGone',
  ambiguousDate: 'reason_ambiguousDate',
};

/** Returns the translated explanation of a skip reason, or null for an unknown reason. */
export function skipReasonText(reason: string | undefined): string | null {
  if (!reason || !Object.hasOwn(SKIP_REASON_MESSAGES, reason)) return null;
  return t(SKIP_REASON_MESSAGES[reason] as MessageKey);
}
