// The page's error line. Tests and assistive technology find it as `#error` with role=alert.
import type { JSX } from 'preact';

export function ErrorMessage({ message, id = 'error' }: { message: string | null; id?: string }): JSX.Element | null {
  if (!message) return null;
  return (
    <p id={id} class="error" role="alert">
      {message}
    </p>
  );
}
