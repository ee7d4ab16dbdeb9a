// Resolvers for names, contact details and the postal address.
import type { FieldMeaning } from '../types';
import { countriesNamedIn, countryByIso, countryName, countryOfOption } from './country';
import { familyName, fullName, givenName, profileUrl, websiteUrl } from './facts';
import { findOptionByScore, findOptionByText, isChoice, optionResult, plainResult, realOptions } from './options';
import { formatPhoneFor, parsePhone } from './phone';
import { formatPostalCode } from './postal';
import type { ResolveInput, Resolver } from './resolver';
import type { ResolveResult } from './types';
import { looksSwedish, normalise, squash, uniq } from './text';

const homeCountry = ({ cv }: ResolveInput) => cv.resume.basics?.location?.countryCode ?? 'SE';

function hasCountryCodeField({ field, context }: ResolveInput): boolean {
  return (context.formFields ?? []).some((other) => other.meaning === 'phone.countryCode' && other.formKey === field.formKey);
}

function phone(input: ResolveInput): ResolveResult {
  const parsed = parsePhone(input.cv.resume.basics?.phone, homeCountry(input));
  if (!parsed) return plainResult(input.field, input.cv.resume.basics?.phone);
  return plainResult(input.field, formatPhoneFor(input.field, parsed, hasCountryCodeField(input)));
}

/** Chooses a country among options, or names it in the page's language. */
export function countryResult(input: ResolveInput, iso2: string, preferDial: boolean): ResolveResult {
  const { field } = input;
  const entry = countryByIso(iso2);
  if (!entry) return plainResult(field, iso2);
  const swedish = looksSwedish(field.label) || realOptions(field).some((o) => looksSwedish(o.label));
  const names = [countryName(entry.iso2, swedish ? 'sv' : 'en'), countryName(entry.iso2, swedish ? 'en' : 'sv')];
  if (!isChoice(field)) {
    const text = preferDial ? `+${entry.dial}` : names[0]!;
    return plainResult(field, text);
  }
  const chosen = findOptionByScore(realOptions(field), (option) => {
    const found = countryOfOption(option.label, option.value);
    if (found?.entry.iso2 !== entry.iso2 && found?.entry.dial !== entry.dial) return 0;
    if (found.entry.iso2 !== entry.iso2) return preferDial ? 1 : 0;
    return found.by === (preferDial ? 'dial' : 'name') ? 3 : 2;
  });
  const dialText = `+${entry.dial}`;
  const fallback = preferDial ? [dialText, ...names, entry.iso2] : [...names, entry.iso2, entry.iso3];
  return optionResult(field, chosen, uniq(fallback));
}

function region(input: ResolveInput): ResolveResult {
  const stored = input.cv.resume.basics?.location?.region;
  if (!stored || !isChoice(input.field)) return plainResult(input.field, stored);
  // "Västmanlands län" is listed as "Västmanland", "Stockholms län" as "Stockholm".
  const core = (text: string) => squash(normalise(text).replace(/\s(län|county|region|kommun)$/, '').replace(/s$/, ''));
  const wanted = core(stored);
  const chosen = findOptionByText(realOptions(input.field), [stored]) ??
    realOptions(input.field).find((option) => core(option.label) === wanted || core(option.value) === wanted);
  return optionResult(input.field, chosen, [stored]);
}

function postalCode(input: ResolveInput): ResolveResult {
  const stored = input.cv.resume.basics?.location?.postalCode;
  return plainResult(input.field, stored && formatPostalCode(input.field, stored, homeCountry(input)));
}

function phoneCountryCode(input: ResolveInput): ResolveResult {
  const parsed = parsePhone(input.cv.resume.basics?.phone, homeCountry(input));
  if (!parsed) return { ok: false, reason: 'noValue' };
  const entry = countryByIso(homeCountry(input));
  const iso2 = entry?.dial === parsed.dial ? entry.iso2 : countryOfOption(`+${parsed.dial}`, '')?.entry.iso2;
  return countryResult(input, iso2 ?? homeCountry(input), true);
}

export const CONTACT_RESOLVERS: Partial<Record<FieldMeaning, Resolver>> = {
  'name.full': ({ cv, field }) => plainResult(field, fullName(cv)),
  'name.given': ({ cv, field }) => plainResult(field, givenName(cv)),
  'name.family': ({ cv, field }) => plainResult(field, familyName(cv)),
  'name.preferred': ({ cv, field }) => plainResult(field, cv.application.preferredName ?? givenName(cv)),
  email: ({ cv, field }) => plainResult(field, cv.resume.basics?.email),
  phone,
  'phone.countryCode': phoneCountryCode,
  'address.street': ({ cv, field }) => plainResult(field, cv.resume.basics?.location?.address),
  'address.postalCode': postalCode,
  'address.city': ({ cv, field }) => plainResult(field, cv.resume.basics?.location?.city),
  'address.region': region,
  'address.country': (input) => {
    const code = input.cv.resume.basics?.location?.countryCode;
    return code ? countryResult(input, code, false) : { ok: false, reason: 'noValue' };
  },
  linkedin: ({ cv, field }) => plainResult(field, profileUrl(cv, 'linkedin')),
  github: ({ cv, field }) => plainResult(field, profileUrl(cv, 'github')),
  website: ({ cv, field }) => plainResult(field, websiteUrl(cv)),
};

/** Returns the country a question is about: the first one its label names, else Sweden. */
export function questionCountry(label: string): string {
  return countriesNamedIn(label)[0]?.iso2 ?? 'SE';
}
