// Applications: each fill belongs to one, so the history can list what the person applied for.
// A fill on the same page soon after an earlier one (the next step of a wizard) joins the
// earlier application instead of starting a new one.
import { AppError } from '../messaging/protocol';
import type { ApplicationRow, LogVault } from './store';

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
/** How many recent applications are opened to rebuild the in-memory cache of recent ones. */
const RECENT_APPLICATIONS_SCANNED = 20;
const MAX_TEXT_LENGTH = 200;

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The latest application per page, kept in memory per unlocked vault. */
interface RecentApplications {
  /** The newest row by time, as this cache last saw it: its id, time and the IV of its seal. */
  newest: { id: string; time: number; iv: Uint8Array } | null;
  byPage: Map<string, { application: Application; time: number }>;
}

const recentByVault = new WeakMap<ApplicationVault, RecentApplications>();

function sameRow(known: RecentApplications['newest'], row: ApplicationRow | undefined): boolean {
  if (!known || !row) return known === null && row === undefined;
  const iv = row.sealed.iv;
  return known.id === row.id && known.iv.length === iv.length && known.iv.every((byte, i) => byte === iv[i]);
}

/**
 * Returns the recent applications by page. Every save seals the row with a fresh IV, so when the
 * newest stored row is not the one the cache last saw (an import replaced the table), the cache
 * is rebuilt from the latest rows.
 */
async function recentApplications(vault: ApplicationVault): Promise<RecentApplications> {
  const newestRow = await vault.db.applications.orderBy('time').last();
  const cached = recentByVault.get(vault);
  if (cached && sameRow(cached.newest, newestRow)) return cached;

  const rows = await vault.db.applications.orderBy('time').reverse().limit(RECENT_APPLICATIONS_SCANNED).toArray();
  const applications = await Promise.all(rows.map((row) => vault.openJson<Application>(row.sealed)));
  const newest = newestRow ? { id: newestRow.id, time: newestRow.time, iv: newestRow.sealed.iv } : null;
  const recent: RecentApplications = { newest, byPage: new Map() };
  // Oldest first, so the newest application of a page wins.
  for (let i = rows.length - 1; i >= 0; i--) {
    const application = applications[i] as Application;
    recent.byPage.set(pageKey(application.url), { application, time: (rows[i] as ApplicationRow).time });
  }
  recentByVault.set(vault, recent);
  return recent;
}

/** Records a row this service saved, and drops pages whose last fill left the window. */
function rememberSaved(vault: ApplicationVault, application: Application, row: ApplicationRow): void {
  const recent = recentByVault.get(vault);
  if (!recent) return;
  const key = pageKey(application.url);
  const current = recent.byPage.get(key);
  if (!current || current.application.id === application.id || current.time <= row.time) {
    recent.byPage.set(key, { application: structuredClone(application), time: row.time });
  }
  if (!recent.newest || recent.newest.id === row.id || row.time > recent.newest.time) {
    recent.newest = { id: row.id, time: row.time, iv: row.sealed.iv };
  }
  for (const [page, entry] of recent.byPage) {
    if (recent.newest.time - entry.time > SAME_APPLICATION_WINDOW_MS) recent.byPage.delete(page);
  }
}

async function findRecent(vault: ApplicationVault, url: string, now: number): Promise<Application | undefined> {
  const recent = await recentApplications(vault);
  const hit = recent.byPage.get(pageKey(url));
  if (!hit || now - hit.time > SAME_APPLICATION_WINDOW_MS) return undefined;
  return structuredClone(hit.application);
}

async function applicationRow(vault: ApplicationVault, application: Application, time: number): Promise<ApplicationRow> {
  return { id: application.id, time, sealed: await vault.sealJson(application) };
}

export async function saveApplication(vault: ApplicationVault, application: Application): Promise<void> {
  const row = await applicationRow(vault, application, Date.parse(application.updatedAt));
  await vault.db.applications.put(row);
  rememberSaved(vault, application, row);
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

/** Returns the applications, newest first: every one, or the newest `limit`. */
export async function listApplications(vault: ApplicationVault, limit?: number): Promise<Application[]> {
  const newestFirst = vault.db.applications.orderBy('time').reverse();
  const rows = await (limit === undefined ? newestFirst : newestFirst.limit(limit)).toArray();
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
  const updated = await applicationRow(vault, application, row.time);
  await vault.db.applications.put(updated);
  rememberSaved(vault, application, updated);
  return application;
}
