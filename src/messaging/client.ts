// Send helpers. A failed request rejects with an AppError carrying the background's error code,
// never resolves to null, so callers handle failure in one place.
import browser from '../platform/browser';
import {
  AppError,
  type BinaryRequests,
  type ContentRequests,
  type Envelope,
  type PageRequests,
  type PayloadOf,
  type Reply,
  type ResultOf,
} from './protocol';
import { REQUEST_PORT } from './envelope';
import { findBackgroundWorker, postToWorker } from './worker-channel';

export { isEnvelope } from './envelope';

function unwrap<T>(reply: unknown, type: string): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new AppError('internal', `No reply to ${type}`);
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw AppError.fromWire(typed.error);
  return typed.result;
}

/** Sends a request from an extension page (popup, options) to the background. */
export async function request<K extends keyof PageRequests>(
  type: K,
  ...payload: PayloadOf<K> extends void ? [] : [PayloadOf<K>]
): Promise<ResultOf<K>> {
  const envelope: Envelope<K> = { type, payload: payload[0] as PayloadOf<K> };
  return unwrap<ResultOf<K>>(await browser.runtime.sendMessage(envelope), type);
}

/**
 * Sends a request from an extension page over a runtime port of its own, so the background can
 * stop the work once the page no longer waits: aborting `signal`, closing the page or navigating
 * away disconnects the port. Rejects with the signal's reason when it aborts first, and with an
 * AppError when the port closes before a reply (the background stopped, say).
 */
export function requestCancellable<K extends keyof PageRequests>(
  type: K,
  signal: AbortSignal,
  ...payload: PayloadOf<K> extends void ? [] : [PayloadOf<K>]
): Promise<ResultOf<K>> {
  if (signal.aborted) return Promise.reject(signal.reason);
  const envelope: Envelope<K> = { type, payload: payload[0] as PayloadOf<K> };
  const port = browser.runtime.connect({ name: REQUEST_PORT });
  return new Promise<ResultOf<K>>((resolve, reject) => {
    const cancel = () => {
      port.disconnect();
      reject(signal.reason);
    };
    signal.addEventListener('abort', cancel, { once: true });
    port.onMessage.addListener((reply) => {
      signal.removeEventListener('abort', cancel);
      port.disconnect();
      try {
        resolve(unwrap<ResultOf<K>>(reply, type));
      } catch (error) {
        reject(error);
      }
    });
    port.onDisconnect.addListener(() => {
      signal.removeEventListener('abort', cancel);
      reject(new AppError('internal', `The background closed the port before it replied to ${type}`));
    });
    port.postMessage(envelope);
  });
}

/**
 * Sends a request whose payload carries `bytes` from an extension page. In Chromium the request
 * goes straight to the service worker, because runtime.sendMessage there JSON-serialises its
 * message. Firefox has no background service worker, but its runtime.sendMessage uses structured
 * clone and carries the bytes as they are. In Chromium the buffer behind `bytes` is transferred
 * (detached in this page), so the caller must not use it afterwards.
 */
export async function requestBinary<K extends keyof BinaryRequests>(
  type: K,
  payload: BinaryRequests[K]['payload'],
): Promise<ResultOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  const worker = await findBackgroundWorker();
  const reply = worker
    ? await postToWorker(worker, envelope, [payload.bytes.buffer as ArrayBuffer])
    : await browser.runtime.sendMessage(envelope);
  return unwrap<ResultOf<K>>(reply, type);
}

/**
 * Sends a request whose reply is large, such as a chunk of a download, from an extension page. In
 * Chromium the request goes straight to the service worker, which serves it there too
 * (src/background/index.ts), because its reply is cloned where a runtime message's would be
 * JSON-serialised. In Firefox it goes through runtime.sendMessage, which clones as well.
 */
export async function requestFromWorker<K extends keyof PageRequests>(
  type: K,
  ...payload: PayloadOf<K> extends void ? [] : [PayloadOf<K>]
): Promise<ResultOf<K>> {
  const envelope: Envelope<K> = { type, payload: payload[0] as PayloadOf<K> };
  const worker = await findBackgroundWorker();
  const reply = worker ? await postToWorker(worker, envelope, []) : await browser.runtime.sendMessage(envelope);
  return unwrap<ResultOf<K>>(reply, type);
}

/** Sends a request from the background to the content script of one frame of a tab. */
export async function requestFrame<K extends keyof ContentRequests>(
  tabId: number,
  frameId: number,
  type: K,
  ...payload: PayloadOf<K> extends void ? [] : [PayloadOf<K>]
): Promise<ResultOf<K>> {
  const envelope: Envelope<K> = { type, payload: payload[0] as PayloadOf<K> };
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope, { frameId });
  return unwrap<ResultOf<K>>(reply, type);
}

