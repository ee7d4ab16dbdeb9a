// The disclosure history as the extension's pages use it: queries, verification, receipts,
// data-subject requests, deletion, export, applications and recipients' controllers.
import type { HandlerTable } from '../messaging/router';
import { AppError } from '../messaging/protocol';
import { listDisclosures, deleteEntries, MAX_LISTED_ENTRIES } from '../disclosure/log';
import { entriesByIds, findEntryIds, historyOverview } from '../disclosure/query';
import { verifyStoredLogOnce } from '../disclosure/export';
import { createReceipt } from '../disclosure/receipt';
import { buildDataSubjectRequest } from '../disclosure/request';
import { listApplications, updateApplication } from '../disclosure/applications';
import { readRecipient, setController } from '../disclosure/recipients';
import type { Cv } from '../vault/cv/model';
import { requestsAnswered } from '../messaging/in-flight';
import { requireUnlockedVault } from './session';
import { transferHandlers } from './transfer-handlers';

type LogRequest =
  | 'log.list'
  | 'log.history'
  | 'log.entries'
  | 'log.overview'
  | 'log.verify'
  | 'log.receipt'
  | 'log.request'
  | 'log.delete'
  | 'log.export'
  | 'applications.list'
  | 'applications.update'
  | 'recipients.setController';

/**
 * The maximum time a verification waits between two batches for other requests to finish, in
 * milliseconds, so a long export slows it down without stopping it. At 1,000 entries a batch,
 * requests without a break slow a 100,000-entry verification by 50 s at most.
 */
const MAX_VERIFY_PAUSE_MS = 500;
/** Verifications do not wait for each other, only for the other requests. */
const VERIFY_REQUESTS: ReadonlySet<string> = new Set(['log.verify']);

/** Returns the person's name and contact details as an application form receives them. */
function personOf(cv: Cv): { name: string; email?: string; phone?: string } {
  const basics = cv.resume.basics ?? {};
  const parts = [cv.application.givenName, cv.application.familyName].filter(Boolean);
  const name = basics.name || parts.join(' ');
  return { name, email: basics.email, phone: basics.phone };
}

async function requireRecipient(origin: string) {
  const vault = await requireUnlockedVault();
  const recipient = await readRecipient(vault, origin);
  if (!recipient) throw new AppError('invalidRequest', `No disclosures to ${origin} are logged`);
  return { vault, recipient };
}

export const logHandlers: HandlerTable<LogRequest> = {
  async 'log.list'({ recipientOrigin }) {
    return listDisclosures(await requireUnlockedVault(), recipientOrigin, MAX_LISTED_ENTRIES);
  },

  async 'log.history'(filter) {
    return { ids: await findEntryIds(await requireUnlockedVault(), filter) };
  },

  async 'log.entries'({ ids }) {
    return entriesByIds(await requireUnlockedVault(), ids);
  },

  async 'log.overview'() {
    return historyOverview(await requireUnlockedVault());
  },

  // Over a port, the verification stops once every page that waits for it has disconnected.
  // Between batches it lets the pages' other requests finish first, so History stays quick.
  // NOTE: a request that arrives during a batch still shares the worker with that batch's reads
  // and hashes, which the pause does not hold.
  async 'log.verify'(_payload, _sender, signal) {
    const betweenBatches = () => requestsAnswered(MAX_VERIFY_PAUSE_MS, VERIFY_REQUESTS);
    return verifyStoredLogOnce(await requireUnlockedVault(), { signal, betweenBatches });
  },

  async 'log.receipt'({ recipientOrigin, language }) {
    const { vault } = await requireRecipient(recipientOrigin);
    const person = personOf(await vault.readCv());
    return createReceipt(vault, {
      recipientOrigin,
      language,
      piiPrincipalId: person.email || person.name || 'unnamed applicant',
      applications: await listApplications(vault),
    });
  },

  async 'log.request'({ recipientOrigin, kind, language }) {
    const { vault, recipient } = await requireRecipient(recipientOrigin);
    return buildDataSubjectRequest({
      kind,
      language,
      recipient,
      entries: await listDisclosures(vault, recipientOrigin),
      person: personOf(await vault.readCv()),
      today: new Date(),
    });
  },

  async 'log.delete'({ filter }) {
    const vault = await requireUnlockedVault();
    return { deleted: await deleteEntries(vault, await findEntryIds(vault, filter)) };
  },

  // The whole log can exceed the browser's limit for one message (64 MiB in Chromium), so it
  // goes out through the transfer service's chunked download, in the same JSON format.
  'log.export'(_payload, sender) {
    return transferHandlers['transfer.exportLog']({ format: 'json' }, sender);
  },

  async 'applications.list'(payload) {
    // The payload is optional on the wire: a request without one lists every application.
    const limit = (payload as { limit?: unknown } | undefined)?.limit;
    if (limit !== undefined && !(Number.isSafeInteger(limit) && (limit as number) > 0)) {
      throw new AppError('invalidRequest', `The limit must be a positive whole number, got ${String(limit)}`);
    }
    return listApplications(await requireUnlockedVault(), limit as number | undefined);
  },

  async 'applications.update'({ id, changes }) {
    return updateApplication(await requireUnlockedVault(), id, changes);
  },

  async 'recipients.setController'({ recipientOrigin, ...details }) {
    return setController(await requireUnlockedVault(), recipientOrigin, details);
  },
};
