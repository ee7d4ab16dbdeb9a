// Resolvers for screening questions and application facts: licence, right to work,
// sponsorship, pay, notice, start date, identity numbers and documents.
import { EU_EEA } from '../../lexicon/countries';
import { DEFAULT_LICENCE, LICENCE_CATEGORIES, LICENCE_IMPLIES, LICENCE_WORDS } from '../../lexicon/licences';
import type { Cv, DocumentInfo, DocumentRole } from '../../vault/cv/model';
import { birthDateOfPersonnummer } from '../../vault/cv/personnummer';
import type { FieldMeaning } from '../types';
import { questionCountry } from './contact';
import { resolveDate } from './dates';
import { findOptionByScore, findOptionByText, isChoice, optionResult, plainResult, realOptions, yesNo } from './options';
import { formatPersonnummer } from './personnummer';
import { contains, parseDuration, parseRange } from './ranges';
import type { ResolveInput, Resolver } from './resolver';
import type { ResolveResult } from './types';
import { squash } from './text';

/** Finds the licence category a question names ("category B", "B-körkort", "licence for cars"), B by default. */
export function licenceAsked(label: string): string {
  const words = label.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named = words.filter((word, i) => LICENCE_CATEGORIES.includes(word) && !(word === 'A' && i === 0));
  if (named.length > 0) return named[0]!;
  return LICENCE_WORDS.find(([pattern]) => pattern.test(label))?.[1] ?? DEFAULT_LICENCE;
}

export function holdsLicence(held: string[], category: string): boolean {
  return held.some((own) => own === category || (LICENCE_IMPLIES[own] ?? []).includes(category));
}

function driversLicence({ cv, field }: ResolveInput): ResolveResult {
  const held = cv.application.driversLicence.map((category) => category.toUpperCase());
  if (field.widget === 'checkbox-group') {
    if (held.length === 0) return { ok: false, reason: 'noValue' };
    const options = realOptions(field);
    if (options.length === 0) return { ok: true, resolved: { value: { kind: 'options', match: held }, display: held.join(', ') } };
    const chosen = options.filter((option) => [option.value, option.label].some((text) => held.includes(squash(text).toUpperCase())));
    if (chosen.length === 0) return { ok: false, reason: 'noMatchingOption' };
    return { ok: true, resolved: { value: { kind: 'options', match: chosen.map((o) => o.value) }, display: chosen.map((o) => o.label).join(', ') } };
  }
  const categoryOptions = realOptions(field).filter((option) => LICENCE_CATEGORIES.includes(option.label.trim().toUpperCase()));
  if (isChoice(field) && categoryOptions.length > 1) {
    return optionResult(field, findOptionByText(categoryOptions, held), []);
  }
  if (field.widget === 'text') return plainResult(field, held.join(', ') || undefined);
  return yesNo(field, holdsLicence(held, licenceAsked(field.label)));
}

function authorisationFor(cv: Cv, label: string) {
  const country = questionCountry(label);
  const list = cv.application.workAuthorisation;
  return list.find((a) => a.country.toUpperCase() === country) ??
    (EU_EEA.has(country) ? list.find((a) => a.country.toUpperCase() === 'EU') : undefined);
}

function salary({ cv, field }: ResolveInput): ResolveResult {
  const expectation = cv.application.salaryExpectation;
  if (!expectation) return { ok: false, reason: 'noValue' };
  const amount = expectation.amount;
  if (!isChoice(field)) return plainResult(field, String(amount));
  const chosen = findOptionByScore(realOptions(field), (option) => {
    const range = parseRange(option.label);
    return range && contains(range, amount) ? 1 : 0;
  });
  return optionResult(field, chosen, [String(amount)]);
}

function noticePeriod({ cv, field }: ResolveInput): ResolveResult {
  const stored = cv.application.noticePeriod;
  if (!stored || !isChoice(field)) return plainResult(field, stored);
  const days = parseDuration(stored);
  const options = realOptions(field);
  const chosen = findOptionByText(options, [stored]) ?? (days === undefined ? undefined : findOptionByScore(options, (option) => {
    const range = parseDuration(option.label);
    if (!range) return 0;
    if (range.min === days.min && range.max === days.max) return 2;
    return contains(range, days.min) ? 1 : 0;
  }));
  return optionResult(field, chosen, [stored]);
}

function documentFor(documents: DocumentInfo[], role: DocumentRole): ResolveResult {
  const latest = documents.filter((d) => d.role === role).sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
  if (!latest) return { ok: false, reason: 'noValue' };
  return { ok: true, resolved: { value: { kind: 'file', documentId: latest.id, name: latest.name, mimeType: latest.mimeType }, display: latest.name } };
}

function fileOnly(input: ResolveInput, role: DocumentRole): ResolveResult {
  return input.field.widget === 'file' ? documentFor(input.documents, role) : { ok: false, reason: 'notFillable' };
}

export const QUESTION_RESOLVERS: Partial<Record<FieldMeaning, Resolver>> = {
  driversLicence,
  workAuthorisation: ({ cv, field }) => {
    const entry = authorisationFor(cv, field.label);
    return entry ? yesNo(field, entry.authorised) : { ok: false, reason: 'noValue' };
  },
  // Sponsorship comes from needsSponsorship alone, because the right to work does not imply it.
  visaSponsorship: ({ cv, field }) => {
    const entry = authorisationFor(cv, field.label);
    return entry ? yesNo(field, entry.needsSponsorship) : { ok: false, reason: 'noValue' };
  },
  salaryExpectation: salary,
  noticePeriod,
  startDate: ({ cv, field }) => resolveDate(field, cv.application.earliestStartDate),
  birthDate: ({ cv, field }) => resolveDate(field, cv.application.birthDate ?? birthDateOfPersonnummer(cv.application.personnummer)),
  nationalId: ({ cv, field, now }) => {
    const stored = cv.application.personnummer;
    return plainResult(field, stored && (formatPersonnummer(field, stored, now) ?? stored));
  },
  summary: ({ cv, field }) => plainResult(field, cv.resume.basics?.summary),
  'coverLetter.text': ({ cv, field }) => plainResult(field, cv.application.coverLetterText),
  'coverLetter.file': (input) => fileOnly(input, 'coverLetter'),
  'cv.file': (input) => fileOnly(input, 'cv'),
};
