// Requests over a runtime port of their own: the background's port listener and the pages'
// requestCancellable. Disconnecting the port is how a page cancels.
import assert from 'node:assert/strict';
import type { Runtime } from 'webextension-polyfill';
import type { AppError } from '../../../src/messaging/protocol';
import { REQUEST_PORT } from '../../../src/messaging/envelope';
import { createPortListener, type HandlerTable } from '../../../src/messaging/router';
import { disconnectPorts, fake, FakeFailure, installFakeBrowser, resetFake } from '../ui/fake-browser';

type Listener = (message: unknown) => void;

/** Returns the background's end of a port that a page opened. `disconnectFromPage` is the page leaving. */
function backgroundPort(name = REQUEST_PORT) {
  const messageListeners = new Set<Listener>();
  const disconnectListeners = new Set<Listener>();
  const posted: unknown[] = [];
  const port = {
    name,
    sender: { id: 'meritvalv-test', url: 'chrome-extension://meritvalv-test/options.html' },
    posted,
    postMessage: (message: unknown) => posted.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (listener: Listener) => messageListeners.add(listener), removeListener: (listener: Listener) => messageListeners.delete(listener) },
    onDisconnect: { addListener: (listener: Listener) => disconnectListeners.add(listener), removeListener: (listener: Listener) => disconnectListeners.delete(listener) },
    sendFromPage: (message: unknown) => {
      for (const listener of [...messageListeners]) listener(message);
    },
    disconnectFromPage: () => {
      for (const listener of [...disconnectListeners]) listener(port);
    },
  };
  return port;
}

async function nextTurns(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

const STATUS = { exists: true, unlocked: true, autoLockMinutes: 15 };

describe('port listener', () => {
  it('replies on the port', async () => {
    const handlers: HandlerTable<'vault.status'> = { 'vault.status': () => STATUS };
    const port = backgroundPort();
    createPortListener(handlers, () => true)(port as unknown as Runtime.Port);
    port.sendFromPage({ type: 'vault.status' });
    await nextTurns();
    assert.deepEqual(port.posted, [{ ok: true, result: STATUS }]);
  });

  it('aborts the handler when the page leaves', async () => {
    let received: AbortSignal | undefined;
    const handlers: HandlerTable<'vault.status'> = {
      'vault.status': (_payload, _sender, signal) => {
        received = signal;
        return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      },
    };
    const port = backgroundPort();
    createPortListener(handlers, () => true)(port as unknown as Runtime.Port);
    port.sendFromPage({ type: 'vault.status' });
    await nextTurns();
    assert.equal(received?.aborted, false);
    port.disconnectFromPage();
    assert.equal(received?.aborted, true);
    await nextTurns();
    assert.deepEqual(port.posted, []);
  });

  it('rejects a sender that may not send', async () => {
    const handlers: HandlerTable<'vault.status'> = { 'vault.status': () => STATUS };
    const port = backgroundPort();
    createPortListener(handlers, () => false)(port as unknown as Runtime.Port);
    port.sendFromPage({ type: 'vault.status' });
    await nextTurns();
    const [reply] = port.posted as { ok: boolean; error?: { code: string } }[];
    assert.equal(reply?.ok, false);
    assert.equal(reply?.error?.code, 'invalidRequest');
  });

  it('rejects a type it has no handler for', async () => {
    const handlers: HandlerTable<'vault.status'> = { 'vault.status': () => STATUS };
    const port = backgroundPort();
    createPortListener(handlers, () => true)(port as unknown as Runtime.Port);
    port.sendFromPage({ type: 'log.verify' });
    await nextTurns();
    const [reply] = port.posted as { ok: boolean; error?: { code: string } }[];
    assert.equal(reply?.error?.code, 'invalidRequest');
  });

  it('leaves ports of other names alone', async () => {
    const handlers: HandlerTable<'vault.status'> = { 'vault.status': () => STATUS };
    const port = backgroundPort('another');
    createPortListener(handlers, () => true)(port as unknown as Runtime.Port);
    port.sendFromPage({ type: 'vault.status' });
    await nextTurns();
    assert.deepEqual(port.posted, []);
  });
});

describe('cancellable request', () => {
  let requestCancellable: typeof import('../../../src/messaging/client').requestCancellable;

  before(async () => {
    await installFakeBrowser();
    ({ requestCancellable } = await import('../../../src/messaging/client'));
  });

  beforeEach(() => resetFake());

  it('resolves with the reply', async () => {
    fake.handlers['vault.status'] = () => STATUS;
    assert.deepEqual(await requestCancellable('vault.status', new AbortController().signal), STATUS);
  });

  it('disconnects when aborted', async () => {
    let received: AbortSignal | undefined;
    fake.handlers['log.verify'] = (_payload, signal) => {
      received = signal;
      return new Promise(() => undefined);
    };
    const controller = new AbortController();
    const verifying = requestCancellable('log.verify', controller.signal);
    await nextTurns();
    controller.abort(new DOMException('History closed', 'AbortError'));
    await assert.rejects(verifying, /History closed/);
    assert.equal(received?.aborted, true);
  });

  it('rejects when the background disconnects', async () => {
    fake.handlers['log.verify'] = () => new Promise(() => undefined);
    const verifying = requestCancellable('log.verify', new AbortController().signal);
    await nextTurns();
    disconnectPorts();
    await assert.rejects(verifying, (error: unknown) => (error as AppError).name === 'AppError' && (error as AppError).code === 'internal');
  });

  it('passes a failure through', async () => {
    fake.handlers['log.verify'] = () => {
      throw new FakeFailure({ code: 'vaultLocked', message: 'locked' });
    };
    await assert.rejects(requestCancellable('log.verify', new AbortController().signal), (error: unknown) => (error as AppError).code === 'vaultLocked');
  });
});
