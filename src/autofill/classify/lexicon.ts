// The label lexicons of every language compiled once into phrase tables. Languages are merged:
// a form may mix them ("Förnamn / First name"), and the classifier itself knows no language.
import { LABEL_LEXICONS, type LabelLexicon, type SectionKind } from '../../lexicon/labels';
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
    sectionLabels,
    parts: merge(lexicons, (l) => compileTable(l.parts)),
    yes: merge(lexicons, (l) => compileTable({ yes: l.yes })),
    no: merge(lexicons, (l) => compileTable({ no: l.no })),
  };
}

let compiled: CompiledLexicon | undefined;

/** The compiled lexicon of every bundled language, built on first use. */
export function defaultLexicon(): CompiledLexicon {
  compiled ??= compileLexicons(LABEL_LEXICONS);
  return compiled;
}
