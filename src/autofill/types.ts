// Field descriptions that cross from a page's frame to the background, and the fill
// instructions that come back. They carry no CV data except the approved values in FillItem.

/** A field's meaning, in the vocabulary that the classifier assigns. */
export type FieldMeaning =
  | 'name.full'
  | 'name.given'
  | 'name.family'
  | 'name.preferred'
  | 'email'
  | 'phone'
  | 'phone.countryCode'
  | 'address.street'
  | 'address.postalCode'
  | 'address.city'
  | 'address.region'
  | 'address.country'
  | 'birthDate'
  | 'nationalId'
  | 'linkedin'
  | 'website'
  | 'github'
  | 'currentTitle'
  | 'currentEmployer'
  | 'yearsExperience'
  | 'education.school'
  | 'education.degree'
  | 'education.field'
  | 'education.endDate'
  | 'work.employer'
  | 'work.title'
  | 'work.startDate'
  | 'work.endDate'
  | 'work.description'
  | 'skills'
  | 'languages'
  | 'driversLicence'
  | 'workAuthorisation'
  | 'visaSponsorship'
  | 'salaryExpectation'
  | 'noticePeriod'
  | 'startDate'
  | 'summary'
  | 'coverLetter.text'
  | 'coverLetter.file'
  | 'cv.file'
  | 'none';

/** The part of a value that a control holds, when it holds only a part. */
export type FieldPart = 'day' | 'month' | 'year' | 'min' | 'max' | 'level';

/** How a control is written: one filling driver exists per kind. */
export type WidgetKind =
  | 'text' // input of a text-like type, or textarea
  | 'date' // input type=date or type=month
  | 'select' // native <select>
  | 'combobox' // ARIA combobox with a listbox, including react-select style inputs
  | 'listbox-button' // a button with aria-haspopup=listbox that opens options (Workday style)
  | 'search-prompt' // a search input whose typed text brings up options to pick (Workday style)
  | 'spinbutton' // a role=spinbutton date part (Workday style)
  | 'radio-group' // radios sharing one question
  | 'checkbox-group' // checkboxes sharing one question (licence categories)
  | 'checkbox' // a single yes/no checkbox
  | 'button-group' // aria-pressed buttons answering one question (Yes/No pairs)
  | 'file'; // input type=file

/** One choice that a select, radio group, checkbox group, button group or listbox offers. */
export interface FieldOption {
  value: string;
  label: string;
}

/** Format hints read from the page, used to write a value the way the field expects it. */
export interface FieldFormat {
  inputType?: string;
  pattern?: string;
  placeholder?: string;
  maxLength?: number;
  /** Visible hint text near the field, such as "ÅÅÅÅMMDD-XXXX" or "mm/dd/yyyy". */
  hint?: string;
}

/** A field as the content script reports it: its meaning and shape, never its value. */
export interface FieldDescriptor {
  /** A handle unique within the frame's current document; the fill names fields by it. */
  fieldId: string;
  meaning: FieldMeaning;
  part?: FieldPart;
  /** Classifier confidence from 0 to 1. */
  confidence: number;
  /** The label text the page shows for the field, trimmed. */
  label: string;
  widget: WidgetKind;
  format: FieldFormat;
  options?: FieldOption[];
  /** Where a submit would send this field: the form's action origin, or null when no form contains it. */
  formActionOrigin: string | null;
  /** A key shared by the fields of one form (or of the frame, when there is no form). */
  formKey: string;
  /** Index of the repeated entry (work[0], work[1]) for sub-form sections, when known. */
  entryIndex?: number;
  required: boolean;
  /** The page already contains a value the person typed, so the field is never overwritten. */
  hasUserValue: boolean;
}

/** What one frame reports about itself and its fields. */
export interface FrameScan {
  frameOrigin: string;
  frameUrl: string;
  isSecureContext: boolean;
  /** The document title and, where found, the job title and company named on the page. */
  pageTitle: string;
  jobTitle?: string;
  company?: string;
  fields: FieldDescriptor[];
  /** Origins of the frame's child iframes, so frames the extension may not enter can be named. */
  childFrameOrigins: string[];
}

/** The value to write into one field, in the shape its driver expects. */
export type FillValue =
  | { kind: 'text'; text: string }
  /** Choose the option whose value or label matches one of `match`, in order of preference. */
  | { kind: 'option'; match: string[] }
  /** Select exactly these options of a group (checkbox groups); others are left unchecked. */
  | { kind: 'options'; match: string[] }
  | { kind: 'check'; checked: boolean }
  /** A stored document; the background adds `base64` only when it sends the approved fill. */
  | { kind: 'file'; documentId: string; name: string; mimeType: string; base64?: string };

/** One approved value for one field of the receiving frame. */
export interface FillItem {
  fieldId: string;
  /** The meaning and label shown in the preview; the field is skipped if either changed. */
  meaning: FieldMeaning;
  label: string;
  value: FillValue;
}

export type FillStatus =
  | 'filled' // written and read back intact
  | 'notStuck' // written, but the page cleared or changed it
  | 'skipped'; // not written: gone, hidden, changed meaning, readonly, or typed in by the person

export interface FillOutcome {
  fieldId: string;
  status: FillStatus;
  /** A machine-readable reason for skipped or notStuck, such as 'hidden' or 'changed'. */
  reason?: string;
}
