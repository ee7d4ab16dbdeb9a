// Handlers for the vault, settings, CV and document requests of the extension's own pages.
import { AppError, type PageRequests } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import { fromBase64 } from '../vault/crypto/encoding';
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

function decodeDocument(base64: unknown): Uint8Array {
  try {
    return fromBase64(requireString(base64, 'base64'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalidRequest', 'The document is not valid base64', ['base64']);
  }
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

  'documents.add': async ({ name, mimeType, role, base64 }) => {
    const vault = await session.requireUnlocked();
    return vault.addDocument({ name, mimeType, role, bytes: decodeDocument(base64) });
  },

  'documents.setRole': async ({ id, role }) =>
    (await session.requireUnlocked()).setDocumentRole(requireString(id, 'id'), role),

  'documents.remove': async ({ id }) => (await session.requireUnlocked()).removeDocument(requireString(id, 'id')),
};
