// The background's one vault session, wired to the browser: storage.session for the data key,
// storage.local for the settings and browser.alarms for the auto-lock. The logic lives in
// VaultSession, which the unit tests run with fakes.
import browser from '../platform/browser';
import { Vault } from '../vault/vault';
import { VaultSession, type SessionPlatform } from '../vault/vault-session';
import type { UnlockedVault } from '../vault/unlocked-vault';

function platform(): SessionPlatform {
  // NOTE: Firefox before 115 has no storage.session; there the key stays in memory only, so an
  // unloaded event page locks the vault.
  const sessionStorage = (browser.storage as { session?: SessionPlatform['sessionStorage'] }).session ?? null;
  return { sessionStorage, localStorage: browser.storage.local, alarms: browser.alarms };
}

export const session = new VaultSession(new Vault(), platform());

/** Returns the unlocked vault and records activity; throws AppError('vaultLocked'). */
export function requireUnlockedVault(): Promise<UnlockedVault> {
  return session.requireUnlocked();
}

export function lockNow(): Promise<void> {
  return session.lock();
}

/** Registers the auto-lock alarm listener; call once when the background starts. */
export function startSessionLifecycle(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    session.onAlarm(alarm.name).catch((error: unknown) => {
      console.error('Auto-lock check failed:', error instanceof Error ? error.name : 'unknown error');
    });
  });
}
