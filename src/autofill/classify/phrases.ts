// Compiled phrase tables: each lexicon phrase becomes a regular expression over folded text,
// and a match records where it sits so that longer phrases can win over the words inside them.
import type { Phrase } from '../../lexicon/labels';
import { foldText } from './text';

export interface CompiledPhrase<K extends string> {
  key: K;
  pattern: RegExp;
  /** The first word, or its prefix for a `*` word; a cheap test before the regular expression. */
  firstWord: string;
  firstIsPrefix: boolean;
  weight: number;
  words: number;
}

export interface PhraseMatch<K extends string> {
  key: K;
  start: number;
  end: number;
  weight: number;
  words: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles one phrase. A `*` at the end of a word makes that word a prefix. A `^` before the
 * phrase makes it match only at the start of the text.
 */
export function compilePhrase<K extends string>(key: K, phrase: Phrase): CompiledPhrase<K> | null {
  const [raw, weight] = typeof phrase === 'string' ? [phrase, 1] : phrase;
  const anchored = raw.startsWith('^');
  const text = anchored ? raw.slice(1) : raw;
  const words = text
    .split(/\s+/)
    .map((word) => ({ folded: foldText(word), prefix: word.endsWith('*') }))
    .flatMap(({ folded, prefix }) => {
      const parts = folded.split(' ').filter(Boolean);
      return parts.map((part, i) => ({ part, prefix: prefix && i === parts.length - 1 }));
    });
  const first = words[0];
  if (!first) return null;
  const body = words.map(({ part, prefix }) => escapeRegExp(part) + (prefix ? '[a-z0-9]*' : '')).join(' ');
  return {
    key,
    pattern: new RegExp(`${anchored ? '^' : '(?:^| )'}(${body})(?= |$)`, 'g'),
    firstWord: first.part,
    firstIsPrefix: first.prefix,
    weight,
    words: words.length,
  };
}

export function compileTable<K extends string>(table: Partial<Record<K, readonly Phrase[]>>): CompiledPhrase<K>[] {
  const compiled: CompiledPhrase<K>[] = [];
  for (const key of Object.keys(table) as K[]) {
    for (const phrase of table[key] ?? []) {
      const entry = compilePhrase(key, phrase);
      if (entry) compiled.push(entry);
    }
  }
  return compiled;
}

/** Characters of a prefix phrase's first word that its index key holds. */
const PREFIX_KEY_LENGTH = 2;

interface PhraseIndex<K extends string> {
  byFirstWord: Map<string, CompiledPhrase<K>[]>;
  /** Phrases whose first word is a prefix, by the prefix's first characters. */
  prefixed: Map<string, CompiledPhrase<K>[]>;
}

function addTo<K extends string>(map: Map<string, CompiledPhrase<K>[]>, key: string, phrase: CompiledPhrase<K>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

const indexes = new WeakMap<readonly CompiledPhrase<string>[], PhraseIndex<string>>();

/** Indexes phrases by their first word, so a text is tested only against phrases it can hold. */
function indexOf<K extends string>(phrases: readonly CompiledPhrase<K>[]): PhraseIndex<K> {
  let index = indexes.get(phrases) as PhraseIndex<K> | undefined;
  if (!index) {
    index = { byFirstWord: new Map(), prefixed: new Map() };
    for (const phrase of phrases) {
      if (phrase.firstIsPrefix) addTo(index.prefixed, phrase.firstWord.slice(0, PREFIX_KEY_LENGTH), phrase);
      else addTo(index.byFirstWord, phrase.firstWord, phrase);
    }
    indexes.set(phrases, index as PhraseIndex<string>);
  }
  return index;
}

function candidates<K extends string>(words: readonly string[], phrases: readonly CompiledPhrase<K>[]): Set<CompiledPhrase<K>> {
  const index = indexOf(phrases);
  const found = new Set<CompiledPhrase<K>>();
  for (const word of words) {
    for (const phrase of index.byFirstWord.get(word) ?? []) found.add(phrase);
    // A prefix shorter than the key length is keyed by itself, so look up both lengths.
    for (let length = 1; length <= PREFIX_KEY_LENGTH && length <= word.length; length += 1) {
      for (const phrase of index.prefixed.get(word.slice(0, length)) ?? []) {
        if (word.startsWith(phrase.firstWord)) found.add(phrase);
      }
    }
  }
  return found;
}

/** Finds every occurrence of every phrase in folded `text`. */
export function findMatches<K extends string>(text: string, phrases: readonly CompiledPhrase<K>[]): PhraseMatch<K>[] {
  if (!text) return [];
  const matches: PhraseMatch<K>[] = [];
  for (const phrase of candidates(text.split(' '), phrases)) {
    phrase.pattern.lastIndex = 0;
    for (let m = phrase.pattern.exec(text); m; m = phrase.pattern.exec(text)) {
      const start = m.index + (m[0].length - (m[1]?.length ?? 0));
      matches.push({ key: phrase.key, start, end: start + (m[1]?.length ?? 0), weight: phrase.weight, words: phrase.words });
    }
  }
  return matches;
}

/**
 * Keeps the longest matches: a match that lies inside a longer one ("name" inside "first name")
 * is dropped, so the more specific phrase decides.
 */
export function keepLongest<K extends string>(matches: PhraseMatch<K>[]): PhraseMatch<K>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight);
  const longest: PhraseMatch<K>[] = [];
  for (const match of sorted) {
    const inside = longest.some((k) => match.start >= k.start && match.end <= k.end && k.key !== match.key);
    if (!inside) longest.push(match);
  }
  return longest;
}

/** Scores each key by its best phrase: the phrase weight, a little higher for longer phrases. */
export function scoreMatches<K extends string>(matches: PhraseMatch<K>[]): Map<K, number> {
  const scores = new Map<K, number>();
  for (const match of keepLongest(matches)) {
    const score = match.weight * (1 + 0.1 * (match.words - 1));
    scores.set(match.key, Math.max(scores.get(match.key) ?? 0, score));
  }
  return scores;
}

/** Tests whether any phrase occurs in folded `text`. */
export function containsAny(text: string, phrases: readonly CompiledPhrase<string>[]): boolean {
  return findMatches(text, phrases).length > 0;
}
