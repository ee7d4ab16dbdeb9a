// Which meanings a widget can hold: a file input holds a document, a yes/no group a yes/no
// answer, a date input a date, a number input or a rating scale a number. Meanings outside a
// widget's set are never proposed for it.
import type { FieldMeaning, WidgetKind } from '../types';

type Meaning = Exclude<FieldMeaning, 'none'>;

export const YES_NO_MEANINGS: ReadonlySet<Meaning> = new Set(['workAuthorisation', 'visaSponsorship', 'driversLicence']);

export const DATE_MEANINGS: ReadonlySet<Meaning> = new Set([
  'birthDate', 'startDate', 'work.startDate', 'work.endDate', 'education.endDate',
]);

const FILE_MEANINGS: ReadonlySet<Meaning> = new Set(['cv.file', 'coverLetter.file']);

/** Meanings whose value is prose; only a multi-line text box holds them. */
const PROSE_MEANINGS: ReadonlySet<Meaning> = new Set(['coverLetter.text', 'summary', 'work.description']);

/** Meanings a multi-line text box may hold besides prose. */
const TEXTAREA_EXTRA: ReadonlySet<Meaning> = new Set(['skills', 'address.street', 'languages']);

/** Meanings whose value is typed, never chosen from a list. */
const TYPED_ONLY: ReadonlySet<Meaning> = new Set([
  'name.full', 'name.given', 'name.family', 'name.preferred', 'email', 'phone', 'address.street',
  'address.postalCode', 'nationalId', 'linkedin', 'website', 'github', 'coverLetter.text', 'summary',
  'work.description', 'work.title', 'currentTitle',
]);

/**
 * Meanings whose value can be written as a number. A number input, a slider and a rating scale
 * (options 1 to 5) hold only these, so a rating cell labelled "Skill 3" is not the skills list.
 */
const NUMERIC_MEANINGS: ReadonlySet<Meaning> = new Set([
  'yearsExperience', 'salaryExpectation', 'noticePeriod', 'phone', 'address.postalCode', ...DATE_MEANINGS,
]);

const NUMBER_INPUT_TYPES = new Set(['number', 'range']);

const CHECKBOX_GROUP_MEANINGS: ReadonlySet<Meaning> = new Set(['languages', 'driversLicence', 'skills', ...YES_NO_MEANINGS]);

/** What the classifier knows of a control's shape. */
export interface WidgetShape {
  widget: WidgetKind;
  /** The input type, lower case, or the tag name of other controls. */
  inputType: string;
  /** The options are a yes and a no answer. */
  yesNo: boolean;
  /** The options are a scale of small numbers ("1" to "5"). */
  ratingScale: boolean;
}

/** Whether a control of `shape` can hold `meaning`. */
export function fitsWidget(meaning: Meaning, shape: WidgetShape): boolean {
  const { widget, inputType } = shape;
  if (widget === 'file') return FILE_MEANINGS.has(meaning);
  if (FILE_MEANINGS.has(meaning)) return false;
  if (shape.yesNo) return YES_NO_MEANINGS.has(meaning);
  if (NUMBER_INPUT_TYPES.has(inputType)) return NUMERIC_MEANINGS.has(meaning);
  // A language's level may be chosen on a numbered scale; no other free-text meaning can.
  if (shape.ratingScale) return NUMERIC_MEANINGS.has(meaning) || meaning === 'languages';
  switch (widget) {
    case 'checkbox':
      return YES_NO_MEANINGS.has(meaning);
    case 'checkbox-group':
      return CHECKBOX_GROUP_MEANINGS.has(meaning);
    case 'date':
    case 'spinbutton':
      return DATE_MEANINGS.has(meaning);
    case 'radio-group':
    case 'button-group':
    case 'select':
    case 'listbox-button':
      return !TYPED_ONLY.has(meaning);
    case 'combobox':
    case 'search-prompt':
      return !PROSE_MEANINGS.has(meaning) && meaning !== 'email' && meaning !== 'nationalId';
    case 'text':
      if (inputType === 'textarea') return PROSE_MEANINGS.has(meaning) || TEXTAREA_EXTRA.has(meaning);
      return !PROSE_MEANINGS.has(meaning);
  }
}

/** Turns a document meaning into its text twin and back, to suit the widget. */
export function adaptToWidget(meaning: FieldMeaning, widget: WidgetKind): FieldMeaning {
  if (widget === 'file' && meaning === 'coverLetter.text') return 'coverLetter.file';
  if (widget !== 'file' && meaning === 'coverLetter.file') return 'coverLetter.text';
  return meaning;
}
