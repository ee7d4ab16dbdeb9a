import assert from 'node:assert/strict';
import type { Runtime } from 'webextension-polyfill';
import { AppError } from '../../../src/messaging/protocol';
import { createListener, type HandlerTable } from '../../../src/messaging/router';

const sender = { id: 'test' } as Runtime.MessageSender;

function listenerThrowing(error: unknown) {
  const handlers: HandlerTable<'vault.lock'> = {
    'vault.lock': () => {
      throw error;
    },
  };
  return createListener(handlers, () => true);
}

describe('message router', () => {
  it('answers with the handler result', async () => {
    const handlers: HandlerTable<'vault.status'> = {
      'vault.status': () => ({ exists: true, unlocked: false, autoLockMinutes: 15 }),
    };
    const reply = await createListener(handlers, () => true)({ type: 'vault.status' }, sender);
    assert.deepEqual(reply, { ok: true, result: { exists: true, unlocked: false, autoLockMinutes: 15 } });
  });

  it('leaves unknown types to other listeners', () => {
    assert.equal(listenerThrowing(new Error('x'))({ type: 'log.list' }, sender), undefined);
  });

  it('rejects senders that may not send', async () => {
    const handlers: HandlerTable<'vault.lock'> = {
      'vault.lock': () => ({ exists: true, unlocked: false, autoLockMinutes: 15 }),
    };
    const reply = await createListener(handlers, () => false)({ type: 'vault.lock' }, sender);
    assert.equal(reply?.ok, false);
    assert.equal(!reply?.ok && reply?.error.code, 'invalidRequest');
  });

  it('passes an AppError code through', async () => {
    const reply = await listenerThrowing(new AppError('vaultLocked', 'locked'))({ type: 'vault.lock' }, sender);
    assert.equal(!reply?.ok && reply?.error.code, 'vaultLocked');
  });

  it('reports a full disk behind a Dexie wrapper', async () => {
    const dexieError = { name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } };
    const reply = await listenerThrowing(dexieError)({ type: 'vault.lock' }, sender);
    assert.equal(!reply?.ok && reply?.error.code, 'storageFull');
  });

  it('reports other failures as internal', async () => {
    const reply = await listenerThrowing(new TypeError('boom'))({ type: 'vault.lock' }, sender);
    assert.equal(!reply?.ok && reply?.error.code, 'internal');
  });
});
