// Passphrase entry for a locked vault, shared by the popup and the options page. Key derivation
// takes about a second, so the form shows progress and keeps the typed passphrase on failure.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../messaging/client';
import type { VaultStatus } from '../../messaging/protocol';
import { errorMessage } from '../errors';
import { t } from '../i18n';
import { ErrorMessage } from './ErrorMessage';
import { Progress } from './Progress';

interface UnlockFormProps {
  onUnlocked: (status: VaultStatus) => void;
}

export function UnlockForm({ onUnlocked }: UnlockFormProps): JSX.Element {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // The passphrase is the only thing to do here, so the field takes focus at once.
  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError(t('unlock_passphraseMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const status = await request('vault.unlock', { passphrase });
      setPassphrase('');
      onUnlocked(status);
    } catch (failure) {
      setError(errorMessage(failure));
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="unlock" onSubmit={submit}>
      <label for="unlock-passphrase">{t('unlock_passphraseLabel')}</label>
      <input
        id="unlock-passphrase"
        ref={inputRef}
        type="password"
        autocomplete="current-password"
        value={passphrase}
        disabled={busy}
        aria-invalid={error ? true : undefined}
        onInput={(event) => setPassphrase(event.currentTarget.value)}
      />
      <button id="unlock-submit" type="submit" class="primary" disabled={busy}>
        {t('unlock_submit')}
      </button>
      {busy && <Progress label={t('unlock_progress')} />}
      <ErrorMessage message={error} />
    </form>
  );
}
