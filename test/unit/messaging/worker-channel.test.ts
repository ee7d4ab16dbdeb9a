// The channel from the extension's pages to the Chromium service worker. A fake worker clones
// each posted message as postMessage does, transferring the listed buffers, and dispatches it on
// the served scope. Without a service worker, requests that carry bytes fall back to
// runtime.sendMessage, as in Firefox.
import assert from 'node:assert/strict';
import type { Reply } from '../../../src/messaging/protocol';
import type { HandlerTable } from '../../../src/messaging/router';
import { fake, installFakeBrowser, resetFake } from '../ui/fake-browser';

const OWN_PAGE = 'chrome-extension://meritvalv-test/options.html';

interface Client {
  type: string;
  url: string;
  frameType: string;
}

/** Stand-in for the service worker: `postMessage` clones the message and dispatches it on `scope`. */
class FakeWorker {
  readonly scope = new EventTarget();
  readonly lifetimes: Promise<unknown>[] = [];
  client: Client = { type: 'window', url: OWN_PAGE, frameType: 'top-level' };

  postMessage(message: unknown, transfer: Transferable[]): void {
    const ports = transfer.filter((item) => item instanceof MessagePort);
    const cloned = structuredClone({ message, ports }, { transfer });
    const event = Object.assign(new Event('message'), {
      data: cloned.message,
      source: this.client,
      ports: cloned.ports,
      waitUntil: (promise: Promise<unknown>) => this.lifetimes.push(promise),
    });
    this.scope.dispatchEvent(event);
  }
}

describe('service worker channel', () => {
  let requestBinary: typeof import('../../../src/messaging/client').requestBinary;
  let serveWorkerMessages: typeof import('../../../src/messaging/worker-channel').serveWorkerMessages;
  let isOwnPage: typeof import('../../../src/background/senders').isOwnPage;
  // Loaded like the modules under test, so that `instanceof AppError` is true across them.
  let AppError: typeof import('../../../src/messaging/protocol').AppError;
  let worker: FakeWorker;
  let received: { bytes: Uint8Array; url?: string }[];

  function addDocument(handlers?: Partial<HandlerTable<'documents.add'>>): HandlerTable<'documents.add'> {
    return {
      'documents.add': (payload, sender) => {
        received.push({ bytes: payload.bytes, url: sender.url });
        return { id: 'd1', name: payload.name, mimeType: payload.mimeType, role: payload.role, size: payload.bytes.length, addedAt: '2026-12-01T10:00:00.000Z' };
      },
      ...handlers,
    };
  }

  function setServiceWorker(active: FakeWorker | null): void {
    const serviceWorker = active && { getRegistration: async () => ({ active }), ready: Promise.resolve({ active }) };
    Object.defineProperty(globalThis, 'navigator', { value: { serviceWorker }, configurable: true, writable: true });
  }

  /** Posts one raw message as a page would and returns the reply that comes back on its port. */
  function post(message: unknown): Promise<Reply<unknown>> {
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve) => {
      port1.onmessage = (event) => {
        port1.close();
        resolve(event.data as Reply<unknown>);
      };
      worker.postMessage(message, [port2]);
    });
  }

  before(async () => {
    await installFakeBrowser();
    ({ requestBinary } = await import('../../../src/messaging/client'));
    ({ serveWorkerMessages } = await import('../../../src/messaging/worker-channel'));
    ({ isOwnPage } = await import('../../../src/background/senders'));
    ({ AppError } = await import('../../../src/messaging/protocol'));
  });

  beforeEach(() => {
    resetFake();
    received = [];
    worker = new FakeWorker();
    setServiceWorker(worker);
  });

  afterEach(() => {
    delete (globalThis as { navigator?: unknown }).navigator;
  });

  it('moves the bytes to the worker', async () => {
    serveWorkerMessages(worker.scope, addDocument(), isOwnPage);
    const bytes = new TextEncoder().encode('%PDF-1.7 test');
    const info = await requestBinary('documents.add', { name: 'cv.pdf', mimeType: 'application/pdf', role: 'cv', bytes });
    assert.equal(info.size, 13);
    assert.equal(received.length, 1);
    assert.equal(new TextDecoder().decode(received[0]!.bytes), '%PDF-1.7 test');
    assert.equal(received[0]!.url, OWN_PAGE);
    assert.equal(bytes.byteLength, 0, 'the buffer was copied, not transferred');
    assert.deepEqual(fake.sent, [], 'the request also went through runtime.sendMessage');
    await Promise.all(worker.lifetimes);
  });

  it('passes an AppError code through', async () => {
    const tooLarge = new AppError('documentTooLarge', 'too large', ['big.pdf']);
    serveWorkerMessages(worker.scope, addDocument({ 'documents.add': () => Promise.reject(tooLarge) }), isOwnPage);
    const bytes = new Uint8Array(4);
    await assert.rejects(
      requestBinary('documents.add', { name: 'big.pdf', mimeType: 'application/pdf', role: 'cv', bytes }),
      (error: unknown) => error instanceof AppError && error.code === 'documentTooLarge' && error.params?.[0] === 'big.pdf',
    );
  });

  it('rejects a web page client', async () => {
    serveWorkerMessages(worker.scope, addDocument(), isOwnPage);
    worker.client = { type: 'window', url: 'https://jobs.example.se/apply', frameType: 'top-level' };
    const reply = await post({ type: 'documents.add', payload: { name: 'a.pdf', mimeType: 'application/pdf', role: 'cv', bytes: new Uint8Array(1) } });
    assert.equal(reply.ok, false);
    assert.equal(!reply.ok && reply.error.code, 'invalidRequest');
    assert.equal(received.length, 0);
  });

  it('rejects a nested frame and a worker client', async () => {
    serveWorkerMessages(worker.scope, addDocument(), isOwnPage);
    const payload = { name: 'a.pdf', mimeType: 'application/pdf', role: 'cv', bytes: new Uint8Array(1) };
    for (const client of [
      { type: 'window', url: OWN_PAGE, frameType: 'nested' },
      { type: 'worker', url: 'chrome-extension://meritvalv-test/background.js', frameType: 'none' },
    ]) {
      worker.client = client;
      const reply = await post({ type: 'documents.add', payload });
      assert.equal(!reply.ok && reply.error.code, 'invalidRequest', `${client.type} ${client.frameType} was accepted`);
    }
    assert.equal(received.length, 0);
  });

  it('replies to an unknown type', async () => {
    serveWorkerMessages(worker.scope, addDocument(), isOwnPage);
    const reply = await post({ type: 'vault.lock', payload: undefined });
    assert.equal(!reply.ok && reply.error.code, 'invalidRequest');
  });

  it('falls back to runtime.sendMessage', async () => {
    setServiceWorker(null);
    fake.handlers['documents.add'] = (payload) => {
      const { bytes } = payload as { bytes: Uint8Array };
      return { id: 'd2', name: 'brev.txt', mimeType: 'text/plain', role: 'other', size: bytes.length, addedAt: '2026-12-01T10:00:00.000Z' };
    };
    const bytes = new Uint8Array([104, 105]);
    const info = await requestBinary('documents.add', { name: 'brev.txt', mimeType: 'text/plain', role: 'other', bytes });
    assert.equal(info.id, 'd2');
    assert.equal(fake.sent.length, 1);
    assert.equal((fake.sent[0]!.payload as { bytes: Uint8Array }).bytes, bytes);
  });
});
