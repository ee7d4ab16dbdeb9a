// The content script's side of messaging. It uses the browser's own runtime API rather than the
// polyfill, because the content script is injected into every frame and must stay small:
// sendResponse with `return true` works alike in Chromium and Firefox.
import { isEnvelope } from './envelope';
import type { ContentRequests, Envelope, Reply } from './protocol';

interface RuntimeApi {
  onMessage: {
    addListener(
      listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean,
    ): void;
  };
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

function runtime(): RuntimeApi {
  const scope = globalThis as { browser?: { runtime: RuntimeApi }; chrome?: { runtime: RuntimeApi } };
  const api = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!api) throw new Error('No extension runtime in this context');
  return api;
}

export type ContentHandler = <K extends keyof ContentRequests>(
  type: K,
  payload: ContentRequests[K]['payload'],
) => Promise<ContentRequests[K]['result']>;

/** Answers the background's content.* requests; failures travel back as WireErrors. */
export function serveContentRequests(handle: ContentHandler): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    if (!isEnvelope(message) || !message.type.startsWith('content.')) return false;
    const type = message.type as keyof ContentRequests;
    handle(type, message.payload as never).then(
      (result): void => sendResponse({ ok: true, result } satisfies Reply<unknown>),
      (error: unknown): void =>
        sendResponse({
          ok: false,
          error: { code: 'internal', message: error instanceof Error ? error.message : 'Request failed' },
        } satisfies Reply<unknown>),
    );
    return true;
  });
}

/** Tells the background that the frame's fields changed; a background that is asleep may miss it. */
export function notifyFieldsChanged(): void {
  const envelope: Envelope<'content.fieldsChanged'> = { type: 'content.fieldsChanged', payload: undefined };
  try {
    runtime().sendMessage(envelope)?.catch(() => undefined);
  } catch {
    // The extension was reloaded or removed; this frame's script is orphaned and stays quiet.
  }
}
