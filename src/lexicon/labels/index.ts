// The label lexicons the classifier reads. A new language is one more file in this folder and
// one more entry here.
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';
import type { LabelLexicon } from './types';

// NOTE: the five lists add about 23 KB to the minified content script (esbuild, December 2026).
export const LABEL_LEXICONS: readonly LabelLexicon[] = [en, sv, nb, da, de];

export type { LabelLexicon, Phrase, PhraseTable, SectionKind } from './types';
