// The disclosure log: one entry per field that a page received, chained by hash and with a head
// that the device key signs after each write. A write's entries are sealed in blocks. Entries are indexed by keyed hashes of the
// recipient's origin and the field's meaning, so neither is stored in plain text.
import type { FieldMeaning } from '../autofill/types';
import { AppError, type Disclosure } from '../messaging/protocol';
import { chainEntries, signDeletion, signHead, signRotation, type NewDisclosure, type StoredEntry } from './chain';
import { openBlocks, sealBlock, sealEntries } from './blocks';
import { readRecipient, readRecipientInfos, recipientRowsFor, withEntries, type RecipientInfo } from './recipients';
import { readSigner, rememberSigner } from './signer-cache';
import type { DeviceKeyPair } from './signing';
import {
  openEntries,
  readHead,
  sealRecord,
  tipOf,
  withLogLock,
  type BlockRow,
  type DisclosureRow,
  type LogRecordRow,
  type LogVault,
  type RecipientRow,
} from './store';

export type { NewDisclosure } from './chain';
export type { LogVault, Sealed, DisclosureRow } from './store';

/** Returns a function that computes keyed hashes, each distinct text once. */
export function cachedKeyedHash(vault: LogVault): (text: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (text) => {
    let hash = cache.get(text);
    if (!hash) {
      hash = vault.keyedHash(text);
      cache.set(text, hash);
    }
    return hash;
  };
}

export function toDisclosure(entry: StoredEntry): Disclosure {
  const { seq, time, tabUrl, topSite, frameOrigin, actionOrigin, meaning, label, value, kept, applicationId } = entry;
  return { id: seq, time, tabUrl, topSite, frameOrigin, actionOrigin, meaning, label, value, kept, applicationId };
}

/**
 * Appends entries to the chain, signs the new head and stores both in one transaction. Returns how
 * many entries were written.
 */
export async function appendDisclosures(vault: LogVault, disclosures: NewDisclosure[], now = new Date()): Promise<number> {
  if (disclosures.length === 0) return 0;
  return withLogLock(async () => {
    const hashOf = cachedKeyedHash(vault);
    // Independent reads and keyed hashes run at once; the meanings' hashes land in hashOf's cache.
    const meanings = [...new Set(disclosures.map((disclosure) => disclosure.meaning))];
    const [signer, recipientInfos] = await Promise.all([
      readSigner(vault),
      readRecipientInfos(vault, disclosures, hashOf),
      Promise.all(meanings.map(hashOf)),
    ]);
    const { tip, key } = signer;
    const stored = await chainEntries(disclosures, tip, signer.keyFingerprint);

    const last = stored[stored.length - 1] as StoredEntry;
    const nextTip = { length: last.seq, hash: last.hash, count: tip.count + stored.length };
    const [{ rows, blocks }, headRow, recipientRows] = await Promise.all([
      sealEntries(vault, stored, hashOf),
      signHead({ ...nextTip, at: now.toISOString() }, key).then((head) => sealRecord(vault, head)),
      recipientRowsFor(vault, stored, recipientInfos),
    ]);

    const { db } = vault;
    await db.transaction('rw', [db.disclosures, db.disclosureBlocks, db.logRecords, db.recipients], async () => {
      await db.disclosureBlocks.bulkAdd(blocks);
      await db.disclosures.bulkAdd(rows);
      await db.logRecords.put(headRow);
      await db.recipients.bulkPut(recipientRows);
    });
    rememberSigner(vault, { ...signer, tip: nextTip }, headRow);
    return rows.length;
  });
}

/**
 * The most entries `log.list` returns in one reply. An entry is about 640 characters of JSON in a
 * typical fill (an estimate from the benchmark log), so this stays far below the browser's limit
 * for one extension message (64 MiB in Chromium).
 */
export const MAX_LISTED_ENTRIES = 20_000;

/**
 * Lists disclosures, newest first, for one recipient origin or for all. Throws
 * AppError('invalidRequest') when more than `limit` entries match, before decrypting any.
 */
export async function listDisclosures(vault: LogVault, recipientOrigin?: string, limit = Infinity): Promise<Disclosure[]> {
  let collection;
  if (recipientOrigin) {
    const recipientHash = await vault.keyedHash(recipientOrigin);
    collection = vault.db.disclosures.where('[recipientHash+time]').between([recipientHash, -Infinity], [recipientHash, Infinity]);
  } else {
    collection = vault.db.disclosures.orderBy('time');
  }
  // Read in index order and reverse in memory: where IndexedDB's getAll takes no direction (before
  // its version 3 options), Dexie reads a reverse range with a cursor, one row per step.
  const rows = await (Number.isFinite(limit) ? collection.limit(limit + 1) : collection).toArray();
  rows.reverse();
  if (rows.length > limit) {
    throw new AppError('invalidRequest', `More than ${limit} log entries match, which is more than one list returns; filter by recipient or export the log instead`);
  }
  return (await openEntries(vault, rows)).map(toDisclosure);
}

/**
 * Returns each meaning a recipient has kept a value for, with the last time. It reads the
 * recipient's summary row, and opens the recipient's entries only for a row without a summary.
 */
export async function summariseReceived(
  vault: LogVault,
  recipientOrigin: string,
): Promise<{ meaning: FieldMeaning; lastAt: string }[]> {
  const info = await readRecipient(vault, recipientOrigin);
  if (!info) return [];
  let received = info.received;
  if (!received) {
    received = {};
    for (const entry of await listDisclosures(vault, recipientOrigin)) {
      if (entry.kept && received[entry.meaning] === undefined) received[entry.meaning] = entry.time;
    }
  }
  return Object.entries(received)
    .map(([meaning, lastAt]) => ({ meaning: meaning as FieldMeaning, lastAt: lastAt as string }))
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/** Rebuilds the summary rows of recipients after some of their entries were deleted. */
async function rebuildRecipients(vault: LogVault, recipientHashes: Set<string>): Promise<RecipientRow[]> {
  const rows: RecipientRow[] = [];
  for (const recipientHash of recipientHashes) {
    const existing = await vault.db.recipients.get(recipientHash);
    if (!existing) continue;
    const info = await vault.openJson<RecipientInfo>(existing.sealed);
    // NOTE: this opens every remaining entry of the recipient, which is slow on a very long log.
    const remaining = await vault.db.disclosures.where('[recipientHash+time]').between([recipientHash, -Infinity], [recipientHash, Infinity]).toArray();
    const rebuilt = withEntries({ ...info, received: {}, monthly: {}, byMeaning: {}, lastAt: info.firstAt }, await openEntries(vault, remaining));
    rows.push({ recipientHash, sealed: await vault.sealJson(rebuilt) });
  }
  return rows;
}

/** Splits ascending ids into runs of consecutive numbers. */
function consecutiveRuns(ids: number[]): number[][] {
  const runs: number[][] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === id - 1) run.push(id);
    else runs.push([id]);
  }
  return runs;
}

/**
 * Deletes entries by id. Each run of consecutive ids leaves a signed deletion record naming the
 * range, its count, its first and last hashes and the time, so the chain still verifies. The head
 * is signed again with the smaller count. Returns how many entries were deleted.
 */
export async function deleteEntries(vault: LogVault, ids: number[], now = new Date()): Promise<number> {
  return withLogLock(async () => {
    const present = (await vault.db.disclosures.bulkGet(ids)).filter((row): row is DisclosureRow => row !== undefined);
    if (present.length === 0) return 0;
    const key = await vault.getDeviceKey();
    const at = now.toISOString();
    const deleted = new Set(present.map((row) => row.id as number));
    const bySeq = await openBlocks(vault, present.map((row) => row.block));
    const entryAt = (seq: number) => {
      const entry = bySeq.get(seq);
      if (!entry) throw new AppError('invalidRequest', `Log entry ${seq} is not in its sealed block`);
      return entry;
    };
    const recordRows: LogRecordRow[] = [];
    for (const run of consecutiveRuns([...deleted])) {
      const range = { first: entryAt(run[0] as number), last: entryAt(run[run.length - 1] as number), count: run.length };
      recordRows.push(await sealRecord(vault, await signDeletion(range, at, key)));
    }
    const tip = tipOf(await readHead(vault));
    const head = await signHead({ length: tip.length, hash: tip.hash, count: tip.count - present.length, at }, key);
    recordRows.push(await sealRecord(vault, head));
    const { keep, drop } = await resealBlocks(vault, present, bySeq, deleted);

    const { db } = vault;
    await db.transaction('rw', [db.disclosures, db.disclosureBlocks, db.logRecords], async () => {
      await db.disclosures.bulkDelete([...deleted]);
      await db.disclosureBlocks.bulkPut(keep);
      await db.disclosureBlocks.bulkDelete(drop);
      await db.logRecords.bulkPut(recordRows);
    });
    await db.recipients.bulkPut(await rebuildRecipients(vault, new Set(present.map((row) => row.recipientHash))));
    return present.length;
  });
}

/**
 * Seals again each block that loses entries, without them, and lists the blocks left empty. An
 * entry already without an index row is dropped from its block too.
 */
async function resealBlocks(
  vault: LogVault,
  removed: DisclosureRow[],
  bySeq: Map<number, StoredEntry>,
  deleted: Set<number>,
): Promise<{ keep: BlockRow[]; drop: number[] }> {
  const survivors = [...bySeq.keys()].filter((seq) => !deleted.has(seq)).sort((a, b) => a - b);
  const byBlock = new Map<number, StoredEntry[]>();
  for (const row of await vault.db.disclosures.bulkGet(survivors)) {
    if (!row) continue;
    const list = byBlock.get(row.block) ?? [];
    list.push(bySeq.get(row.id as number) as StoredEntry);
    byBlock.set(row.block, list);
  }
  const keep: BlockRow[] = [];
  const drop: number[] = [];
  for (const blockId of new Set(removed.map((row) => row.block))) {
    const remaining = byBlock.get(blockId) ?? [];
    if (remaining.length === 0) drop.push(blockId);
    else keep.push(await sealBlock(vault, blockId, remaining));
  }
  return { keep, drop };
}

/**
 * Records that the device key changes to `next`: a rotation record signed by the current key and
 * by `next`, and a head signed by `next`. The caller stores `next` as the vault's device key after
 * this resolves. Until it does, the log is signed by a key the vault does not hold.
 */
export async function rotateDeviceKey(vault: LogVault, next: DeviceKeyPair, now = new Date()): Promise<void> {
  await withLogLock(async () => {
    const current = await vault.getDeviceKey();
    const tip = tipOf(await readHead(vault));
    const at = now.toISOString();
    const rotation = await signRotation(tip, at, current, next);
    const head = await signHead({ ...tip, at }, next);
    const rows = [await sealRecord(vault, rotation), await sealRecord(vault, head)];
    await vault.db.logRecords.bulkPut(rows);
  });
}
