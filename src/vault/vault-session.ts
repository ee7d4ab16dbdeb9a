// The unlocked session: which vault is open, for how long, and with which settings. The data
// key's raw bytes live in this object's memory and in storage.session, never in storage.local or
// IndexedDB, so a restarted MV3 service worker reopens the vault from storage.session while a
// restarted browser, which clears storage.session, starts locked. The browser APIs come in
// through SessionPlatform, so this runs in Node tests with fakes.
import { AppError, type VaultSettings, type VaultStatus } from '../messaging/protocol';
import { fromBase64, toBase64, wipe } from './crypto/encoding';
import { KDF_DEFAULT_ITERATIONS, KDF_MAX_ITERATIONS } from './crypto/keyring';
import type { UnlockedVault } from './unlocked-vault';
import type { Vault } from './vault';

/** The part of a browser.storage area the session uses. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SessionPlatform {
  /** browser.storage.session, or null in browsers without it (Firefox before 115). */
  sessionStorage: StorageArea | null;
  localStorage: StorageArea;
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): unknown;
  };
  now?: () => number;
}

export const AUTO_LOCK_ALARM = 'meritvalv.autoLock';
export const SESSION_KEY_ITEM = 'meritvalv.dataKey';
export const LAST_ACTIVITY_ITEM = 'meritvalv.lastActivity';
export const SETTINGS_ITEM = 'meritvalv.settings';
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 1440;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function locked(): AppError {
  return new AppError('vaultLocked', 'The vault is locked');
}

/** How often activity is written to storage.session and the auto-lock alarm moved, at most. */
const TOUCH_WRITE_INTERVAL_MS = 5_000;

export class VaultSession {
  private unlocked: UnlockedVault | null = null;
  /** Raised by every lock, so a restore that started before a lock does not reopen the vault. */
  private epoch = 0;
  /** Last activity for browsers without storage.session. */
  private memoryLastActivity = 0;
  /** The activity time last written to storage.session and used for the alarm. */
  private writtenLastActivity = 0;

  constructor(
    readonly vault: Vault,
    private readonly platform: SessionPlatform,
  ) {}

  private now(): number {
    return this.platform.now?.() ?? Date.now();
  }

  /** Reads the settings from storage.local, with defaults and limits applied. */
  async getSettings(): Promise<VaultSettings> {
    const stored = (await this.platform.localStorage.get(SETTINGS_ITEM))[SETTINGS_ITEM] as
      | Partial<VaultSettings>
      | undefined;
    const minIterations = this.vault.kdfPolicy.minIterations;
    const autoLock = Number(stored?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES);
    const iterations = Number(stored?.kdfIterations ?? KDF_DEFAULT_ITERATIONS);
    return {
      autoLockMinutes: Number.isFinite(autoLock)
        ? clamp(autoLock, MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        : DEFAULT_AUTO_LOCK_MINUTES,
      kdfIterations: Number.isFinite(iterations)
        ? clamp(iterations, minIterations, KDF_MAX_ITERATIONS)
        : Math.max(KDF_DEFAULT_ITERATIONS, minIterations),
    };
  }

  /**
   * Clamps and stores the settings: auto-lock 1 to 1440 minutes, iterations from the policy's
   * minimum to 10,000,000. New iterations re-wrap the data key now when `currentPassphrase` is
   * given (a wrong one throws and stores nothing), else at the next unlock.
   */
  async saveSettings(input: VaultSettings & { currentPassphrase?: string }): Promise<VaultSettings> {
    const { autoLockMinutes, kdfIterations, currentPassphrase } = input ?? {};
    if (typeof autoLockMinutes !== 'number' || !Number.isFinite(autoLockMinutes)) {
      throw new AppError('invalidRequest', 'autoLockMinutes must be a number', ['autoLockMinutes']);
    }
    if (typeof kdfIterations !== 'number' || !Number.isFinite(kdfIterations)) {
      throw new AppError('invalidRequest', 'kdfIterations must be a number', ['kdfIterations']);
    }
    const settings: VaultSettings = {
      autoLockMinutes: clamp(autoLockMinutes, MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
      kdfIterations: clamp(kdfIterations, this.vault.kdfPolicy.minIterations, KDF_MAX_ITERATIONS),
    };
    if (currentPassphrase !== undefined && (await this.vault.exists())) {
      if ((await this.vault.iterations()) !== settings.kdfIterations) {
        await this.vault.setIterations(currentPassphrase, settings.kdfIterations);
      }
    }
    await this.platform.localStorage.set({ [SETTINGS_ITEM]: settings });
    if (this.unlocked) await this.scheduleLock(await this.lastActivity());
    return { ...settings };
  }

  async status(): Promise<VaultStatus> {
    const exists = await this.vault.exists();
    let unlocked = false;
    if (exists) {
      try {
        await this.current();
        unlocked = true;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'vaultLocked')) throw error;
      }
    }
    return { exists, unlocked, autoLockMinutes: (await this.getSettings()).autoLockMinutes };
  }

  /** Creates the vault with the stored iteration setting and opens a session. */
  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    const { kdfIterations } = await this.getSettings();
    const { recoveryKey, vault } = await this.vault.create(passphrase, { iterations: kdfIterations });
    await this.open(vault);
    return { recoveryKey };
  }

  /** Unlocks, and applies an iteration setting saved while no passphrase was at hand. */
  async unlock(passphrase: string): Promise<void> {
    const vault = await this.vault.unlock(passphrase);
    const { kdfIterations } = await this.getSettings();
    if ((await this.vault.iterations()) !== kdfIterations) {
      try {
        await this.vault.setIterations(passphrase, kdfIterations);
      } catch (error) {
        // The old wrap still works, so the person gets in and the next unlock tries again.
        console.error('Applying the new key-derivation iterations failed:', (error as Error).name);
      }
    }
    await this.open(vault);
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.open(await this.vault.recover(recoveryKey, newPassphrase));
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.vault.changePassphrase(current, next);
  }

  /** Locks, then deletes the database and the stored settings. */
  async deleteEverything(): Promise<void> {
    await this.lock();
    await this.vault.deleteEverything();
    await this.platform.localStorage.remove(SETTINGS_ITEM);
  }

  /** Forgets the key in memory and in storage.session and cancels the auto-lock alarm. */
  async lock(): Promise<void> {
    this.epoch++;
    this.unlocked?.close();
    this.unlocked = null;
    this.memoryLastActivity = 0;
    this.writtenLastActivity = 0;
    await this.platform.sessionStorage?.remove([SESSION_KEY_ITEM, LAST_ACTIVITY_ITEM]);
    await this.platform.alarms.clear(AUTO_LOCK_ALARM);
  }

  /**
   * Returns the unlocked vault and records activity, which postpones the auto-lock. Throws
   * AppError('vaultLocked') when no session is open or the idle time has passed.
   */
  async requireUnlocked(): Promise<UnlockedVault> {
    const vault = await this.current();
    await this.touch();
    return vault;
  }

  /** Handles browser.alarms.onAlarm: locks when the idle time has passed, else waits again. */
  async onAlarm(name: string): Promise<void> {
    if (name !== AUTO_LOCK_ALARM) return;
    const last = await this.lastActivity();
    if (last === 0) return;
    if (await this.isIdle(last)) await this.lock();
    else await this.scheduleLock(last);
  }

  private async open(vault: UnlockedVault): Promise<void> {
    await this.lock();
    this.unlocked = vault;
    const raw = vault.exportDataKey();
    try {
      await this.platform.sessionStorage?.set({ [SESSION_KEY_ITEM]: toBase64(raw) });
    } finally {
      wipe(raw);
    }
    await this.touch();
  }

  /** Returns the open vault, restoring it from storage.session after a worker restart. */
  private async current(): Promise<UnlockedVault> {
    const last = await this.lastActivity();
    if (last !== 0 && (await this.isIdle(last))) {
      await this.lock();
      throw locked();
    }
    if (this.unlocked) return this.unlocked;

    const epoch = this.epoch;
    const stored = (await this.platform.sessionStorage?.get(SESSION_KEY_ITEM))?.[SESSION_KEY_ITEM];
    if (typeof stored !== 'string' || !(await this.vault.exists())) throw locked();
    let vault: UnlockedVault;
    try {
      vault = await this.vault.openWithDataKey(fromBase64(stored));
    } catch (error) {
      if (error instanceof AppError && error.code === 'vaultLocked') await this.lock();
      throw error;
    }
    if (epoch !== this.epoch) {
      vault.close();
      throw locked();
    }
    this.unlocked ??= vault;
    return this.unlocked;
  }

  private async lastActivity(): Promise<number> {
    const area = this.platform.sessionStorage;
    // While this worker lives, memory is at least as recent as storage.session.
    if (!area || this.memoryLastActivity > 0) return this.memoryLastActivity;
    const value = (await area.get(LAST_ACTIVITY_ITEM))[LAST_ACTIVITY_ITEM];
    return typeof value === 'number' ? value : 0;
  }

  private async isIdle(lastActivity: number): Promise<boolean> {
    const { autoLockMinutes } = await this.getSettings();
    return this.now() - lastActivity >= autoLockMinutes * 60_000;
  }

  /**
   * Records activity. Storage and the alarm are updated at most every TOUCH_WRITE_INTERVAL_MS, so a
   * burst of requests costs no extension API calls. The alarm's handler reads the time from memory.
   * NOTE: a worker stopped within that interval of a write loses the newer time, so the vault can
   * lock up to five seconds before the idle time is up.
   */
  private async touch(): Promise<void> {
    const now = this.now();
    const written = this.writtenLastActivity;
    this.memoryLastActivity = now;
    if (written > 0 && now - written < TOUCH_WRITE_INTERVAL_MS) return;
    this.writtenLastActivity = now;
    await this.platform.sessionStorage?.set({ [LAST_ACTIVITY_ITEM]: now });
    await this.scheduleLock(now);
  }

  private async scheduleLock(lastActivity: number): Promise<void> {
    const { autoLockMinutes } = await this.getSettings();
    await this.platform.alarms.create(AUTO_LOCK_ALARM, { when: lastActivity + autoLockMinutes * 60_000 });
  }
}
