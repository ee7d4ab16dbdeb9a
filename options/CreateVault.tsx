// Creating the vault: a new passphrase, checked here for length and confirmation before the
// background derives the key (about a second) and returns the recovery key.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';

export function CreateVault({ onCreated }: { onCreated: (recoveryKey: string) => void }): JSX.Element {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const problem = newPassphraseProblem(passphrase, confirmation);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await request('vault.create', { passphrase });
      onCreated(recoveryKey);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('create_heading')}</h2>
      <p>{t('create_explanation')}</p>
      <form onSubmit={submit} noValidate>
        <NewPassphraseFields
          idPrefix="create-passphrase"
          passphrase={passphrase}
          confirmation={confirmation}
          disabled={busy}
          onPassphrase={setPassphrase}
          onConfirmation={setConfirmation}
        />
        <button id="create-submit" type="submit" class="primary" disabled={busy}>
          {t('create_submit')}
        </button>
        {busy && <Progress label={t('create_progress')} />}
        <ErrorMessage message={error} />
      </form>
    </section>
  );
}
