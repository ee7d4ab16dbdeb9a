// The background of the bridge build (`npm run build:bridge`): the product's background plus a
// relay for page requests that the bridge content script forwards from pages on 127.0.0.1.
// Firefox cannot automate extension pages, so its end-to-end test drives the vault and the fill
// from a test page through this relay. The bridge lets any page on 127.0.0.1 use the vault
// without the person's consent, so neither the production build nor the demo's test build
// contains it.
import '../background/index';
import browser, { type Runtime } from '../platform/browser';
import { createListener } from '../messaging/router';
import { binaryHandlers, vaultHandlers } from '../background/vault-handlers';
import { fillHandlers } from '../background/fill-handlers';
import { logHandlers } from '../background/log-handlers';

const relay = createListener({ ...vaultHandlers, ...binaryHandlers, ...fillHandlers, ...logHandlers }, () => true);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const envelope = message as { type?: string; payload?: { type: string; payload: unknown } };
  const tab = sender.tab;
  if (envelope?.type !== 'test.relay' || !envelope.payload) return undefined;
  if (!tab?.url?.startsWith('http://127.0.0.1:') || tab.id === undefined) return undefined;
  const inner = envelope.payload;
  // The page does not know its tab id, so a preview is always for the sender's own tab.
  const payload = inner.type === 'fill.preview' ? { tabId: tab.id } : inner.payload;
  return relay({ type: inner.type, payload }, sender);
});
