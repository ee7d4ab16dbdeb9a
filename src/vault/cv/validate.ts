// Checks a CV before it is stored or imported and returns a normalised copy. Every problem is
// reported with a path such as `work[2].startDate`; keys the model does not know are kept.
import { AppError, type ErrorCode } from '../../messaging/protocol';
import type { Cv } from './model';
import { parsePersonnummer } from './personnummer';
import { CV_PROBLEMS, type CvIssue, type CvProblem } from './problems';
import {
  BASICS_FIELDS,
  FORBIDDEN_KEYS,
  LICENCE_CATEGORIES,
  LIMITS,
  LOCATION_FIELDS,
  PROFILE_FIELDS,
  SALARY_PERIODS,
  SECTION_FIELDS,
  type FieldKind,
} from './rules';
import { isDate, isEmail, isFullDate, isPhone, isUrl } from './formats';

type Json = Record<string, unknown>;

export interface CheckOptions {
  /** The error code thrown: 'invalidCv' for a save, 'invalidImport' for an import. */
  code: ErrorCode;
  /** Path prefix of the application facts: 'application', or 'x-application' for an import. */
  applicationPath?: string;
  /** Reference date for personnummer centuries and future dates. */
  today?: Date;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

class IssueList {
  readonly issues: CvIssue[] = [];

  add(path: string, problem: CvProblem): void {
    this.issues.push({ path, problem });
  }
}

/** Checks sizes, depth and keys of any JSON value, known to the model or not. */
function checkGeneric(value: unknown, path: string, depth: number, list: IssueList): void {
  if (depth > LIMITS.maxDepth) return list.add(path, 'tooDeep');
  if (typeof value === 'string') {
    if (value.length > LIMITS.maxStringLength) list.add(path, 'tooLong');
  } else if (Array.isArray(value)) {
    if (value.length > LIMITS.maxArrayLength) return list.add(path, 'tooMany');
    value.forEach((item, index) => checkGeneric(item, join(path, index), depth + 1, list));
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) list.add(join(path, key), 'forbiddenKey');
      else checkGeneric(value[key], join(path, key), depth + 1, list);
    }
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    list.add(path, 'expectedNumber');
  }
}

function checkField(value: unknown, kind: FieldKind, path: string, list: IssueList): void {
  if (value === undefined) return;
  if (kind === 'textList') {
    if (!Array.isArray(value)) return list.add(path, 'expectedArray');
    value.forEach((item, i) => {
      if (typeof item !== 'string') list.add(join(path, i), 'expectedString');
    });
    return;
  }
  if (typeof value !== 'string') return list.add(path, 'expectedString');
  // An empty string is an emptied field, not a malformed one.
  if (value.trim() === '') return;
  const formatProblem: Partial<Record<FieldKind, [(text: string) => boolean, CvProblem]>> = {
    date: [isDate, 'invalidDate'],
    email: [isEmail, 'invalidEmail'],
    url: [isUrl, 'invalidUrl'],
    phone: [isPhone, 'invalidPhone'],
    countryCode: [(text) => /^[A-Za-z]{2}$/.test(text), 'invalidCountry'],
  };
  const check = formatProblem[kind];
  if (check && !check[0](value)) list.add(path, check[1]);
}

function checkFields(entry: Json, fields: Record<string, FieldKind>, path: string, list: IssueList): void {
  for (const [key, kind] of Object.entries(fields)) checkField(entry[key], kind, join(path, key), list);
  const { startDate, endDate } = entry;
  if (typeof startDate === 'string' && typeof endDate === 'string' && isDate(startDate) && isDate(endDate)) {
    // Dates of unequal precision compare by their common prefix: 2021 is not before 2021-03.
    const length = Math.min(startDate.length, endDate.length);
    if (endDate.slice(0, length) < startDate.slice(0, length)) list.add(join(path, 'endDate'), 'endBeforeStart');
  }
}

function checkResume(resume: unknown, list: IssueList): void {
  if (!isObject(resume)) return list.add('resume', 'expectedObject');
  const { basics } = resume;
  if (basics !== undefined) {
    if (!isObject(basics)) list.add('basics', 'expectedObject');
    else checkBasics(basics, list);
  }
  for (const [section, fields] of Object.entries(SECTION_FIELDS)) {
    const entries = resume[section];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      list.add(section, 'expectedArray');
      continue;
    }
    entries.forEach((entry, i) => {
      if (!isObject(entry)) list.add(join(section, i), 'expectedObject');
      else checkFields(entry, fields, join(section, i), list);
    });
  }
  if (resume.meta !== undefined && !isObject(resume.meta)) list.add('meta', 'expectedObject');
}

function checkBasics(basics: Json, list: IssueList): void {
  checkFields(basics, BASICS_FIELDS, 'basics', list);
  const { location, profiles } = basics;
  if (location !== undefined) {
    if (!isObject(location)) list.add('basics.location', 'expectedObject');
    else checkFields(location, LOCATION_FIELDS, 'basics.location', list);
  }
  if (profiles === undefined) return;
  if (!Array.isArray(profiles)) return list.add('basics.profiles', 'expectedArray');
  profiles.forEach((profile, i) => {
    const path = join('basics.profiles', i);
    if (!isObject(profile)) list.add(path, 'expectedObject');
    else checkFields(profile, PROFILE_FIELDS, path, list);
  });
}

function checkPersonnummer(facts: Json, base: string, today: Date | undefined, list: IssueList): void {
  const { personnummer, birthDate } = facts;
  if (personnummer === undefined || personnummer === '') return;
  const path = join(base, 'personnummer');
  if (typeof personnummer !== 'string') return list.add(path, 'expectedString');
  const parsed = parsePersonnummer(personnummer, today);
  if (!parsed.ok) {
    const problems = { format: 'personnummerFormat', date: 'personnummerDate', checkDigit: 'personnummerCheckDigit', future: 'personnummerFuture' } as const;
    return list.add(path, problems[parsed.problem]);
  }
  facts.personnummer = parsed.value.normalized;
  if (typeof birthDate === 'string' && isFullDate(birthDate) && birthDate !== parsed.value.birthDate) {
    list.add(join(base, 'birthDate'), 'birthDateMismatch');
  }
}

function checkLicences(facts: Json, base: string, list: IssueList): void {
  const path = join(base, 'driversLicence');
  const licences = facts.driversLicence ?? [];
  if (!Array.isArray(licences)) return list.add(path, 'expectedArray');
  const normalised: string[] = [];
  licences.forEach((licence, i) => {
    const category = typeof licence === 'string' ? licence.trim().toUpperCase() : null;
    if (category === null) list.add(join(path, i), 'expectedString');
    else if (!LICENCE_CATEGORIES.includes(category)) list.add(join(path, i), 'invalidLicence');
    else if (!normalised.includes(category)) normalised.push(category);
  });
  facts.driversLicence = normalised;
}

function checkAuthorisations(facts: Json, base: string, list: IssueList): void {
  const path = join(base, 'workAuthorisation');
  const entries = facts.workAuthorisation ?? [];
  if (!Array.isArray(entries)) return list.add(path, 'expectedArray');
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const entryPath = join(path, i);
    if (!isObject(entry)) return list.add(entryPath, 'expectedObject');
    const country = typeof entry.country === 'string' ? entry.country.trim().toUpperCase() : '';
    if (!/^[A-Z]{2}$/.test(country)) list.add(join(entryPath, 'country'), 'invalidCountry');
    else if (seen.has(country)) list.add(join(entryPath, 'country'), 'duplicateCountry');
    else entry.country = country;
    seen.add(country);
    for (const key of ['authorised', 'needsSponsorship']) {
      if (typeof entry[key] !== 'boolean') list.add(join(entryPath, key), 'expectedBoolean');
    }
  });
  facts.workAuthorisation = entries;
}

function checkSalary(facts: Json, base: string, list: IssueList): void {
  const salary = facts.salaryExpectation;
  const path = join(base, 'salaryExpectation');
  if (salary === undefined) return;
  if (!isObject(salary)) return list.add(path, 'expectedObject');
  if (typeof salary.amount !== 'number' || !Number.isFinite(salary.amount) || salary.amount < 0) {
    list.add(join(path, 'amount'), 'expectedNumber');
  }
  if (typeof salary.currency !== 'string' || !/^[A-Za-z]{3}$/.test(salary.currency)) {
    list.add(join(path, 'currency'), 'invalidCurrency');
  } else {
    salary.currency = salary.currency.toUpperCase();
  }
  if (typeof salary.period !== 'string' || !SALARY_PERIODS.includes(salary.period)) {
    list.add(join(path, 'period'), 'invalidPeriod');
  }
}

function checkApplication(facts: unknown, base: string, today: Date | undefined, list: IssueList): void {
  if (!isObject(facts)) return list.add(base, 'expectedObject');
  for (const key of ['givenName', 'familyName', 'preferredName', 'noticePeriod', 'coverLetterText']) {
    checkField(facts[key], 'text', join(base, key), list);
  }
  for (const key of ['birthDate', 'earliestStartDate']) {
    const value = facts[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') list.add(join(base, key), 'expectedString');
    else if (!isFullDate(value)) list.add(join(base, key), 'invalidFullDate');
  }
  checkPersonnummer(facts, base, today, list);
  checkLicences(facts, base, list);
  checkAuthorisations(facts, base, list);
  checkSalary(facts, base, list);
}

/** Returns the problems that any JSON value can have: forbidden keys, depth and sizes. */
export function findGenericIssues(value: unknown): CvIssue[] {
  const list = new IssueList();
  checkGeneric(value, '', 0, list);
  return list.issues;
}

/**
 * Runs the generic checks over a CV with the paths the CV editor shows: resume keys bare, as in
 * `work[2].startDate`, and application facts under `base`.
 */
function checkCvGeneric(cv: Json, base: string, list: IssueList): void {
  for (const key of Object.keys(cv)) {
    if (FORBIDDEN_KEYS.includes(key)) list.add(key, 'forbiddenKey');
    else if (key === 'resume') checkGeneric(cv.resume, '', 1, list);
    else if (key === 'application') checkGeneric(cv.application, base, 1, list);
    else checkGeneric(cv[key], key, 1, list);
  }
}

/** Returns every problem of a CV, and normalises the copy it was given in place. */
export function findCvIssues(cv: Json, options: Omit<CheckOptions, 'code'> = {}): CvIssue[] {
  const list = new IssueList();
  const base = options.applicationPath ?? 'application';
  checkCvGeneric(cv, base, list);
  if (list.issues.length > 0) return list.issues;
  checkResume(cv.resume, list);
  checkApplication(cv.application, base, options.today, list);
  return list.issues;
}

/**
 * Returns a validated, normalised copy of `value` (personnummer as YYYYMMDD-NNNN, licence
 * categories and codes upper-case). Throws AppError(options.code) with params [path, problem]
 * of the first problem; the message lists up to ten.
 */
export function checkCv(value: unknown, options: CheckOptions): Cv {
  if (!isObject(value)) throw new AppError(options.code, 'The CV is not an object', ['', 'expectedObject']);

  // The generic pass rejects __proto__ keys before anything copies them.
  const generic = new IssueList();
  checkCvGeneric(value, options.applicationPath ?? 'application', generic);
  if (generic.issues.length > 0) throw issuesError(generic.issues, options.code);

  const copy = structuredClone(value);
  const issues = findCvIssues(copy, options);
  if (issues.length > 0) throw issuesError(issues, options.code);
  return copy as unknown as Cv;
}

function issuesError(issues: CvIssue[], code: ErrorCode): AppError {
  const lines = issues.slice(0, 10).map(({ path, problem }) => `${path || '(root)'}: ${CV_PROBLEMS[problem]}`);
  const first = issues[0]!;
  return new AppError(code, lines.join('\n'), [first.path, first.problem]);
}
