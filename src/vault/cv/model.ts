// The CV as the vault stores it: a JSON Resume document plus the facts that application forms ask
// for and JSON Resume has no place for. Keys that the model does not name are kept as they are.

export interface ResumeLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
  [key: string]: unknown;
}

export interface ResumeProfile {
  network?: string;
  username?: string;
  url?: string;
  [key: string]: unknown;
}

export interface ResumeBasics {
  name?: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: ResumeLocation;
  profiles?: ResumeProfile[];
  [key: string]: unknown;
}

export interface ResumeWork {
  name?: string;
  position?: string;
  location?: string;
  url?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
  [key: string]: unknown;
}

export interface ResumeEducation {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: string;
  endDate?: string;
  score?: string;
  courses?: string[];
  [key: string]: unknown;
}

export interface ResumeSkill {
  name?: string;
  level?: string;
  keywords?: string[];
  [key: string]: unknown;
}

export interface ResumeLanguage {
  language?: string;
  fluency?: string;
  [key: string]: unknown;
}

/** A JSON Resume v1.0.0 document. Sections the model does not type are kept as unknown values. */
export interface JsonResume {
  basics?: ResumeBasics;
  work?: ResumeWork[];
  volunteer?: Record<string, unknown>[];
  education?: ResumeEducation[];
  awards?: Record<string, unknown>[];
  certificates?: Record<string, unknown>[];
  publications?: Record<string, unknown>[];
  skills?: ResumeSkill[];
  languages?: ResumeLanguage[];
  interests?: Record<string, unknown>[];
  references?: Record<string, unknown>[];
  projects?: Record<string, unknown>[];
  meta?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The right to work in one country (ISO 3166-1 alpha-2, or "EU" for the EU and EEA). */
export interface WorkAuthorisation {
  country: string;
  authorised: boolean;
  needsSponsorship: boolean;
}

export interface SalaryExpectation {
  amount: number;
  currency: string;
  period: 'hour' | 'month' | 'year';
}

/** What application forms ask and JSON Resume lacks; imported from a sample's `x-application`. */
export interface ApplicationFacts {
  givenName?: string;
  familyName?: string;
  preferredName?: string;
  /** Swedish personnummer or samordningsnummer, stored as YYYYMMDD-NNNN. */
  personnummer?: string;
  /** ISO 8601 date, YYYY-MM-DD. */
  birthDate?: string;
  /** Driving licence categories, such as "B" or "C1E". */
  driversLicence: string[];
  workAuthorisation: WorkAuthorisation[];
  noticePeriod?: string;
  /** ISO 8601 date, YYYY-MM-DD. */
  earliestStartDate?: string;
  salaryExpectation?: SalaryExpectation;
  /** A cover letter as plain text, for forms that ask for it in a text box rather than as a file. */
  coverLetterText?: string;
  [key: string]: unknown;
}

export interface Cv {
  resume: JsonResume;
  application: ApplicationFacts;
}

/** What a stored document is for when a form asks for a file. */
export type DocumentRole = 'cv' | 'coverLetter' | 'other';

/** A stored document's description; its bytes are kept encrypted apart from it. */
export interface DocumentInfo {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  role: DocumentRole;
  addedAt: string;
}

export function emptyCv(): Cv {
  return { resume: { basics: {} }, application: { driversLicence: [], workAuthorisation: [] } };
}
