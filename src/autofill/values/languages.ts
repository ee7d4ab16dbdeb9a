// Language names (Swedish or English, matched to ISO 639-1) and levels on the CEFR scale.
import { CEFR_RANK, LANGUAGE_CODES, LEVEL_WORDS } from '../../lexicon/languages';
import type { FieldOption } from '../types';
import { normalise, squash } from './text';

const names = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' });
const SV = names('sv');
const EN = names('en');

let byName: Map<string, string> | undefined;

/** Finds the ISO 639-1 code for a language name in Swedish or English ("Engelska" -> "en"). */
export function languageCode(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const code of LANGUAGE_CODES) {
      for (const display of [EN.of(code), SV.of(code)]) if (display) byName.set(squash(display), code);
      byName.set(code, code);
    }
  }
  return byName.get(squash(name));
}

/** Tells whether a text is a language's Swedish name that differs from its English one ("Engelska"). */
export function isSwedishLanguageName(text: string): boolean {
  const code = languageCode(text);
  if (!code) return false;
  return squash(SV.of(code) ?? '') === squash(text) && squash(EN.of(code) ?? '') !== squash(text);
}

/** Lists the names to try for a language, the page's language first. */
export function languageNames(name: string, swedishFirst: boolean): string[] {
  const code = languageCode(name);
  if (!code) return [name];
  const sv = SV.of(code) ?? name;
  const en = EN.of(code) ?? name;
  const capitalised = [sv, en].map((text) => text.charAt(0).toUpperCase() + text.slice(1));
  return swedishFirst ? [capitalised[0]!, capitalised[1]!, name] : [capitalised[1]!, capitalised[0]!, name];
}

/** Ranks a level description: CEFR A1..C2 as 1..6, a native speaker as 7. */
export function levelRank(text: string): number | undefined {
  const cefr = /\b([ABC][12])\b/i.exec(text);
  if (cefr) return CEFR_RANK[cefr[1]!.toUpperCase()];
  const t = normalise(text);
  const hit = LEVEL_WORDS.filter(([word]) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(t))
    .sort((a, b) => b[0].length - a[0].length)[0];
  return hit?.[1];
}

/** Chooses the option of the same level, else the closest below it, else the closest above. */
export function chooseLevel(options: FieldOption[], rank: number): FieldOption | undefined {
  const ranked = options
    .map((option) => ({ option, rank: levelRank(option.label) ?? levelRank(option.value) }))
    .filter((entry): entry is { option: FieldOption; rank: number } => entry.rank !== undefined);
  const exact = ranked.find((entry) => entry.rank === rank);
  if (exact) return exact.option;
  const below = ranked.filter((entry) => entry.rank < rank).sort((a, b) => b.rank - a.rank)[0];
  const above = ranked.filter((entry) => entry.rank > rank).sort((a, b) => a.rank - b.rank)[0];
  return (below ?? above)?.option;
}
