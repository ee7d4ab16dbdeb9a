import './helpers';
import assert from 'node:assert/strict';
import {
  AUTO_LOCK_ALARM,
  LAST_ACTIVITY_ITEM,
  SESSION_KEY_ITEM,
  SETTINGS_ITEM,
  VaultSession,
  type SessionPlatform,
  type StorageArea,
} from '../../../src/vault/vault-session';
import type { Vault } from '../../../src/vault/vault';
import { newVault, PASSPHRASE, rejectsWithCode, TEST_ITERATIONS, uniqueDbName } from './helpers';

class FakeArea implements StorageArea {
  readonly items = new Map<string, unknown>();

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (this.items.has(key)) result[key] = structuredClone(this.items.get(key));
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }
}

/** A browser's storage and alarms, shared by the sessions of successive service workers. */
class FakeBrowser {
  session: FakeArea | null = new FakeArea();
  local = new FakeArea();
  alarms = new Map<string, number>();
  time = Date.UTC(2026, 11, 4, 9, 0);

  platform(): SessionPlatform {
    return {
      sessionStorage: this.session,
      localStorage: this.local,
      alarms: {
        create: (name, info) => this.alarms.set(name, info.when),
        clear: (name) => this.alarms.delete(name),
      },
      now: () => this.time,
    };
  }

  /** Simulates a browser restart, which clears storage.session and alarms but keeps storage.local. */
  restart(): void {
    this.session = this.session ? new FakeArea() : null;
    this.alarms.clear();
  }
}

describe('vault session', () => {
  let browser: FakeBrowser;
  let name: string;
  let vault: Vault;
  let workers: VaultSession[];

  async function newWorker(): Promise<VaultSession> {
    const worker = new VaultSession(newVault(name), browser.platform());
    workers.push(worker);
    return worker;
  }

  beforeEach(async () => {
    browser = new FakeBrowser();
    name = uniqueDbName();
    vault = newVault(name);
    workers = [];
    await browser.local.set({ [SETTINGS_ITEM]: { autoLockMinutes: 15, kdfIterations: TEST_ITERATIONS } });
  });

  afterEach(async () => {
    for (const worker of workers) worker.vault.db.close();
    await vault.deleteEverything();
    vault.db.close();
  });

  it('starts without a vault', async () => {
    const session = await newWorker();
    assert.deepEqual(await session.status(), { exists: false, unlocked: false, autoLockMinutes: 15 });
    await rejectsWithCode(session.requireUnlocked(), 'vaultLocked');
  });

  it('keeps the key only in storage.session', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    assert.deepEqual(await session.status(), { exists: true, unlocked: true, autoLockMinutes: 15 });
    assert.equal(typeof browser.session!.items.get(SESSION_KEY_ITEM), 'string');
    const local = JSON.stringify([...browser.local.items]);
    assert.ok(!local.includes(browser.session!.items.get(SESSION_KEY_ITEM) as string));
    assert.deepEqual([...browser.local.items.keys()], [SETTINGS_ITEM]);
  });

  it('survives a service worker restart', async () => {
    const first = await newWorker();
    await first.create(PASSPHRASE);
    const saved = await (await first.requireUnlocked()).saveCv({
      resume: { basics: { name: 'Anna' } },
      application: { driversLicence: [], workAuthorisation: [] },
    });

    const second = await newWorker();
    assert.equal((await second.status()).unlocked, true);
    assert.deepEqual(await (await second.requireUnlocked()).readCv(), saved);
  });

  it('locks on a browser restart', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    browser.restart();
    const after = await newWorker();
    assert.equal((await after.status()).unlocked, false);
    await rejectsWithCode(after.requireUnlocked(), 'vaultLocked');
    await after.unlock(PASSPHRASE);
    assert.equal((await after.status()).unlocked, true);
  });

  it('locks when asked', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    await session.lock();
    assert.equal(browser.session!.items.size, 0);
    assert.equal(browser.alarms.has(AUTO_LOCK_ALARM), false);
    await rejectsWithCode(session.requireUnlocked(), 'vaultLocked');
    await rejectsWithCode((await newWorker()).requireUnlocked(), 'vaultLocked');
  });

  it('locks after the idle time', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), browser.time + 15 * 60_000);

    browser.time += 10 * 60_000;
    await session.requireUnlocked();
    assert.equal(browser.session!.items.get(LAST_ACTIVITY_ITEM), browser.time);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), browser.time + 15 * 60_000);

    // An early alarm (the deadline moved) schedules again instead of locking.
    browser.time += 14 * 60_000;
    await session.onAlarm(AUTO_LOCK_ALARM);
    assert.equal((await session.status()).unlocked, true);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), browser.time + 60_000);

    browser.time += 60_000;
    await session.onAlarm(AUTO_LOCK_ALARM);
    assert.equal(browser.session!.items.has(SESSION_KEY_ITEM), false);
    await rejectsWithCode(session.requireUnlocked(), 'vaultLocked');
  });

  it('writes a burst of activity once', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    const written = browser.session!.items.get(LAST_ACTIVITY_ITEM);
    browser.time += 2_000;
    await session.requireUnlocked();
    assert.equal(browser.session!.items.get(LAST_ACTIVITY_ITEM), written);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), (written as number) + 15 * 60_000);

    // The alarm that comes first finds the newer time in memory and waits for it.
    const last = browser.time;
    browser.time = (written as number) + 15 * 60_000;
    await session.onAlarm(AUTO_LOCK_ALARM);
    assert.equal((await session.status()).unlocked, true);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), last + 15 * 60_000);
  });

  it('locks an idle session a restarted worker finds', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    browser.time += 16 * 60_000;
    const after = await newWorker();
    await rejectsWithCode(after.requireUnlocked(), 'vaultLocked');
    assert.equal(browser.session!.items.has(SESSION_KEY_ITEM), false);
  });

  it('defaults without stored settings', async () => {
    await browser.local.remove(SETTINGS_ITEM);
    const session = await newWorker();
    assert.deepEqual(await session.getSettings(), { autoLockMinutes: 15, kdfIterations: 600_000 });
  });

  it('clamps and keeps the settings', async () => {
    const session = await newWorker();
    assert.deepEqual(await session.saveSettings({ autoLockMinutes: 0, kdfIterations: 10 }), {
      autoLockMinutes: 1,
      kdfIterations: 1000,
    });
    assert.deepEqual(await session.saveSettings({ autoLockMinutes: 5000, kdfIterations: 2000 }), {
      autoLockMinutes: 1440,
      kdfIterations: 2000,
    });
    await rejectsWithCode(session.saveSettings({ autoLockMinutes: Number.NaN, kdfIterations: 2000 }), 'invalidRequest');
    assert.deepEqual(await (await newWorker()).getSettings(), { autoLockMinutes: 1440, kdfIterations: 2000 });
  });

  it('applies new iterations at once with the passphrase', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    assert.equal(await vault.iterations(), TEST_ITERATIONS);
    await rejectsWithCode(session.saveSettings({ autoLockMinutes: 30, kdfIterations: 3000, currentPassphrase: 'wrong passphrase' }), 'wrongPassphrase');
    assert.equal(await vault.iterations(), TEST_ITERATIONS);
    assert.equal((await session.getSettings()).autoLockMinutes, 15, 'nothing stored after the error');
    await session.saveSettings({ autoLockMinutes: 30, kdfIterations: 3000, currentPassphrase: PASSPHRASE });
    assert.equal(await vault.iterations(), 3000);
    assert.equal(browser.alarms.get(AUTO_LOCK_ALARM), browser.time + 30 * 60_000);
  });

  it('applies new iterations at the next unlock', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    await session.saveSettings({ autoLockMinutes: 15, kdfIterations: 2500 });
    assert.equal(await vault.iterations(), TEST_ITERATIONS);
    await session.lock();
    await session.unlock(PASSPHRASE);
    assert.equal(await vault.iterations(), 2500);
  });

  it('recovers and changes the passphrase', async () => {
    const session = await newWorker();
    const { recoveryKey } = await session.create(PASSPHRASE);
    await session.lock();
    await session.recover(recoveryKey, 'the new passphrase');
    assert.equal((await session.status()).unlocked, true);
    await session.changePassphrase('the new passphrase', 'and another one');
    await session.lock();
    await rejectsWithCode(session.unlock('the new passphrase'), 'wrongPassphrase');
    await session.unlock('and another one');
  });

  it('deletes everything', async () => {
    const session = await newWorker();
    await session.create(PASSPHRASE);
    await session.deleteEverything();
    assert.deepEqual(await session.status(), { exists: false, unlocked: false, autoLockMinutes: 15 });
    assert.equal(browser.session!.items.size, 0);
    assert.equal(browser.local.items.has(SETTINGS_ITEM), false);
  });

  it('keeps memory only without storage.session', async () => {
    browser.session = null;
    const session = await newWorker();
    await session.create(PASSPHRASE);
    assert.equal((await session.status()).unlocked, true);
    await rejectsWithCode((await newWorker()).requireUnlocked(), 'vaultLocked');
    browser.time += 15 * 60_000;
    await rejectsWithCode(session.requireUnlocked(), 'vaultLocked');
  });
});
