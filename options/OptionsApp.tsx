// The options page's states: no vault (create it, then the recovery key), locked, unlocked.
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { VaultStatus } from '../src/messaging/protocol';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { CreateVault } from './CreateVault';
import { LockedView } from './LockedView';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { Workspace } from './Workspace';

export function OptionsApp(): JSX.Element {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  // Set between creating the vault and the person confirming they saved the key.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await request('vault.status'));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void refreshStatus();
    // Another page (the popup, auto-lock) may lock the vault; check again when this tab returns.
    const page = document;
    const onVisible = (): void => {
      if (page.visibilityState === 'visible') void refreshStatus();
    };
    page.addEventListener('visibilitychange', onVisible);
    return () => page.removeEventListener('visibilitychange', onVisible);
  }, [refreshStatus]);

  async function lock(): Promise<void> {
    try {
      setStatus(await request('vault.lock'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  function body(): JSX.Element | null {
    if (recoveryKey !== null) {
      return (
        <RecoveryKeySheet
          recoveryKey={recoveryKey}
          onDone={() => {
            setRecoveryKey(null);
            void refreshStatus();
          }}
        />
      );
    }
    if (!status) return error ? null : <Progress label={t('options_loading')} />;
    if (!status.exists) return <CreateVault onCreated={setRecoveryKey} />;
    if (!status.unlocked) return <LockedView onUnlocked={setStatus} />;
    return <Workspace onDeleted={refreshStatus} />;
  }

  return (
    <div class="options">
      <header class="options-header screen-only">
        <h1>{t('extensionName')}</h1>
        {status?.unlocked && recoveryKey === null && (
          <button id="lock-button" type="button" onClick={lock}>
            {t('action_lock')}
          </button>
        )}
      </header>
      <main>
        <ErrorMessage message={error} />
        {body()}
      </main>
    </div>
  );
}
