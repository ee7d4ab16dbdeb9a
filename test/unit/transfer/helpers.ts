// A real vault for transfer tests: the product's Vault over an in-memory IndexedDB
// (fake-indexeddb) with fast key derivation, filled through the product's own APIs so the log
// has a real hash chain and signed head.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveApplication, type Application } from '../../../src/disclosure/applications';
import { appendDisclosures, deleteEntries } from '../../../src/disclosure/log';
import type { NewDisclosure } from '../../../src/disclosure/chain';
import { setController } from '../../../src/disclosure/recipients';
import { Vault } from '../../../src/vault/vault';
import type { UnlockedVault } from '../../../src/vault/unlocked-vault';
import type { ExportedSettings } from '../../../src/transfer/format';
import type { TransferContext } from '../../../src/transfer/store/port';
import { importJsonResume } from '../../../src/vault/cv/import';

export const FAST_ITERATIONS = 1000;
export const PASSPHRASE = 'correct horse battery staple';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The shared sample CVs, beside the repository. */
export const SAMPLE_CV_DIR = path.resolve(here, '../../../../shared/cv');

export function readSample(name: string): string {
  return readFileSync(path.join(SAMPLE_CV_DIR, name), 'utf8');
}

export interface TestVault {
  vault: UnlockedVault;
  context: TransferContext;
  settings: { current: ExportedSettings };
  close(): Promise<void>;
}

export async function makeVault(): Promise<TestVault> {
  const store = new Vault({ name: `transfer-${crypto.randomUUID()}`, kdfPolicy: { minIterations: FAST_ITERATIONS } });
  const { vault } = await store.create(PASSPHRASE, { iterations: FAST_ITERATIONS });
  const settings = { current: { autoLockMinutes: 15, kdfIterations: FAST_ITERATIONS } };
  const context: TransferContext = {
    vault,
    settings: {
      read: async () => ({ ...settings.current }),
      apply: async (next) => {
        settings.current = { ...next };
      },
    },
    appVersion: '0.1.0-test',
    minKdfIterations: FAST_ITERATIONS,
    kdfIterations: FAST_ITERATIONS,
  };
  return {
    vault,
    context,
    settings,
    close: async () => {
      store.db.close();
      await store.db.delete();
    },
  };
}

function disclosure(origin: string, meaning: string, value: string, time: string, applicationId: string): NewDisclosure {
  return {
    time,
    tabUrl: `${origin}/jobs/42/apply`,
    topSite: origin,
    frameOrigin: origin,
    actionOrigin: origin,
    meaning: meaning as NewDisclosure['meaning'],
    label: meaning,
    value,
    kept: true,
    applicationId,
  };
}

/** Fills a vault with a CV, two documents, two applications, a log with a deletion and a controller name. */
export async function fillVault(vault: UnlockedVault): Promise<void> {
  await vault.saveCv(importJsonResume(readSample('anna-lindqvist.resume.json'), new Date('2026-12-01')));
  await vault.addDocument({ name: 'cv.pdf', mimeType: 'application/pdf', role: 'cv', bytes: new TextEncoder().encode('%PDF-1.7 test') });
  await vault.addDocument({ name: 'brev.txt', mimeType: 'text/plain', role: 'coverLetter', bytes: crypto.getRandomValues(new Uint8Array(3000)) });

  const applications: Application[] = [
    {
      id: 'app-1', company: 'Västerås stad', jobTitle: 'Utvecklare', url: 'https://jobs.example.se/jobs/42',
      topSite: 'https://jobs.example.se', createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:05:00.000Z',
      documents: ['cv.pdf'], status: 'sent',
    },
    {
      id: 'app-2', company: 'Example AB', jobTitle: 'Backend developer', url: 'https://ats.example.com/apply/7',
      topSite: 'https://ats.example.com', createdAt: '2026-11-03T08:00:00.000Z', updatedAt: '2026-11-04T08:00:00.000Z',
      documents: [], status: 'interview',
    },
  ];
  for (const application of applications) await saveApplication(vault, application);

  await appendDisclosures(vault, [
    disclosure('https://jobs.example.se', 'givenName', 'Anna', '2026-11-02T10:01:00.000Z', 'app-1'),
    disclosure('https://jobs.example.se', 'email', 'anna.lindqvist@example.se', '2026-11-02T10:01:00.000Z', 'app-1'),
    disclosure('https://jobs.example.se', 'phone', '=HYPERLINK("x")', '2026-11-02T10:01:00.000Z', 'app-1'),
  ], new Date('2026-11-02T10:01:01.000Z'));
  await appendDisclosures(vault, [
    disclosure('https://ats.example.com', 'givenName', 'Anna', '2026-11-03T08:01:00.000Z', 'app-2'),
    disclosure('https://ats.example.com', 'city', 'Västerås, "centrum"', '2026-11-03T08:01:00.000Z', 'app-2'),
  ], new Date('2026-11-03T08:01:01.000Z'));
  await deleteEntries(vault, [2], new Date('2026-11-05T09:00:00.000Z'));
  await setController(vault, 'https://ats.example.com', { controller: 'Example AB' });
}

function rawJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? Buffer.from(item).toString('hex') : item,
  );
}

/** Returns every row of every table as text: equal snapshots mean the database did not change. */
export async function snapshotDb(vault: UnlockedVault): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of vault.db.tables) tables[table.name] = await table.toArray();
  return rawJson(tables);
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Returns a parsed export with the export's own timestamps set to a fixed value. */
export function withoutTimestamps(text: string): unknown {
  const parsed = JSON.parse(text) as { exportedAt?: string; logs?: { exportedAt?: string }[] };
  parsed.exportedAt = 'T';
  const count = parsed.logs?.length ?? 0;
  // The vault's own log is exported last, stamped with the export's time.
  const own = parsed.logs?.[count - 1];
  if (own) own.exportedAt = 'T';
  return parsed;
}
