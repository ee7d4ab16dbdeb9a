// Notices from content scripts. A page whose fields changed (a wizard's next step, an added
// entry) tells the popup, which asks for a fresh preview.
import browser from '../platform/browser';
import type { HandlerTable } from '../messaging/router';

export const contentNoticeHandlers: HandlerTable<'content.fieldsChanged'> = {
  'content.fieldsChanged'(_payload, sender) {
    const notice = { type: 'popup.fieldsChanged', tabId: sender.tab?.id };
    // No popup may be open to hear it; that is not an error.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  },
};
