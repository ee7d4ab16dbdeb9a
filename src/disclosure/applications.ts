// Applications: each fill belongs to one, so the history can list what the person applied for.
// A fill on the same page soon after an earlier one (the next step of a wizard) joins the
// earlier application instead of starting a new one.
import { AppError } from '../messaging/protocol';
import type { LogVault } from './store';

export type ApplicationStatus = 'sent' | 'interview' | 'offer' | 'rejected' | 'withdrawn';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['sent', 'interview', 'offer', 'rejected', 'withdrawn'];

export interface Application {
  id: string;
  company: string;
  jobTitle: string;
  url: string;
  topSite: string;
  createdAt: string;
  updatedAt: string;
  /** Names of the documents that were sent. */
  documents: string[];
  status: ApplicationStatus;
}

/** The application fields the person edits in the history. */
export interface ApplicationChanges {
  company?: string;
  jobTitle?: string;
  status?: ApplicationStatus;
}

export type ApplicationVault = LogVault;

/** How long after a fill a fill on the same page still counts as the same application. */
const SAME_APPLICATION_WINDOW_MS = 12 * 60 * 60 * 1000;
/** How many recent applications are opened to look for the one a fill continues. */
const RECENT_APPLICATIONS_SCANNED = 20;
const MAX_TEXT_LENGTH = 200;

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

async function findRecent(vault: ApplicationVault, url: string, now: number): Promise<Application | undefined> {
  const recent = await vault.db.applications
    .orderBy('time')
    .reverse()
    .limit(RECENT_APPLICATIONS_SCANNED)
    .toArray();
  for (const row of recent) {
    if (now - row.time > SAME_APPLICATION_WINDOW_MS) break;
    const application = await vault.openJson<Application>(row.sealed);
    if (pageKey(application.url) === pageKey(url)) return application;
  }
  return undefined;
}

export async function saveApplication(vault: ApplicationVault, application: Application): Promise<void> {
  await vault.db.applications.put({
    id: application.id,
    time: Date.parse(application.updatedAt),
    sealed: await vault.sealJson(application),
  });
}

/** Returns the application a fill belongs to, creating it or adding the documents sent. */
export async function recordApplication(
  vault: ApplicationVault,
  page: { url: string; topSite: string; company?: string; jobTitle?: string; documents: string[] },
  now = new Date(),
): Promise<Application> {
  const existing = await findRecent(vault, page.url, now.getTime());
  const application: Application = existing ?? {
    id: crypto.randomUUID(),
    company: page.company ?? new URL(page.url).hostname,
    jobTitle: page.jobTitle ?? '',
    url: page.url,
    topSite: page.topSite,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    documents: [],
    status: 'sent',
  };
  application.updatedAt = now.toISOString();
  application.documents = [...new Set([...application.documents, ...page.documents])];
  if (!application.jobTitle && page.jobTitle) application.jobTitle = page.jobTitle;
  await saveApplication(vault, application);
  return application;
}

export async function listApplications(vault: ApplicationVault): Promise<Application[]> {
  const rows = await vault.db.applications.orderBy('time').reverse().toArray();
  return Promise.all(rows.map((row) => vault.openJson<Application>(row.sealed)));
}

function checkedText(value: string, field: string): string {
  const text = value.trim();
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppError('invalidRequest', `${field} is longer than ${MAX_TEXT_LENGTH} characters`, [field, String(MAX_TEXT_LENGTH)]);
  }
  return text;
}

/**
 * Applies the person's edits to an application. Its place in the list (its time) stays that of
 * the last fill, so editing a status does not move an old application to the top.
 */
export async function updateApplication(
  vault: ApplicationVault,
  id: string,
  changes: ApplicationChanges,
): Promise<Application> {
  const row = await vault.db.applications.get(id);
  if (!row) throw new AppError('invalidRequest', `No application has id ${id}`);
  const application = await vault.openJson<Application>(row.sealed);
  if (changes.status !== undefined && !APPLICATION_STATUSES.includes(changes.status)) {
    throw new AppError('invalidRequest', `Unknown application status ${String(changes.status)}`);
  }
  if (changes.company !== undefined) {
    const company = checkedText(changes.company, 'company');
    if (!company) throw new AppError('invalidRequest', 'The company name must not be empty', ['company']);
    application.company = company;
  }
  if (changes.jobTitle !== undefined) application.jobTitle = checkedText(changes.jobTitle, 'jobTitle');
  if (changes.status !== undefined) application.status = changes.status;
  await vault.db.applications.put({ id, time: row.time, sealed: await vault.sealJson(application) });
  return application;
}
