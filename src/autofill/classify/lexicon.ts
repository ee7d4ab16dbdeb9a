// The label lexicons of every language compiled once into phrase tables. Languages are merged:
// a form may mix them ("Förnamn / First name"), and the classifier itself knows no language.
// The word lists are not bundled into the content script, which must stay small: the background
// sends them with each scan request and the content script installs them here.
import type { LabelLexicon, SectionKind } from '../../lexicon/labels/types';
import type { FieldMeaning, FieldPart } from '../types';
import { compileTable, type CompiledPhrase } from './phrases';

export type Meaning = Exclude<FieldMeaning, 'none'>;

export interface CompiledLexicon {
  labels: CompiledPhrase<Meaning>[];
  identifiers: CompiledPhrase<Meaning>[];
  negative: CompiledPhrase<'none'>[];
  questions: CompiledPhrase<'none'>[];
  negativeIdentifiers: CompiledPhrase<'none'>[];
  unrelatedForm: CompiledPhrase<'none'>[];
  sections: CompiledPhrase<SectionKind>[];
  entryWords: CompiledPhrase<SectionKind>[];
  titleWords: CompiledPhrase<'none'>[];
  sectionLabels: Record<SectionKind, CompiledPhrase<Meaning>[]>;
  parts: CompiledPhrase<FieldPart>[];
  yes: CompiledPhrase<'yes'>[];
  no: CompiledPhrase<'no'>[];
}

function list(phrases: readonly string[]) {
  return compileTable({ none: phrases });
}

function merge<T>(lexicons: readonly LabelLexicon[], pick: (lexicon: LabelLexicon) => T[]): T[] {
  return lexicons.flatMap(pick);
}

export function compileLexicons(lexicons: readonly LabelLexicon[]): CompiledLexicon {
  const sectionKinds: SectionKind[] = ['work', 'education', 'language'];
  const sectionLabels = {} as Record<SectionKind, CompiledPhrase<Meaning>[]>;
  for (const kind of sectionKinds) {
    sectionLabels[kind] = merge(lexicons, (l) => compileTable(l.sectionLabels[kind]));
  }
  return {
    labels: merge(lexicons, (l) => compileTable(l.labels)),
    identifiers: merge(lexicons, (l) => compileTable(l.identifiers)),
    negative: merge(lexicons, (l) => list(l.negative)),
    questions: merge(lexicons, (l) => list(l.questions)),
    negativeIdentifiers: merge(lexicons, (l) => list(l.negativeIdentifiers)),
    unrelatedForm: merge(lexicons, (l) => list(l.unrelatedForm)),
    sections: merge(lexicons, (l) => compileTable(l.sections)),
    entryWords: merge(lexicons, (l) => compileTable(l.entryWords)),
    titleWords: merge(lexicons, (l) => list(l.titleWords)),
    sectionLabels,
    parts: merge(lexicons, (l) => compileTable(l.parts)),
    yes: merge(lexicons, (l) => compileTable({ yes: l.yes })),
    no: merge(lexicons, (l) => compileTable({ no: l.no })),
  };
}

let installed: { key: string; compiled: CompiledLexicon } | undefined;

/**
 * Makes `lexicons` the default for classification. Compiling takes about 10 ms, so lists equal to
 * the installed ones (each scan request carries a fresh copy) are not compiled again.
 */
export function installLexicons(lexicons: readonly LabelLexicon[]): void {
  const key = JSON.stringify(lexicons);
  if (installed?.key === key) return;
  installed = { key, compiled: compileLexicons(lexicons) };
}

/** The installed lexicon. Throws when none is installed, since every field would classify as none. */
export function defaultLexicon(): CompiledLexicon {
  if (!installed) throw new Error('No label lexicon installed: call installLexicons first');
  return installed.compiled;
}
