// Bridge builds only (see src/testing/background.ts): relays requests that a page on 127.0.0.1 posts with window.postMessage
// ({ source: 'meritvalv-test-page', id, type, payload }) to the background, and posts the reply
// back ({ source: 'meritvalv-test-bridge', id, reply }).
import browser from '../platform/browser';

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { source?: string; id?: string; type?: string; payload?: unknown } | null;
  if (event.source !== window || data?.source !== 'meritvalv-test-page') return;
  browser.runtime
    .sendMessage({ type: 'test.relay', payload: { type: data.type, payload: data.payload } })
    .catch((error: unknown) => ({ ok: false, error: { code: 'internal', message: String(error) } }))
    .then((reply: unknown) => window.postMessage({ source: 'meritvalv-test-bridge', id: data.id, reply }, '*'));
});
document.documentElement.dataset.meritvalvTestBridge = 'ready';
