// A direct channel from the extension's pages to its Chromium service worker, for requests that
// carry bytes. Chromium JSON-serialises runtime messages, so bytes would have to travel as base64
// text. postMessage to the service worker uses structured clone instead and transfers the buffer.
// The reply comes back on a MessagePort sent along with the request.
import browser, { type Runtime } from '../platform/browser';
import { AppError, type Envelope, type Reply, type RequestName } from './protocol';
import { createListener, type HandlerTable } from './router';

/**
 * How long a page waits for the worker's reply, in milliseconds. Chromium stops a service worker
 * that handles one event for more than 5 minutes, so no reply comes after that.
 */
const REPLY_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Returns the extension's active service worker, or null where the background is not a service
 * worker. Firefox's background is an event page, and Firefox ESR 153 gives that page no
 * navigator.serviceWorker. Where the container exists but nothing is registered, getRegistration
 * resolves to undefined.
 */
export async function findBackgroundWorker(): Promise<ServiceWorker | null> {
  const container = (globalThis.navigator as Navigator | undefined)?.serviceWorker;
  if (!container) return null;
  const registration = await container.getRegistration().catch(() => undefined);
  if (!registration) return null;
  return registration.active ?? (await container.ready).active;
}

/**
 * Posts `envelope` to `worker`, moving the buffers in `transfer` rather than copying them, and
 * returns the worker's reply. Rejects with an AppError when no reply arrives.
 */
export function postToWorker(worker: ServiceWorker, envelope: Envelope, transfer: Transferable[]): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    // NOTE: Chromium 156 fires no close event on port1 when the worker closes its end, so a worker
    // that stops in the middle of a request shows only as this timeout.
    const timer = setTimeout(() => {
      fail(`The service worker did not reply to ${envelope.type} within 5 minutes`);
    }, REPLY_TIMEOUT_MS);
    function finish(): void {
      clearTimeout(timer);
      port1.close();
    }
    function fail(message: string): void {
      finish();
      reject(new AppError('internal', message));
    }
    port1.onmessage = (event) => {
      finish();
      resolve(event.data);
    };
    port1.onmessageerror = () => fail(`The reply to ${envelope.type} could not be deserialised`);
    try {
      worker.postMessage(envelope, [port2, ...transfer]);
    } catch (error) {
      finish();
      reject(error);
    }
  });
}

/** The parts of the service worker's ExtendableMessageEvent that the channel reads. */
interface ClientMessageEvent extends Event {
  data: unknown;
  source: { type?: string; url?: string; frameType?: string } | null;
  ports: readonly MessagePort[];
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * Describes the posting client as runtime messages describe their sender, so that the same
 * `accept` check applies. A service worker receives messages only from clients of its own origin,
 * which makes the extension the sender. Only a window that is not a nested frame counts as a
 * page, because a nested frame could sit inside a web page. Any other client gets an empty sender.
 */
function senderOf(event: ClientMessageEvent): Runtime.MessageSender {
  const client = event.source;
  if (client?.type !== 'window' || client.frameType === 'nested') return {};
  return { id: browser.runtime.id, url: client.url };
}

/**
 * Serves `handlers` on the message events of `scope`, the service worker's global scope. Each
 * request gets one reply on the port that came with it, with the same error codes as a runtime
 * message. `accept` rejects senders that may not use the table.
 */
export function serveWorkerMessages<K extends RequestName>(
  scope: EventTarget,
  handlers: HandlerTable<K>,
  accept: (sender: Runtime.MessageSender) => boolean,
): void {
  const listener = createListener(handlers, accept);
  scope.addEventListener('message', (event) => {
    const message = event as ClientMessageEvent;
    const port = message.ports[0];
    if (!port) return;
    const type = (message.data as { type?: unknown } | null)?.type;
    const unknownType: Reply<never> = {
      ok: false,
      error: { code: 'invalidRequest', message: `Unknown request type ${String(type)} on the service worker channel` },
    };
    const reply = listener(message.data, senderOf(message)) ?? Promise.resolve(unknownType);
    // waitUntil keeps the worker running until the reply is posted.
    message.waitUntil(reply.then((settled) => port.postMessage(settled)).finally(() => port.close()));
  });
}
