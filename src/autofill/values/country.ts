// Country lookups by ISO code, Swedish or English name, alias or dialling code.
import { COUNTRIES, COUNTRY_ALIASES, type CountryEntry } from '../../lexicon/countries';
import { squash } from './text';

const displayNames = (locale: string) => new Intl.DisplayNames([locale], { type: 'region' });
const SV = displayNames('sv');
const EN = displayNames('en');

export function countryName(iso2: string, language: 'sv' | 'en'): string {
  return (language === 'sv' ? SV : EN).of(iso2) ?? iso2;
}

let byName: Map<string, CountryEntry> | undefined;

function nameIndex(): Map<string, CountryEntry> {
  if (byName) return byName;
  byName = new Map();
  for (const entry of COUNTRIES) {
    const names = [countryName(entry.iso2, 'en'), countryName(entry.iso2, 'sv'), ...(COUNTRY_ALIASES[entry.iso2] ?? [])];
    for (const name of names) {
      const key = squash(name);
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  return byName;
}

export function countryByIso(code: string): CountryEntry | undefined {
  const upper = code.trim().toUpperCase();
  return COUNTRIES.find((entry) => entry.iso2 === upper || entry.iso3 === upper);
}

/** Finds the country a dialling code belongs to (its first owner in the table). */
export function countryByDial(dial: string): CountryEntry | undefined {
  const digits = dial.replace(/\D/g, '');
  return COUNTRIES.find((entry) => entry.dial === digits);
}

/** Finds the country a name or code stands for: "Sverige", "Sweden", "SE", "SWE". */
export function countryByName(text: string): CountryEntry | undefined {
  const key = squash(text);
  if (key === '') return undefined;
  return nameIndex().get(key) ?? (/^[a-z]{2,3}$/.test(key) ? countryByIso(key) : undefined);
}

/** Finds the country an option describes: by its value, its name, or a "+46" in its text. */
export function countryOfOption(label: string, value: string): { entry: CountryEntry; by: 'name' | 'dial' } | undefined {
  for (const text of [value, label]) {
    const entry = countryByName(text);
    if (entry) return { entry, by: 'name' };
  }
  const withoutDial = label.replace(/\(?\+\s?[\d ]+\)?/g, ' ').trim();
  const named = withoutDial ? countryByName(withoutDial) : undefined;
  if (named) return { entry: named, by: 'name' };
  const dial = /\+\s?(\d{1,4})/.exec(`${label} ${value}`) ?? /^(\d{1,4})$/.exec(value.trim());
  const byDial = dial ? countryByDial(dial[1]!) : undefined;
  return byDial ? { entry: byDial, by: 'dial' } : undefined;
}

/** Finds the countries a question names ("authorised to work in Sweden?"), in text order. */
export function countriesNamedIn(text: string): CountryEntry[] {
  const words = text.split(/[^\p{L}.]+/u).filter(Boolean);
  const found: CountryEntry[] = [];
  for (let size = 4; size >= 1; size -= 1) {
    for (let i = 0; i + size <= words.length; i += 1) {
      const phrase = words.slice(i, i + size).join(' ');
      if (size === 1 && phrase.length <= 3 && phrase !== phrase.toUpperCase()) continue;
      if (size === 1 && phrase.length === 2 && !['UK', 'US', 'EU'].includes(phrase)) continue;
      const entry = countryByName(phrase);
      if (entry && !found.includes(entry)) found.push(entry);
    }
  }
  return found;
}
