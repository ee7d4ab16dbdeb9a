// The background: the service worker in Chromium, the event page in Firefox. It routes messages,
// holds the unlocked session and runs fills. It is the only context that holds the data key.
import browser from '../platform/browser';
import { createListener } from '../messaging/router';
import { isOwnPage, isContentScript } from './senders';
import { vaultHandlers } from './vault-handlers';
import { fillHandlers } from './fill-handlers';
import { logHandlers } from './log-handlers';
import { contentNoticeHandlers } from './content-notices';
import { startTransferLifecycle, transferHandlers } from './transfer-handlers';
import { startSessionLifecycle } from './session';

browser.runtime.onMessage.addListener(
  createListener({ ...vaultHandlers, ...fillHandlers, ...logHandlers, ...transferHandlers }, isOwnPage),
);
browser.runtime.onMessage.addListener(createListener(contentNoticeHandlers, isContentScript));

startSessionLifecycle();
startTransferLifecycle();
