// Settings: auto-lock time, key-derivation strength, passphrase change and deleting the vault.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { VaultSettings } from '../src/messaging/protocol';
import { Field } from '../src/ui/components/Field';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { KDF_MIN_ITERATIONS } from '../src/vault/limits';
import { ChangePassphrase } from './ChangePassphrase';
import { DeleteEverything } from './DeleteEverything';

export const MAX_AUTOLOCK_MINUTES = 24 * 60;


function parseSettings(minutes: string, iterations: string): VaultSettings | string {
  const autoLockMinutes = Number(minutes);
  const kdfIterations = Number(iterations);
  if (!Number.isInteger(autoLockMinutes) || autoLockMinutes < 1 || autoLockMinutes > MAX_AUTOLOCK_MINUTES) {
    return t('settings_autoLockInvalid', 1, MAX_AUTOLOCK_MINUTES);
  }
  if (!Number.isInteger(kdfIterations) || kdfIterations < KDF_MIN_ITERATIONS) {
    return t('settings_iterationsInvalid', KDF_MIN_ITERATIONS);
  }
  return { autoLockMinutes, kdfIterations };
}

function SettingsForm(): JSX.Element {
  const [minutes, setMinutes] = useState('');
  const [iterations, setIterations] = useState('');
  const [savedIterations, setSavedIterations] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    request('settings.get')
      .then((settings) => {
        setMinutes(String(settings.autoLockMinutes));
        setIterations(String(settings.kdfIterations));
        setSavedIterations(String(settings.kdfIterations));
        setLoaded(true);
      })
      .catch((failure) => setStatus({ text: errorMessage(failure), bad: true }));
  }, []);

  async function save(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const parsed = parseSettings(minutes, iterations);
    if (typeof parsed === 'string') {
      setStatus({ text: parsed, bad: true });
      return;
    }
    setSaving(true);
    try {
      // With the passphrase the background re-wraps the key at the new strength at once;
      // without it, the new strength applies at the next unlock.
      const payload = passphrase === '' ? parsed : { ...parsed, currentPassphrase: passphrase };
      const saved = await request('settings.save', payload);
      setMinutes(String(saved.autoLockMinutes));
      setIterations(String(saved.kdfIterations));
      setSavedIterations(String(saved.kdfIterations));
      setPassphrase('');
      setStatus({ text: t('settings_saved'), bad: false });
    } catch (failure) {
      setStatus({ text: errorMessage(failure), bad: true });
    } finally {
      setSaving(false);
    }
  }

  if (!loaded && !status) return <Progress label={t('settings_loading')} />;
  return (
    <form onSubmit={save} noValidate aria-labelledby="settings-heading">
      <h3 id="settings-heading">{t('settings_heading')}</h3>
      <Field
        id="autolock-minutes"
        label={t('settings_autoLock')}
        type="number"
        value={minutes}
        onValue={setMinutes}
        hint={t('settings_autoLockHint', 1, MAX_AUTOLOCK_MINUTES)}
        disabled={saving}
      />
      <Field
        id="kdf-iterations"
        label={t('settings_iterations')}
        type="number"
        value={iterations}
        onValue={setIterations}
        hint={t('settings_iterationsHint', KDF_MIN_ITERATIONS)}
        disabled={saving}
      />
      {iterations !== savedIterations && (
        <Field
          id="settings-passphrase"
          label={t('settings_passphraseNow')}
          type="password"
          value={passphrase}
          onValue={setPassphrase}
          hint={t('settings_passphraseNowHint')}
          autocomplete="current-password"
          disabled={saving}
        />
      )}
      <button id="save-settings" type="submit" class="primary" disabled={saving}>
        {t('settings_save')}
      </button>
      <p id="settings-status" role="status" class={status?.bad ? 'error' : 'status'}>
        {status?.text}
      </p>
    </form>
  );
}

// The Lock button sits in the page header, so it is reachable from every tab.
export function SettingsPanel({ onDeleted }: { onDeleted: () => void }): JSX.Element {
  return (
    <div class="settings">
      <SettingsForm />
      <ChangePassphrase />
      <DeleteEverything onDeleted={onDeleted} />
    </div>
  );
}
