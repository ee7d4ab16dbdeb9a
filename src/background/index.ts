// The background: the service worker in Chromium, the event page in Firefox. It routes messages,
// holds the unlocked session and runs fills. It is the only context that holds the data key.
import browser from '../platform/browser';
import { createListener, createPortListener } from '../messaging/router';
import { serveWorkerMessages } from '../messaging/worker-channel';
import { isOwnPage, isContentScript } from './senders';
import { binaryHandlers, vaultHandlers } from './vault-handlers';
import { fillHandlers } from './fill-handlers';
import { logHandlers } from './log-handlers';
import { contentNoticeHandlers } from './content-notices';
import { startTransferLifecycle, transferHandlers, transferWorkerHandlers } from './transfer-handlers';
import { startSessionLifecycle } from './session';

const pageHandlers = { ...vaultHandlers, ...fillHandlers, ...logHandlers, ...transferHandlers };
browser.runtime.onMessage.addListener(createListener(pageHandlers, isOwnPage));
// The same requests over a port of their own, which the page can cancel by disconnecting.
browser.runtime.onConnect.addListener(createPortListener(pageHandlers, isOwnPage));
browser.runtime.onMessage.addListener(createListener(contentNoticeHandlers, isContentScript));
// Requests that carry bytes. In Chromium, pages post them to the service worker directly, and in
// Firefox they come as runtime messages. Chromium expects a service worker to add its event
// listeners while its script first runs, so this call stays at the top level.
browser.runtime.onMessage.addListener(createListener(binaryHandlers, isOwnPage));
// Download chunks take the same way out of the service worker, because their replies are large.
if ('ServiceWorkerGlobalScope' in globalThis) {
  serveWorkerMessages(globalThis, { ...binaryHandlers, ...transferWorkerHandlers }, isOwnPage);
}

startSessionLifecycle();
startTransferLifecycle();
