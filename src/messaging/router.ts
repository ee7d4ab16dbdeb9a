// The receiving side: a typed handler table. Each handler gets its payload and the sender and
// returns its result; thrown errors become WireErrors, so the sender's promise rejects. Requests
// arrive through runtime.sendMessage, or one per runtime port when the page may cancel them.
import type { Runtime } from '../platform/browser';
import { isEnvelope, REQUEST_PORT } from './envelope';
import { trackRequest } from './in-flight';
import { AppError, type PayloadOf, type Reply, type RequestName, type ResultOf } from './protocol';

/** `signal` is present when the request came over a port, and aborts when the page disconnects. */
export type Handler<K extends RequestName> = (
  payload: PayloadOf<K>,
  sender: Runtime.MessageSender,
  signal?: AbortSignal,
) => Promise<ResultOf<K>> | ResultOf<K>;

export type HandlerTable<K extends RequestName> = { [P in K]: Handler<P> };

/** A full disk: IndexedDB raises a DOMException, which Dexie wraps with the cause as `inner`. */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const named = error as { name?: unknown; inner?: unknown };
  return named.name === 'QuotaExceededError' || isQuotaError(named.inner, depth + 1);
}

function toWire(error: unknown): Reply<never> {
  if (error instanceof AppError) return { ok: false, error: error.toWire() };
  if (isQuotaError(error)) {
    return { ok: false, error: { code: 'storageFull', message: 'The browser has no room left to store data' } };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : 'Unknown error';
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * Dispatches one envelope to `handlers`. Returns undefined when its type is not in the table, so
 * other listeners may take it.
 */
function dispatch<K extends RequestName>(
  handlers: HandlerTable<K>,
  accept: (sender: Runtime.MessageSender) => boolean,
  message: unknown,
  sender: Runtime.MessageSender,
  signal?: AbortSignal,
): Promise<Reply<unknown>> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
  const type = message.type as K;
  if (!accept(sender)) {
    return Promise.resolve(toWire(new AppError('invalidRequest', `Sender may not send ${type}`)));
  }
  const handler = handlers[type] as Handler<K>;
  return (async () => {
    try {
      const result = await handler(message.payload as PayloadOf<K>, sender, signal);
      return { ok: true as const, result };
    } catch (error) {
      return toWire(error);
    }
  })();
}

/**
 * Returns a runtime.onMessage listener that dispatches to `handlers`. Messages whose type is not
 * in the table are left to other listeners. `accept` rejects senders that may not use the table.
 * Each request counts as in flight (src/messaging/in-flight.ts) until its reply is ready.
 */
export function createListener<K extends RequestName>(
  handlers: HandlerTable<K>,
  accept: (sender: Runtime.MessageSender) => boolean,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    const reply = dispatch(handlers, accept, message, sender);
    return reply && trackRequest((message as { type: string }).type, reply);
  };
}

/**
 * Returns a runtime.onConnect listener that serves one request per port named REQUEST_PORT: the
 * page posts one envelope and the reply goes back on the same port. When the page disconnects
 * first (it aborted the request, closed or navigated away), the handler's signal aborts, so long
 * work can stop. A type outside `handlers` gets an invalidRequest reply. These requests do not
 * count as in flight: they are the long work that waits for the others.
 */
export function createPortListener<K extends RequestName>(
  handlers: HandlerTable<K>,
  accept: (sender: Runtime.MessageSender) => boolean,
): (port: Runtime.Port) => void {
  return (port) => {
    if (port.name !== REQUEST_PORT) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort(new DOMException('The page disconnected before the reply', 'AbortError')));
    const serve = (message: unknown) => {
      port.onMessage.removeListener(serve);
      const sender = port.sender ?? {};
      const type = isEnvelope(message) ? message.type : typeof message;
      const reply =
        dispatch(handlers, accept, message, sender, controller.signal) ??
        Promise.resolve(toWire(new AppError('invalidRequest', `No request named ${type} can be sent over a port`)));
      void reply.then((settled) => {
        if (controller.signal.aborted) return;
        try {
          port.postMessage(settled);
        } catch {
          // The page disconnected after the check, so no reply is expected any more.
        }
      });
    };
    port.onMessage.addListener(serve);
  };
}
