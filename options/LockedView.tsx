// A locked vault: unlock with the passphrase, or set a new passphrase with the recovery key.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { VaultStatus } from '../src/messaging/protocol';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { inputType } from '../src/ui/components/Field';
import { Progress } from '../src/ui/components/Progress';
import { UnlockForm } from '../src/ui/components/UnlockForm';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../src/vault/limits';

function RecoverForm({ onUnlocked }: { onUnlocked: (status: VaultStatus) => void }): JSX.Element {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [showPassphrase, setShowPassphrase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (recoveryKey.trim() === '') {
      setError(t('recover_keyMissing'));
      return;
    }
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      setError(t('passphrase_tooShort', MIN_PASSPHRASE_LENGTH));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const status = await request('vault.recover', { recoveryKey: recoveryKey.trim(), newPassphrase: passphrase });
      onUnlocked(status);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  // NOTE: no confirmation field, because the recovery key is the way back from a mistyped new
  // passphrase; "Show passphrase" lets the person check what they typed.
  return (
    <form onSubmit={submit} noValidate aria-labelledby="recover-heading" class="recover">
      <h3 id="recover-heading">{t('recover_heading')}</h3>
      <p class="hint">{t('recover_explanation')}</p>
      <div class="field">
        <label for="recover-key">{t('recover_keyLabel')}</label>
        <input
          id="recover-key"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={recoveryKey}
          disabled={busy}
          onInput={(event) => setRecoveryKey(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="recover-new-passphrase">{t('passphrase_new')}</label>
        <input
          id="recover-new-passphrase"
          {...inputType(showPassphrase ? 'text' : 'password')}
          autocomplete="new-password"
          value={passphrase}
          disabled={busy}
          aria-describedby="recover-new-passphrase-hint"
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        <p class="hint" id="recover-new-passphrase-hint">
          {t('passphrase_rules', MIN_PASSPHRASE_LENGTH)}
        </p>
        <label class="checkbox">
          <input type="checkbox" checked={showPassphrase} onChange={(event) => setShowPassphrase(event.currentTarget.checked)} />
          {t('passphrase_show')}
        </label>
      </div>
      <button id="recover-submit" type="submit" disabled={busy}>
        {t('recover_submit')}
      </button>
      {busy && <Progress label={t('recover_progress')} />}
      <ErrorMessage message={error} id="recover-error" />
    </form>
  );
}

export function LockedView({ onUnlocked }: { onUnlocked: (status: VaultStatus) => void }): JSX.Element {
  return (
    <section class="card" aria-labelledby="locked-heading">
      <h2 id="locked-heading">{t('locked_heading')}</h2>
      <UnlockForm onUnlocked={onUnlocked} />
      <RecoverForm onUnlocked={onUnlocked} />
    </section>
  );
}
