// A CDP session on the extension's service worker. Playwright's CDPSession attaches to pages only,
// so this attaches from the browser-level session with Target.attachToTarget (flatten: false) and
// sends commands through Target.sendMessageToTarget, reading replies from
// Target.receivedMessageFromTarget.

const COMMAND_TIMEOUT_MS = 60000;

/** Attaches to the service worker whose URL starts with `urlPrefix`. Returns { send, detach }. */
export async function attachToServiceWorker(browser, urlPrefix) {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(urlPrefix));
  if (!target) {
    await session.detach();
    throw new Error(`No service worker target at ${urlPrefix}; targets: ${targetInfos.map((info) => info.url).join(', ')}`);
  }
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });

  let nextId = 1;
  const pending = new Map();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${waiter.method} failed: ${message.error.message}`));
    else waiter.resolve(message.result);
  });

  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method} on the service worker timed out after ${COMMAND_TIMEOUT_MS} ms`));
        }, COMMAND_TIMEOUT_MS);
        pending.set(id, {
          method,
          resolve: (value) => (clearTimeout(timer), resolve(value)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}

/** Collects garbage in the worker and returns its used and total JS heap in bytes. */
export async function measureWorkerHeap(browser, urlPrefix) {
  const worker = await attachToServiceWorker(browser, urlPrefix);
  try {
    await worker.send('HeapProfiler.enable');
    await worker.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await worker.send('Runtime.getHeapUsage');
    return { usedSize, totalSize };
  } finally {
    await worker.detach();
  }
}
