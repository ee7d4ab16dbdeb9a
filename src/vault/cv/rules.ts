// The typed fields of a CV and the format each must have. Keys not listed here are kept as
// they are; only the generic checks (forbidden keys, depth, sizes) apply to them.

export type FieldKind = 'text' | 'date' | 'email' | 'url' | 'phone' | 'textList' | 'countryCode';

export const BASICS_FIELDS: Record<string, FieldKind> = {
  name: 'text',
  label: 'text',
  image: 'url',
  email: 'email',
  phone: 'phone',
  url: 'url',
  summary: 'text',
};

export const LOCATION_FIELDS: Record<string, FieldKind> = {
  address: 'text',
  postalCode: 'text',
  city: 'text',
  countryCode: 'countryCode',
  region: 'text',
};

export const PROFILE_FIELDS: Record<string, FieldKind> = {
  network: 'text',
  username: 'text',
  url: 'url',
};

/** The JSON Resume v1.0.0 list sections and the typed fields of their entries. */
export const SECTION_FIELDS: Record<string, Record<string, FieldKind>> = {
  work: {
    name: 'text', position: 'text', location: 'text', url: 'url', description: 'text',
    startDate: 'date', endDate: 'date', summary: 'text', highlights: 'textList',
  },
  volunteer: {
    organization: 'text', position: 'text', url: 'url', startDate: 'date', endDate: 'date',
    summary: 'text', highlights: 'textList',
  },
  education: {
    institution: 'text', url: 'url', area: 'text', studyType: 'text', startDate: 'date',
    endDate: 'date', score: 'text', courses: 'textList',
  },
  awards: { title: 'text', date: 'date', awarder: 'text', summary: 'text' },
  certificates: { name: 'text', date: 'date', url: 'url', issuer: 'text' },
  publications: { name: 'text', publisher: 'text', releaseDate: 'date', url: 'url', summary: 'text' },
  skills: { name: 'text', level: 'text', keywords: 'textList' },
  languages: { language: 'text', fluency: 'text' },
  interests: { name: 'text', keywords: 'textList' },
  references: { name: 'text', reference: 'text' },
  projects: {
    name: 'text', description: 'text', highlights: 'textList', keywords: 'textList',
    startDate: 'date', endDate: 'date', url: 'url', roles: 'textList', entity: 'text', type: 'text',
  },
};

/** Driving licence categories of the EU directive 2006/126/EC, plus Sweden's B96 (code 96). */
export const LICENCE_CATEGORIES: readonly string[] = [
  'AM', 'A1', 'A2', 'A', 'B', 'B96', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE',
];

export const SALARY_PERIODS: readonly string[] = ['hour', 'month', 'year'];

/** Limits for any value, known or not, so a hostile file cannot exhaust memory or the stack. */
export const LIMITS = {
  maxDepth: 24,
  maxArrayLength: 1000,
  maxStringLength: 20_000,
  maxImportChars: 2_000_000,
} as const;

export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
