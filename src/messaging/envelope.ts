// The wire shape shared by every sender and receiver.
import type { Envelope, RequestName } from './protocol';

export function isEnvelope(message: unknown): message is Envelope<RequestName> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/** The name of a runtime port that carries one request the page may cancel by disconnecting. */
export const REQUEST_PORT = 'request';
