// Who may send what: the vault and the fill are only for the extension's own pages; a content
// script may only send notices about its own frame.
import browser, { type Runtime } from '../platform/browser';

export function isOwnPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  return sender.url !== undefined && new URL(sender.url).origin === ownOrigin && !sender.tab?.url?.startsWith('http');
}

export function isContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && sender.frameId !== undefined;
}
