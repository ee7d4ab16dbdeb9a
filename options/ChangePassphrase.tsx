// Change of passphrase: the background re-wraps the data key, so nothing is re-encrypted.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import { Field } from '../src/ui/components/Field';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';

export function ChangePassphrase(): JSX.Element {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);

  async function submit(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const problem = current === '' ? t('unlock_passphraseMissing') : newPassphraseProblem(passphrase, confirmation);
    if (problem) {
      setStatus({ text: problem, bad: true });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      await request('vault.changePassphrase', { currentPassphrase: current, newPassphrase: passphrase });
      setCurrent('');
      setPassphrase('');
      setConfirmation('');
      setStatus({ text: t('changePassphrase_done'), bad: false });
    } catch (failure) {
      setStatus({ text: errorMessage(failure), bad: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-passphrase-heading">
      <h3 id="change-passphrase-heading">{t('changePassphrase_heading')}</h3>
      <Field
        id="current-passphrase"
        label={t('changePassphrase_current')}
        type="password"
        autocomplete="current-password"
        value={current}
        disabled={busy}
        onValue={setCurrent}
      />
      <NewPassphraseFields
        idPrefix="new-passphrase"
        passphrase={passphrase}
        confirmation={confirmation}
        disabled={busy}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
      />
      <button id="change-passphrase-submit" type="submit" disabled={busy}>
        {t('changePassphrase_submit')}
      </button>
      {busy && <Progress label={t('changePassphrase_progress')} />}
      <p id="change-passphrase-status" role="status" class={status?.bad ? 'error' : 'status'}>
        {status?.text}
      </p>
    </form>
  );
}
