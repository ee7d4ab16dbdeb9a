// A progress indicator that screen readers announce. Without `value` it is indeterminate
// (a spinner), for waits whose length is unknown such as key derivation.
import type { JSX } from 'preact';

interface ProgressProps {
  label: string;
  /** Completed fraction from 0 to 1; omit when unknown. */
  value?: number;
}

export function Progress({ label, value }: ProgressProps): JSX.Element {
  return (
    <div class="progress" role="status" aria-live="polite">
      {value === undefined ? (
        <span class="spinner" aria-hidden="true" />
      ) : (
        <progress max={100} value={Math.round(value * 100)} aria-label={label} />
      )}
      <span>{label}</span>
    </div>
  );
}
