// The requests from the extension's pages that the background is handling, so that background
// work (verifying the whole log) can wait between its steps until those replies have gone out.

/** Requests in flight per request type. */
const inFlight = new Map<string, number>();
const waiting = new Set<{ except: ReadonlySet<string>; resolve: () => void }>();

function onlyExceptedInFlight(except: ReadonlySet<string>): boolean {
  for (const type of inFlight.keys()) if (!except.has(type)) return false;
  return true;
}

/** Counts `reply`, the reply to a request of type `type`, as in flight until it settles. */
export function trackRequest<T>(type: string, reply: Promise<T>): Promise<T> {
  inFlight.set(type, (inFlight.get(type) ?? 0) + 1);
  return reply.finally(() => {
    const count = (inFlight.get(type) ?? 1) - 1;
    if (count > 0) inFlight.set(type, count);
    else inFlight.delete(type);
    for (const waiter of waiting) {
      if (onlyExceptedInFlight(waiter.except)) waiter.resolve();
    }
  });
}

/**
 * Resolves once no tracked request is in flight other than those of the types in `except`, or
 * after `maxWaitMs` milliseconds at the latest. The limit keeps a long request (an export) or
 * one that never settles from stopping the background work that waits.
 */
export function requestsAnswered(maxWaitMs: number, except: ReadonlySet<string> = new Set()): Promise<void> {
  if (onlyExceptedInFlight(except)) return Promise.resolve();
  return new Promise((resolve) => {
    const waiter = {
      except,
      resolve: () => {
        clearTimeout(timer);
        waiting.delete(waiter);
        resolve();
      },
    };
    const timer = setTimeout(waiter.resolve, maxWaitMs);
    waiting.add(waiter);
  });
}
