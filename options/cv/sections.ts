// The CV editor's layout as data: the fields of each JSON Resume section, the kind of value each
// contains (which picks its control and its validation) and its label. Paths are input names: relative
// to the JSON Resume document, except `application.*`, which are the vault's application facts.
import type { MessageKey } from '../../src/ui/i18n';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'url'
  | 'tel'
  | 'resumeDate' // YYYY, YYYY-MM or YYYY-MM-DD
  | 'isoDate' // YYYY-MM-DD, with a date picker
  | 'lines'; // a list of strings, one per line

export interface FieldSpec {
  key: string;
  label: MessageKey;
  kind: FieldKind;
}

export interface ListSectionSpec {
  /** The list's input-name path, such as "work" or "basics.profiles". */
  path: string;
  heading: MessageKey;
  /** "Job $1"-style label of one entry; $1 is the entry's number. */
  entryLabel: MessageKey;
  /** The field whose value titles an entry in its legend. */
  titleKey: string;
  fields: FieldSpec[];
}

const url: FieldSpec = { key: 'url', label: 'cvField_url', kind: 'url' };
const startDate: FieldSpec = { key: 'startDate', label: 'cvField_startDate', kind: 'resumeDate' };
const endDate: FieldSpec = { key: 'endDate', label: 'cvField_endDate', kind: 'resumeDate' };
const date: FieldSpec = { key: 'date', label: 'cvField_date', kind: 'resumeDate' };
const summary: FieldSpec = { key: 'summary', label: 'cvField_summary', kind: 'textarea' };
const highlights: FieldSpec = { key: 'highlights', label: 'cvField_highlights', kind: 'lines' };
const keywords: FieldSpec = { key: 'keywords', label: 'cvField_keywords', kind: 'lines' };

export const BASICS_FIELDS: FieldSpec[] = [
  { key: 'basics.name', label: 'cvField_basics_name', kind: 'text' },
  { key: 'basics.label', label: 'cvField_basics_label', kind: 'text' },
  { key: 'basics.email', label: 'cvField_basics_email', kind: 'email' },
  { key: 'basics.phone', label: 'cvField_basics_phone', kind: 'tel' },
  { key: 'basics.url', label: 'cvField_basics_url', kind: 'url' },
  { key: 'basics.summary', label: 'cvField_basics_summary', kind: 'textarea' },
];

export const LOCATION_FIELDS: FieldSpec[] = [
  { key: 'basics.location.address', label: 'cvField_location_address', kind: 'text' },
  { key: 'basics.location.postalCode', label: 'cvField_location_postalCode', kind: 'text' },
  { key: 'basics.location.city', label: 'cvField_location_city', kind: 'text' },
  { key: 'basics.location.region', label: 'cvField_location_region', kind: 'text' },
  { key: 'basics.location.countryCode', label: 'cvField_location_countryCode', kind: 'text' },
];

export const LIST_SECTIONS: ListSectionSpec[] = [
  {
    path: 'basics.profiles',
    heading: 'cvSection_profiles',
    entryLabel: 'cvEntry_profile',
    titleKey: 'network',
    fields: [
      { key: 'network', label: 'cvField_profiles_network', kind: 'text' },
      { key: 'username', label: 'cvField_profiles_username', kind: 'text' },
      url,
    ],
  },
  {
    path: 'work',
    heading: 'cvSection_work',
    entryLabel: 'cvEntry_work',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_work_name', kind: 'text' },
      { key: 'position', label: 'cvField_work_position', kind: 'text' },
      { key: 'location', label: 'cvField_work_location', kind: 'text' },
      url,
      startDate,
      endDate,
      summary,
      highlights,
    ],
  },
  {
    path: 'education',
    heading: 'cvSection_education',
    entryLabel: 'cvEntry_education',
    titleKey: 'institution',
    fields: [
      { key: 'institution', label: 'cvField_education_institution', kind: 'text' },
      { key: 'area', label: 'cvField_education_area', kind: 'text' },
      { key: 'studyType', label: 'cvField_education_studyType', kind: 'text' },
      url,
      startDate,
      endDate,
      { key: 'score', label: 'cvField_education_score', kind: 'text' },
      { key: 'courses', label: 'cvField_education_courses', kind: 'lines' },
    ],
  },
  {
    path: 'skills',
    heading: 'cvSection_skills',
    entryLabel: 'cvEntry_skill',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_skills_name', kind: 'text' },
      { key: 'level', label: 'cvField_skills_level', kind: 'text' },
      keywords,
    ],
  },
  {
    path: 'languages',
    heading: 'cvSection_languages',
    entryLabel: 'cvEntry_language',
    titleKey: 'language',
    fields: [
      { key: 'language', label: 'cvField_languages_language', kind: 'text' },
      { key: 'fluency', label: 'cvField_languages_fluency', kind: 'text' },
    ],
  },
  {
    path: 'certificates',
    heading: 'cvSection_certificates',
    entryLabel: 'cvEntry_certificate',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_certificates_name', kind: 'text' },
      { key: 'issuer', label: 'cvField_certificates_issuer', kind: 'text' },
      date,
      url,
    ],
  },
  {
    path: 'volunteer',
    heading: 'cvSection_volunteer',
    entryLabel: 'cvEntry_volunteer',
    titleKey: 'organization',
    fields: [
      { key: 'organization', label: 'cvField_volunteer_organization', kind: 'text' },
      { key: 'position', label: 'cvField_work_position', kind: 'text' },
      url,
      startDate,
      endDate,
      summary,
      highlights,
    ],
  },
  {
    path: 'projects',
    heading: 'cvSection_projects',
    entryLabel: 'cvEntry_project',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_projects_name', kind: 'text' },
      { key: 'description', label: 'cvField_projects_description', kind: 'textarea' },
      { key: 'entity', label: 'cvField_projects_entity', kind: 'text' },
      { key: 'type', label: 'cvField_projects_type', kind: 'text' },
      url,
      startDate,
      endDate,
      { key: 'roles', label: 'cvField_projects_roles', kind: 'lines' },
      highlights,
      keywords,
    ],
  },
  {
    path: 'awards',
    heading: 'cvSection_awards',
    entryLabel: 'cvEntry_award',
    titleKey: 'title',
    fields: [
      { key: 'title', label: 'cvField_awards_title', kind: 'text' },
      { key: 'awarder', label: 'cvField_awards_awarder', kind: 'text' },
      date,
      summary,
    ],
  },
  {
    path: 'publications',
    heading: 'cvSection_publications',
    entryLabel: 'cvEntry_publication',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_publications_name', kind: 'text' },
      { key: 'publisher', label: 'cvField_publications_publisher', kind: 'text' },
      { key: 'releaseDate', label: 'cvField_publications_releaseDate', kind: 'resumeDate' },
      url,
      summary,
    ],
  },
  {
    path: 'interests',
    heading: 'cvSection_interests',
    entryLabel: 'cvEntry_interest',
    titleKey: 'name',
    fields: [{ key: 'name', label: 'cvField_interests_name', kind: 'text' }, keywords],
  },
  {
    path: 'references',
    heading: 'cvSection_references',
    entryLabel: 'cvEntry_reference',
    titleKey: 'name',
    fields: [
      { key: 'name', label: 'cvField_references_name', kind: 'text' },
      { key: 'reference', label: 'cvField_references_reference', kind: 'textarea' },
    ],
  },
];

/** Swedish driving licence categories, in the order the licence lists them. */
export const LICENCE_CATEGORIES = [
  'AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE',
] as const;

export const SALARY_PERIODS = ['month', 'year', 'hour'] as const;

/** Returns the CV path of an input name, because JSON Resume paths live under `resume`. */
export function cvPathOf(name: string): string {
  return name.startsWith('application.') ? name : `resume.${name}`;
}
