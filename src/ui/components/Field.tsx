// A labelled form control with its hint and validation message wired up for screen readers.
import type { InputHTMLAttributes, JSX, TargetedEvent } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The input's name; the CV editor names inputs by their path in the CV, such as "work.0.position". */
  name?: string;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'number' | 'password';
  multiline?: boolean;
  hint?: string;
  /** A translated validation message, shown under the control. */
  error?: string | null;
  autocomplete?: string;
  placeholder?: string;
  required?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  disabled?: boolean;
}

/**
 * Returns `{ type }` for an input. Preact's typings narrow input attributes by a literal `type`,
 * so a type chosen at run time needs this cast.
 */
export function inputType(type: NonNullable<FieldProps['type']>): InputHTMLAttributes<HTMLInputElement> {
  return { type } as InputHTMLAttributes<HTMLInputElement>;
}

export function Field(props: FieldProps): JSX.Element {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    name: props.name,
    value: props.value,
    placeholder: props.placeholder,
    required: props.required,
    disabled: props.disabled,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onValue(event.currentTarget.value),
  };

  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={4} autocomplete="off" />
      ) : (
        <input
          {...common}
          {...inputType(props.type ?? 'text')}
          autocomplete={props.autocomplete ?? 'off'}
          inputMode={props.inputMode}
        />
      )}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}
