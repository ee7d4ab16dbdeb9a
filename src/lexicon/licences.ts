// Driving licence categories (EU directive 2006/126/EC) and the words that name them.

export const LICENCE_CATEGORIES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'B96', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE'];

/** Categories that a holder of the key category also holds (a C licence requires B). */
export const LICENCE_IMPLIES: Record<string, string[]> = {
  BE: ['B'], B96: ['B'], C1: ['B'], C1E: ['C1', 'BE', 'B'], C: ['C1', 'B'], CE: ['C', 'C1', 'C1E', 'BE', 'B'],
  D1: ['B'], D1E: ['D1', 'BE', 'B'], D: ['D1', 'B'], DE: ['D', 'D1', 'D1E', 'BE', 'B'],
  A: ['A2', 'A1', 'AM'], A2: ['A1', 'AM'], A1: ['AM'],
};

/** Words that name a category without its letter. */
export const LICENCE_WORDS: [RegExp, string][] = [
  [/\b(car|cars|personbil|bil|bilkörkort)\b/i, 'B'],
  [/\b(lastbil|heavy goods|lorry|hgv)\b/i, 'C'],
  [/\b(buss|bus|coach)\b/i, 'D'],
  [/\b(motorcykel|motorcycle|motorbike)\b/i, 'A'],
];

export const DEFAULT_LICENCE = 'B';
