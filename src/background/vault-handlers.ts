// Handlers for the vault, settings, CV and document requests of the extension's own pages.
import { AppError, type BinaryRequests, type PageRequests } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import { importJsonResume } from '../vault/cv/import';
import { session } from './session';

type VaultRequest = Extract<
  keyof PageRequests,
  `vault.${string}` | `settings.${string}` | `cv.${string}` | `documents.${string}`
>;

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new AppError('invalidRequest', `${name} must be a string`, [name]);
  return value;
}

function requireBytes(value: unknown, name: string): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new AppError('invalidRequest', `${name} must be a Uint8Array, not ${Object.prototype.toString.call(value)}`, [name]);
  }
  return value;
}

export const vaultHandlers: HandlerTable<VaultRequest> = {
  'vault.status': () => session.status(),

  'vault.create': ({ passphrase }) => session.create(requireString(passphrase, 'passphrase')),

  'vault.unlock': async ({ passphrase }) => {
    await session.unlock(requireString(passphrase, 'passphrase'));
    return session.status();
  },

  'vault.recover': async ({ recoveryKey, newPassphrase }) => {
    await session.recover(requireString(recoveryKey, 'recoveryKey'), requireString(newPassphrase, 'newPassphrase'));
    return session.status();
  },

  'vault.lock': async () => {
    await session.lock();
    return session.status();
  },

  'vault.changePassphrase': ({ currentPassphrase, newPassphrase }) =>
    session.changePassphrase(
      requireString(currentPassphrase, 'currentPassphrase'),
      requireString(newPassphrase, 'newPassphrase'),
    ),

  // The options page gets the person's confirmation before it sends this request.
  'vault.deleteEverything': async () => {
    await session.deleteEverything();
    return session.status();
  },

  'settings.get': () => session.getSettings(),

  'settings.save': (settings) => session.saveSettings(settings),

  'cv.get': async () => (await session.requireUnlocked()).readCv(),

  'cv.save': async ({ cv }) => {
    await (await session.requireUnlocked()).saveCv(cv);
  },

  // Returns the imported CV without storing it: the options page shows it in the editor and the
  // person saves it with cv.save, so a wrong file replaces nothing. It still needs an unlocked
  // vault, so a locked extension does not parse files for anyone.
  'cv.importJsonResume': async ({ text }) => {
    await session.requireUnlocked();
    return importJsonResume(requireString(text, 'text'));
  },

  'documents.list': async () => (await session.requireUnlocked()).listDocuments(),

  'documents.setRole': async ({ id, role }) =>
    (await session.requireUnlocked()).setDocumentRole(requireString(id, 'id'), role),

  'documents.remove': async ({ id }) => (await session.requireUnlocked()).removeDocument(requireString(id, 'id')),
};

/**
 * Handlers for the requests that carry bytes. In Chromium they arrive over the service worker's
 * own message channel, in Firefox as runtime messages. The vault checks the document's size.
 */
export const binaryHandlers: HandlerTable<keyof BinaryRequests> = {
  'documents.add': async ({ name, mimeType, role, bytes }) => {
    const vault = await session.requireUnlocked();
    return vault.addDocument({ name, mimeType, role, bytes: requireBytes(bytes, 'bytes') });
  },
};
