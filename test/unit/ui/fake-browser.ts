// A stand-in for the extension APIs the pages use, for tests in Node: i18n from the real
// _locales files (with Chromium's $1-$9 substitution), runtime.sendMessage and runtime.connect
// served by a handler table, and the permission, tab and options-page calls recorded.
import { readFileSync } from 'node:fs';
import type { BinaryRequests, Envelope, PageRequests, Reply, WireError } from '../../../src/messaging/protocol';

type Messages = Record<string, { message: string; placeholders?: unknown }>;

export function loadMessages(locale: 'en' | 'sv'): Messages {
  const url = new URL(`../../../_locales/${locale}/messages.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Messages;
}

/** Applies getMessage's substitutions the way Chromium does: $1 to $9, and $$ for a dollar sign. */
export function substitute(message: string, substitutions: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : (substitutions[Number(token) - 1] ?? ''),
  );
}

/** `signal` is present for a request sent over a port, and aborts when the page disconnects it. */
export type FakeHandler = (payload: unknown, signal?: AbortSignal) => unknown;

/** Thrown by a fake handler to make the request reject with this wire error. */
export class FakeFailure extends Error {
  constructor(readonly wire: WireError) {
    super(wire.message);
  }
}

export interface FakeBrowser {
  handlers: Partial<Record<keyof PageRequests | keyof BinaryRequests, FakeHandler>>;
  sent: Envelope[];
  permissionRequests: { origins?: string[] }[];
  grantPermissions: boolean;
  optionsOpened: number;
  activeTabId: number;
  locale: 'en' | 'sv';
}

export const fake: FakeBrowser = {
  handlers: {},
  sent: [],
  permissionRequests: [],
  grantPermissions: true,
  optionsOpened: 0,
  activeTabId: 1,
  locale: 'en',
};

const messagesByLocale = { en: loadMessages('en'), sv: loadMessages('sv') };

type MessageListener = (message: unknown) => unknown;
const messageListeners = new Set<MessageListener>();

/** Delivers a message to the pages' runtime.onMessage listeners, as the background's notices arrive. */
export function deliverMessage(message: unknown): void {
  for (const listener of messageListeners) listener(message);
}

async function serve(message: unknown, signal?: AbortSignal): Promise<Reply<unknown>> {
  const envelope = message as Envelope;
  fake.sent.push(envelope);
  const handler = fake.handlers[envelope.type as keyof FakeBrowser['handlers']];
  if (!handler) {
    return { ok: false, error: { code: 'internal', message: `No fake handler for ${envelope.type}` } };
  }
  try {
    return { ok: true, result: await handler(envelope.payload, signal) };
  } catch (error) {
    if (error instanceof FakeFailure) return { ok: false, error: error.wire };
    throw error;
  }
}

function sendMessage(message: unknown): Promise<Reply<unknown>> {
  return serve(message);
}

type PortListener = (message: unknown) => void;

/** Ports the pages opened and have not disconnected, each with the way to close it from the background. */
const openPorts = new Set<() => void>();

/** Closes every open port from the background's side, as when the service worker stops. */
export function disconnectPorts(): void {
  for (const close of [...openPorts]) close();
}

/** Opens a runtime port to the fake background, which serves one request per port as the real one does. */
function connect(info: { name: string }) {
  const controller = new AbortController();
  const messageListeners = new Set<PortListener>();
  const disconnectListeners = new Set<PortListener>();
  const disconnect = () => {
    openPorts.delete(closeFromBackground);
    controller.abort();
  };
  const port = {
    name: info.name,
    postMessage(message: unknown) {
      void serve(message, controller.signal).then((reply) => {
        if (controller.signal.aborted) return;
        for (const listener of messageListeners) listener(reply);
      });
    },
    disconnect,
    onMessage: {
      addListener: (listener: PortListener) => messageListeners.add(listener),
      removeListener: (listener: PortListener) => messageListeners.delete(listener),
    },
    onDisconnect: {
      addListener: (listener: PortListener) => disconnectListeners.add(listener),
      removeListener: (listener: PortListener) => disconnectListeners.delete(listener),
    },
  };
  // Only the other side's disconnect reaches onDisconnect, as in the browsers.
  function closeFromBackground(): void {
    disconnect();
    for (const listener of disconnectListeners) listener(port);
  }
  openPorts.add(closeFromBackground);
  return port;
}

const api = {
  runtime: {
    id: 'meritvalv-test',
    getURL: (path: string) => new URL(path, 'chrome-extension://meritvalv-test/').href,
    sendMessage,
    connect,
    onMessage: {
      addListener: (listener: MessageListener) => messageListeners.add(listener),
      removeListener: (listener: MessageListener) => messageListeners.delete(listener),
    },
    openOptionsPage: async () => {
      fake.optionsOpened += 1;
    },
  },
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const entry = messagesByLocale[fake.locale][key];
      if (!entry) return '';
      const list = substitutions === undefined ? [] : [substitutions].flat();
      return substitute(entry.message, list);
    },
    getUILanguage: () => fake.locale,
  },
  permissions: {
    request: async (permissions: { origins?: string[] }) => {
      fake.permissionRequests.push(permissions);
      return fake.grantPermissions;
    },
  },
  tabs: {
    query: async () => [{ id: fake.activeTabId }],
  },
};

/** Resets the recorded calls and handlers between tests. */
export function resetFake(): void {
  fake.handlers = {};
  fake.sent = [];
  fake.permissionRequests = [];
  fake.grantPermissions = true;
  fake.optionsOpened = 0;
  fake.activeTabId = 1;
  fake.locale = 'en';
  openPorts.clear();
}

/**
 * Makes `src/platform/browser` resolve to the fake. Call before importing any page module:
 * webextension-polyfill exports `globalThis.browser` when it exists and has a runtime id. When
 * another test already loaded the module, the fake's functions are copied onto that object.
 */
export async function installFakeBrowser(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  globals.chrome ??= { runtime: { id: api.runtime.id } };
  globals.browser ??= api;
  const { default: browser } = await import('../../../src/platform/browser');
  if (browser !== (api as unknown)) {
    const target = browser as unknown as Record<string, Record<string, unknown>>;
    for (const [namespace, members] of Object.entries(api)) {
      target[namespace] = Object.assign(target[namespace] ?? {}, members);
    }
  }
}
