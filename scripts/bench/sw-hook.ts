// Benchmark-only hook, bundled into the service worker of the benchmark build (dist-bench/) and
// never into dist/ or dist-test/. It exposes `globalThis.meritvalvBench` so that the benchmark can
// seed a 100,000-entry disclosure log through the log's own append function (real fills would take
// hours) and time log writes and raw WebCrypto on the vault's own key inside the service worker.
import { requireUnlockedVault } from '../../src/background/session';
import { appendDisclosures, listDisclosures, MAX_LISTED_ENTRIES, type NewDisclosure } from '../../src/disclosure/log';
import { findEntryIds } from '../../src/disclosure/query';
import { documentBytesAad } from '../../src/vault/records';
import { recordApplication, saveApplication, type Application } from '../../src/disclosure/applications';
import type { FieldMeaning } from '../../src/autofill/types';

const MEANINGS: FieldMeaning[] = [
  'name.given', 'name.family', 'email', 'phone', 'address.street', 'address.postalCode', 'address.city',
  'address.country', 'linkedin', 'website', 'currentTitle', 'currentEmployer', 'education.school',
  'education.degree', 'work.employer', 'work.title', 'work.startDate', 'languages', 'noticePeriod', 'startDate',
];

const VALUES: Partial<Record<FieldMeaning, string>> = {
  'name.given': 'Anna', 'name.family': 'Lindqvist', email: 'anna.lindqvist@example.se', phone: '+46 70 123 45 67',
  'address.street': 'Storgatan 12', 'address.postalCode': '722 15', 'address.city': 'Västerås',
  'address.country': 'Sverige', linkedin: 'https://www.linkedin.com/in/anna-lindqvist', website: 'https://anna.example.se',
};

/** Returns the origin of the `index`-th seeded recipient, an ATS host like those real career sites use. */
export function seededOrigin(index: number): string {
  return `https://company-${String(index).padStart(4, '0')}.jobs.example`;
}

function fillEntries(recipient: string, applicationId: string, time: string, fields: number, fillIndex: number): NewDisclosure[] {
  const tabUrl = `${recipient}/jobs/${fillIndex}/apply`;
  return Array.from({ length: fields }, (_, index) => {
    const meaning = MEANINGS[index % MEANINGS.length] as FieldMeaning;
    return {
      time,
      tabUrl,
      topSite: recipient,
      frameOrigin: recipient,
      actionOrigin: recipient,
      meaning,
      label: `${meaning} (${index + 1})`,
      value: VALUES[meaning] ?? `value ${fillIndex}-${index}`,
      kept: true,
      applicationId,
    };
  });
}

function newApplication(recipient: string, fillIndex: number, at: string): Application {
  return {
    id: crypto.randomUUID(),
    company: `Company ${fillIndex}`,
    jobTitle: `Software engineer ${fillIndex}`,
    url: `${recipient}/jobs/${fillIndex}/apply`,
    topSite: recipient,
    createdAt: at,
    updatedAt: at,
    documents: ['cv.pdf'],
    status: 'sent',
  };
}

export interface SeedPlan {
  fills: number;
  fieldsPerFill: number;
  recipients: number;
  /** Times run evenly from `fromMs` to `toMs` (epoch milliseconds). */
  fromMs: number;
  toMs: number;
  /** Fills appended per appendDisclosures call. */
  fillsPerBatch: number;
}

/**
 * Appends `plan.fills` fills through appendDisclosures (hash chain, keyed-hash indexes, sealed
 * rows, a signed head per batch) and saves one application per fill. Returns the entries written.
 */
async function seedLog(plan: SeedPlan): Promise<{ entries: number; applications: number; ms: number }> {
  const vault = await requireUnlockedVault();
  const started = performance.now();
  const step = plan.fills > 1 ? (plan.toMs - plan.fromMs) / (plan.fills - 1) : 0;
  let entries = 0;
  for (let first = 0; first < plan.fills; first += plan.fillsPerBatch) {
    const batch: NewDisclosure[] = [];
    const applications: Application[] = [];
    const last = Math.min(plan.fills, first + plan.fillsPerBatch);
    for (let fill = first; fill < last; fill += 1) {
      const recipient = seededOrigin(fill % plan.recipients);
      const at = new Date(Math.round(plan.fromMs + step * fill)).toISOString();
      const application = newApplication(recipient, fill, at);
      applications.push(application);
      batch.push(...fillEntries(recipient, application.id, at, plan.fieldsPerFill, fill));
    }
    await Promise.all(applications.map((application) => saveApplication(vault, application)));
    const lastTime = batch[batch.length - 1]?.time ?? new Date().toISOString();
    entries += await appendDisclosures(vault, batch, new Date(lastTime));
  }
  return { entries, applications: plan.fills, ms: performance.now() - started };
}

/**
 * Times the log write of one fill, as fill.apply does it after the page took the values:
 * recordApplication and then appendDisclosures of `fields` entries to `recipient`.
 */
async function timeAppendFill(recipient: string, fields: number): Promise<number> {
  const vault = await requireUnlockedVault();
  const now = new Date();
  const url = `${recipient}/jobs/bench-${now.getTime()}/apply`;
  const started = performance.now();
  const application = await recordApplication(vault, { url, topSite: recipient, documents: [] }, now);
  await appendDisclosures(vault, fillEntries(recipient, application.id, now.toISOString(), fields, 0), now);
  return performance.now() - started;
}

/**
 * Times, inside the service worker, what log.list and log.history do for one recipient without
 * the message round trip: the decrypted entries, and the ids that History's filter requests.
 */
async function timeRecipientQueries(recipient: string): Promise<{ entriesMs: number; idsMs: number; entries: number; ids: number }> {
  const vault = await requireUnlockedVault();
  let started = performance.now();
  const entries = await listDisclosures(vault, recipient, MAX_LISTED_ENTRIES);
  const entriesMs = performance.now() - started;
  started = performance.now();
  const ids = await findEntryIds(vault, { recipientOrigin: recipient });
  const idsMs = performance.now() - started;
  return { entriesMs, idsMs, entries: entries.length, ids: ids.length };
}

/** Returns the keyed hash under which the log indexes `text` (a recipient origin or a meaning). */
async function keyedHash(text: string): Promise<string> {
  return (await requireUnlockedVault()).keyedHash(text);
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65536)));
  }
  return bytes;
}

const SCRATCH_DB = 'meritvalv-bench-scratch';

function openScratchDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(SCRATCH_DB, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('blobs', { keyPath: 'id' });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

function putAndDelete(db: IDBDatabase, row: { id: string; iv: Uint8Array; ciphertext: ArrayBuffer }): Promise<void> {
  return new Promise((resolve, reject) => {
    const writing = db.transaction('blobs', 'readwrite');
    writing.objectStore('blobs').put(row);
    writing.oncomplete = () => {
      const deleting = db.transaction('blobs', 'readwrite');
      deleting.objectStore('blobs').delete(row.id);
      deleting.oncomplete = () => resolve();
      deleting.onerror = () => reject(deleting.error);
    };
    writing.onerror = () => reject(writing.error);
  });
}

/**
 * Times four things on the same `size` random bytes. The first two are the vault's addDocument
 * (seal and store) and the vault's seal of the bytes as addDocument seals them. The raw side is an
 * AES-256-GCM encryption with the vault's own data key, and that encryption plus one raw IndexedDB
 * put of the ciphertext in a scratch database, timed to its commit. Nothing is kept afterwards.
 */
async function timeDocument(size: number): Promise<{ addDocumentMs: number; sealMs: number; rawAesGcmMs: number; rawAesGcmPutMs: number }> {
  const vault = await requireUnlockedVault();
  const bytes = randomBytes(size);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  let started = performance.now();
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, vault.key.encryptionKey, bytes);
  const rawAesGcmMs = performance.now() - started;

  const scratch = await openScratchDb();
  started = performance.now();
  const again = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, vault.key.encryptionKey, bytes);
  await putAndDelete(scratch, { id: 'bench', iv, ciphertext: again });
  const rawAesGcmPutMs = performance.now() - started;
  scratch.close();
  void ciphertext;

  started = performance.now();
  await vault.seal(bytes, documentBytesAad('bench'));
  const sealMs = performance.now() - started;

  started = performance.now();
  const info = await vault.addDocument({ name: 'bench.pdf', mimeType: 'application/pdf', role: 'other', bytes });
  const addDocumentMs = performance.now() - started;
  await vault.removeDocument(info.id);
  return { addDocumentMs, sealMs, rawAesGcmMs, rawAesGcmPutMs };
}

/**
 * Times a raw AES-256-GCM encryption with the vault's data key on `base64`'s bytes. Returns the
 * mean of `repetitions` encryptions, because one encryption of a few kilobytes is below the
 * worker's timer resolution.
 */
async function timeRawAesGcm(base64: string, repetitions = 1): Promise<number> {
  const vault = await requireUnlockedVault();
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  // Every ciphertext is discarded unread, so repeating the IV exposes nothing here.
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const started = performance.now();
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, vault.key.encryptionKey, bytes);
  }
  return (performance.now() - started) / repetitions;
}

(globalThis as { meritvalvBench?: unknown }).meritvalvBench = {
  seedLog,
  seededOrigin,
  timeAppendFill,
  timeRecipientQueries,
  keyedHash,
  timeDocument,
  timeRawAesGcm,
};
