// The receiving side: a typed handler table. Each handler gets its payload and the sender and
// returns its result; thrown errors become WireErrors, so the sender's promise rejects.
import type { Runtime } from '../platform/browser';
import { isEnvelope } from './envelope';
import { AppError, type PayloadOf, type Reply, type RequestName, type ResultOf } from './protocol';

export type Handler<K extends RequestName> = (
  payload: PayloadOf<K>,
  sender: Runtime.MessageSender,
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
 * Returns a runtime.onMessage listener that dispatches to `handlers`. Messages whose type is not
 * in the table are left to other listeners. `accept` rejects senders that may not use the table.
 */
export function createListener<K extends RequestName>(
  handlers: HandlerTable<K>,
  accept: (sender: Runtime.MessageSender) => boolean,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const type = message.type as K;
    if (!accept(sender)) {
      return Promise.resolve(toWire(new AppError('invalidRequest', `Sender may not send ${type}`)));
    }
    const handler = handlers[type] as Handler<K>;
    return (async () => {
      try {
        const result = await handler(message.payload as PayloadOf<K>, sender);
        return { ok: true as const, result };
      } catch (error) {
        return toWire(error);
      }
    })();
  };
}
