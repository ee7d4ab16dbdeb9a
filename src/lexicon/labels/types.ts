// The shape of one language's label lexicon. A phrase is written in lower case. Before it
// compares, the classifier folds diacritics (å, ä, ö to a, a, o) and turns punctuation into
// spaces on both sides, so "e-post" matches "E-postadress" only as the prefix "e post*".
import type { FieldMeaning, FieldPart } from '../../autofill/types';

/**
 * A phrase with an optional weight (default 1). Words are matched whole; a word ending in `*`
 * matches any word that starts with it ("korkort*" matches "körkortsbehörigheter"). A phrase
 * that starts with `^` matches only at the start of the text, for short words such as "to"
 * that name a field only when they open its label.
 */
export type Phrase = string | readonly [string, number];

export type PhraseTable = Partial<Record<Exclude<FieldMeaning, 'none'>, readonly Phrase[]>>;

/** A repeated section of an application: one entry of work history, education or languages. */
export type SectionKind = 'work' | 'education' | 'language';

export interface LabelLexicon {
  /** BCP 47 language tag. */
  lang: string;
  /** Phrases in label, legend, placeholder and nearby text, per meaning. */
  labels: PhraseTable;
  /** Words in name, id and automation attributes (split at camelCase, `_`, `-` and brackets). */
  identifiers: PhraseTable;
  /** Phrases that make a field `none` whatever else matches: consents, EEO, honeypots and more. */
  negative: readonly string[];
  /**
   * Words of an open question ("why", "describe"). They make a field `none` unless its own
   * label also names a meaning at full weight, as in "Cover letter: tell us why".
   */
  questions: readonly string[];
  /** Identifier words that make a field `none` (honeypot hooks, captcha plumbing). */
  negativeIdentifiers: readonly string[];
  /** Words in a form's id, class or submit button that mark the whole form as unrelated. */
  unrelatedForm: readonly string[];
  /** Heading and identifier phrases that open a repeated section. */
  sections: Record<SectionKind, readonly string[]>;
  /**
   * Words that name one entry of a section only when an index follows them: `work[0]`,
   * `job-2`, a legend "Position 1". Alone they are too common to open a section.
   */
  entryWords: Record<SectionKind, readonly string[]>;
  /**
   * Words that may stand beside a section phrase in a section's title ("My experience", "Work
   * experience (optional)"). A title with any other word, such as the job title "Education
   * coordinator", opens no section.
   */
  titleWords: readonly string[];
  /** Meanings inside a section, matched against the field's own label and the group legend. */
  sectionLabels: Record<SectionKind, PhraseTable>;
  /** Words in a control's own label that name the part of a value it takes. */
  parts: Record<FieldPart, readonly string[]>;
  /** Option texts that read as a yes or a no answer. */
  yes: readonly string[];
  no: readonly string[];
}
