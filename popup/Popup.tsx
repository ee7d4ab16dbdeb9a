// The popup's states: loading, no vault, locked and unlocked (the consent preview).
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { VaultStatus } from '../src/messaging/protocol';
import browser from '../src/platform/browser';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { UnlockForm } from '../src/ui/components/UnlockForm';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { FillPanel } from './FillPanel';
import { resolveTargetTab } from './targetTab';

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

export function Popup(): JSX.Element {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  // undefined while the target tab is being looked up.
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await request('vault.status'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void refreshStatus();
    resolveTargetTab()
      .then(setTabId)
      .catch(() => setTabId(null));
  }, [refreshStatus]);

  async function lock(): Promise<void> {
    try {
      setStatus(await request('vault.lock'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extensionName')}</h1>
        <div class="header-actions">
          {status?.unlocked && (
            <button id="lock-button" type="button" onClick={lock}>
              {t('action_lock')}
            </button>
          )}
          <button id="open-options" type="button" onClick={openOptions}>
            {t('popup_openOptions')}
          </button>
        </div>
      </header>
      {status === null && !error && <Progress label={t('popup_loading')} />}
      {status === null && <ErrorMessage message={error} />}
      {status && !status.exists && (
        <section class="no-vault">
          <p>{t('popup_noVault')}</p>
          <button id="create-vault" type="button" class="primary" onClick={openOptions}>
            {t('popup_createVault')}
          </button>
        </section>
      )}
      {status?.exists && !status.unlocked && (
        <section class="locked">
          <p>{t('popup_locked')}</p>
          <UnlockForm onUnlocked={setStatus} />
        </section>
      )}
      {status?.unlocked && tabId !== undefined && <FillPanel tabId={tabId} onLocked={refreshStatus} />}
    </main>
  );
}
