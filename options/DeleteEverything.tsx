// "Delete everything": removes the vault, its documents and its history after the person ticks a
// box saying they understand it cannot be undone.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';

export function DeleteEverything({ onDeleted }: { onDeleted: () => void }): JSX.Element {
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) dialogRef.current?.querySelector<HTMLInputElement>('#delete-confirm')?.focus();
  }, [open]);

  function close(): void {
    setOpen(false);
    setConfirmed(false);
    setError(null);
  }

  async function deleteAll(): Promise<void> {
    if (!confirmed) return;
    setBusy(true);
    try {
      await request('vault.deleteEverything');
      onDeleted();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="danger-zone" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{t('delete_heading')}</h3>
      <p>{t('delete_explanation')}</p>
      {!open && (
        <button id="delete-everything" type="button" class="danger" onClick={() => setOpen(true)}>
          {t('delete_open')}
        </button>
      )}
      {open && (
        <div
          class="confirm-dialog"
          role="alertdialog"
          aria-labelledby="delete-dialog-heading"
          aria-describedby="delete-dialog-text"
          ref={dialogRef}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <h4 id="delete-dialog-heading">{t('delete_dialogHeading')}</h4>
          <p id="delete-dialog-text">{t('delete_dialogText')}</p>
          <label class="checkbox">
            <input
              id="delete-confirm"
              type="checkbox"
              checked={confirmed}
              disabled={busy}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
            {t('delete_confirmLabel')}
          </label>
          <div class="actions">
            <button id="delete-confirm-submit" type="button" class="danger" disabled={!confirmed || busy} onClick={deleteAll}>
              {t('delete_submit')}
            </button>
            <button id="delete-cancel" type="button" disabled={busy} onClick={close}>
              {t('action_cancel')}
            </button>
          </div>
          <ErrorMessage message={error} id="delete-error" />
        </div>
      )}
    </section>
  );
}
