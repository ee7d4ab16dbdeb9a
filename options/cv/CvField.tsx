// One CV value bound to its input name: reads it from the CV, writes edits back through `onEdit`.
import type { JSX } from 'preact';
import { Field } from '../../src/ui/components/Field';
import { t, type MessageKey } from '../../src/ui/i18n';
import type { Cv } from '../../src/vault/cv/model';
import { getPath } from './paths';
import { cvPathOf, type FieldKind } from './sections';

export interface CvBinding {
  cv: Cv;
  errors: Record<string, MessageKey>;
  /** Sets the value at a CV path; undefined removes the key. */
  onEdit: (cvPath: string, value: unknown) => void;
}

interface CvFieldProps {
  binding: CvBinding;
  name: string;
  label: MessageKey;
  kind: FieldKind;
  /** A hint shown under the control, in place of the kind's own hint. */
  hint?: MessageKey;
}

const INPUT_TYPES: Partial<Record<FieldKind, 'email' | 'url' | 'tel' | 'date'>> = {
  isoDate: 'date',
  email: 'email',
  url: 'url',
  tel: 'tel',
};

const HINTS: Partial<Record<FieldKind, MessageKey>> = {
  resumeDate: 'hint_resumeDate',
  lines: 'hint_lines',
};

export function inputId(name: string): string {
  return `cv-${name.replace(/\./g, '-')}`;
}

function displayValue(value: unknown, kind: FieldKind): string {
  if (kind === 'lines') return Array.isArray(value) ? value.map(String).join('\n') : '';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function CvField({ binding, name, label, kind, ...props }: CvFieldProps): JSX.Element {
  const path = cvPathOf(name);
  const value = getPath(binding.cv, path);
  const error = binding.errors[name];
  const hint = props.hint ?? HINTS[kind];

  function onValue(text: string): void {
    // Lines keep empty entries while the person types; the save removes them.
    if (kind === 'lines') binding.onEdit(path, text === '' ? undefined : text.split('\n'));
    else binding.onEdit(path, text === '' ? undefined : text);
  }

  return (
    <Field
      id={inputId(name)}
      name={name}
      label={t(label)}
      value={displayValue(value, kind)}
      onValue={onValue}
      type={INPUT_TYPES[kind] ?? 'text'}
      multiline={kind === 'textarea' || kind === 'lines'}
      hint={hint ? t(hint) : undefined}
      error={error ? t(error) : null}
      // The browser must keep no CV value of its own: neither in its autofill data nor in the
      // form state it saves to restore the tab, which lands in the profile in plain text.
      autocomplete="off"
    />
  );
}
