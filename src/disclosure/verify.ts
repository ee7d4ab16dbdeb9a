// Verification of the log: the hash chain, the latest signed head, every rotation and every
// deletion record. It reads entries in chain order in batches, so a long log is never held in
// memory at once, and stops at the first failure.
import {
  deletionContent,
  GENESIS_HASH,
  hashEntry,
  headContent,
  rotationContent,
  type DeletionRecord,
  type HeadRecord,
  type RotationRecord,
  type StoredEntry,
} from './chain';
import { SealedBlockError } from './blocks';
import { CanonicalizationError } from './canonical-json';
import { keyFingerprint, verifyCanonical } from './signing';

export type FailureReason =
  | 'entryChanged'
  | 'entryMissing'
  | 'entryOutOfOrder'
  | 'linkBroken'
  | 'headMissing'
  | 'headSignatureInvalid'
  | 'headMismatch'
  | 'chainTruncated'
  | 'unsignedEntries'
  | 'keyNotTrusted'
  | 'rotationInvalid'
  | 'deletionInvalid';

export interface VerifyFailure {
  reason: FailureReason;
  /** The chain position of the first entry that fails, where one entry is to blame. */
  seq?: number;
  /** The record that fails, where a record is to blame. */
  record?: 'head' | 'rotation' | 'deletion';
  /** English detail for developers and for the command-line verifier. */
  detail: string;
}

export interface VerifyReport {
  status: 'intact' | 'broken';
  failure?: VerifyFailure;
  /** Entries read and checked before the result was known. */
  entriesChecked: number;
  rotationsChecked: number;
  deletionsChecked: number;
  /** The chain's length according to the signed head, deleted positions included. */
  length: number;
  /** Fingerprints of the device keys, oldest first, linked by rotation records. */
  keyFingerprints: string[];
}

export interface LogRecords {
  head: HeadRecord | null;
  rotations: RotationRecord[];
  deletions: DeletionRecord[];
}

export interface VerifyOptions {
  /**
   * Keys (public key hex or fingerprint) the caller trusts. When given, the head's key must be one
   * of them or be linked to one of them by rotation records.
   */
  trustedKeys?: string[];
  /** When true, the head must be signed by the first trusted key itself: the device's current key. */
  requireCurrentKey?: boolean;
  /** Stops the verification between two batches: verifyLog then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Awaited between two batches, so the caller can hold the verification while other work runs. */
  betweenBatches?: () => Promise<void>;
}

/** How many entries are hashed at once. */
const HASH_BATCH = 1000;

/**
 * Lets other requests to the same worker run between batches: the next batch waits for a task of
 * "background" priority (scheduler.postTask, Chromium 94 and Firefox 142 and later), which runs
 * only when no task of higher priority is queued. scheduler.yield() would not do, because its
 * continuation runs ahead of the tasks already queued at its priority. Without the API this does
 * nothing, because a timer would add its minimum delay to every batch.
 */
async function yieldToOtherTasks(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') await scheduler.postTask(() => undefined, { priority: 'background' });
}

class Failure extends Error {
  constructor(readonly failure: VerifyFailure) {
    super(failure.detail);
  }
}

function fail(failure: VerifyFailure): never {
  throw new Failure(failure);
}

/** Checks rotation records and returns the device public keys in the order they were used. */
async function verifyRotations(rotations: RotationRecord[], head: HeadRecord | null): Promise<string[]> {
  const ordered = [...rotations].sort((a, b) => a.length - b.length || a.at.localeCompare(b.at));
  const keys: string[] = [];
  for (const [index, rotation] of ordered.entries()) {
    const content = rotationContent(rotation);
    const oldValid = await verifyCanonical(content, rotation.oldSignature, rotation.oldPublicKey);
    const newValid = await verifyCanonical(content, rotation.newSignature, rotation.newPublicKey);
    if (!oldValid || !newValid) {
      fail({ reason: 'rotationInvalid', record: 'rotation', detail: `Rotation record ${index + 1} at chain length ${rotation.length} has an invalid ${oldValid ? 'new-key' : 'old-key'} signature` });
    }
    const previous = keys[keys.length - 1];
    if (previous !== undefined && previous !== rotation.oldPublicKey) {
      fail({ reason: 'rotationInvalid', record: 'rotation', detail: `Rotation record ${index + 1} starts from a key that the previous rotation did not introduce` });
    }
    if (previous === undefined) keys.push(rotation.oldPublicKey);
    keys.push(rotation.newPublicKey);
  }
  if (keys.length === 0 && head) keys.push(head.publicKey);
  return keys;
}

async function verifyDeletion(record: DeletionRecord, keys: string[]): Promise<void> {
  const label = `Deletion record for entries ${record.fromSeq}-${record.toSeq}`;
  if (!(await verifyCanonical(deletionContent(record), record.signature, record.publicKey))) {
    fail({ reason: 'deletionInvalid', record: 'deletion', seq: record.fromSeq, detail: `${label} has an invalid signature` });
  }
  if (!keys.includes(record.publicKey)) {
    fail({ reason: 'deletionInvalid', record: 'deletion', seq: record.fromSeq, detail: `${label} is signed by a key that is not the device's` });
  }
  const rangeValid =
    Number.isSafeInteger(record.fromSeq) &&
    record.fromSeq >= 1 &&
    record.toSeq >= record.fromSeq &&
    record.count === record.toSeq - record.fromSeq + 1;
  if (!rangeValid) {
    fail({ reason: 'deletionInvalid', record: 'deletion', seq: record.fromSeq, detail: `${label} names an invalid range or count` });
  }
}

async function verifyHead(head: HeadRecord, keys: string[]): Promise<void> {
  if (!(await verifyCanonical(headContent(head), head.signature, head.publicKey))) {
    fail({ reason: 'headSignatureInvalid', record: 'head', detail: 'The signature of the chain head is invalid' });
  }
  if (head.publicKey !== keys[keys.length - 1]) {
    fail({ reason: 'keyNotTrusted', record: 'head', detail: 'The head is signed by a key that no rotation record introduced' });
  }
}

async function checkTrust(keys: string[], options: VerifyOptions): Promise<void> {
  const trusted = options.trustedKeys;
  // With no signed record there is no key to check; the walk reports the missing head.
  if (!trusted || trusted.length === 0 || keys.length === 0) return;
  const fingerprints = await Promise.all(keys.map(keyFingerprint));
  const isTrusted = (index: number) => trusted.includes(keys[index] ?? '') || trusted.includes(fingerprints[index] ?? '');
  const current = keys.length - 1;
  const accepted = options.requireCurrentKey ? isTrusted(current) : keys.some((_, index) => isTrusted(index));
  if (!accepted) {
    fail({ reason: 'keyNotTrusted', record: 'head', detail: `The log is signed by key ${fingerprints[current] ?? '(none)'}, which is not the expected key and has no rotation record from it` });
  }
}

/** Returns an entry's hash, or null when its content has no canonical form (a malformed import). */
async function hashOrNull(entry: StoredEntry): Promise<string | null> {
  try {
    return await hashEntry(entry);
  } catch (error) {
    if (error instanceof CanonicalizationError) return null;
    throw error;
  }
}

/** Walks the entries in chain order, bridging deleted ranges, and returns the tip it reaches. */
class ChainWalker {
  expected = 1;
  prev = GENESIS_HASH;
  present = 0;
  private deletionIndex = 0;
  private rotationIndex = 0;

  constructor(
    private readonly deletions: DeletionRecord[],
    private readonly rotations: RotationRecord[],
    /** Fingerprints of the keys in use, oldest first: key i is in use after i rotations. */
    private readonly keyFingerprints: string[],
  ) {}

  /** Checks that a rotation made at the current tip names that tip. */
  private checkRotationsAtTip(): void {
    for (;;) {
      const rotation = this.rotations[this.rotationIndex];
      if (!rotation || rotation.length > this.expected - 1) return;
      if (rotation.length === this.expected - 1 && rotation.hash !== this.prev) {
        fail({ reason: 'rotationInvalid', record: 'rotation', seq: rotation.length, detail: `The rotation record at chain length ${rotation.length} names a different chain hash` });
      }
      this.rotationIndex += 1;
    }
  }

  bridgeDeletions(): void {
    this.checkRotationsAtTip();
    for (;;) {
      const deletion = this.deletions[this.deletionIndex];
      if (!deletion || deletion.fromSeq > this.expected) return;
      if (deletion.fromSeq < this.expected || deletion.prevHash !== this.prev) {
        fail({ reason: 'deletionInvalid', record: 'deletion', seq: deletion.fromSeq, detail: `The deletion record for entries ${deletion.fromSeq}-${deletion.toSeq} does not join the chain before it` });
      }
      this.prev = deletion.lastHash;
      this.expected = deletion.toSeq + 1;
      this.deletionIndex += 1;
      this.checkRotationsAtTip();
    }
  }

  /** Checks the next entry; `computedHash` is its recomputed hash, or null when it has none. */
  push(entry: StoredEntry, computedHash: string | null): void {
    if (this.keyFingerprints.length === 0) {
      fail({ reason: 'headMissing', record: 'head', detail: 'The log has entries but no signed head' });
    }
    this.bridgeDeletions();
    if (entry.seq < this.expected) {
      fail({ reason: 'entryOutOfOrder', seq: entry.seq, detail: `Entry ${entry.seq} appears after entry ${this.expected - 1}` });
    }
    if (entry.seq > this.expected) {
      fail({ reason: 'entryMissing', seq: this.expected, detail: `Entry ${this.expected} is missing and no deletion record covers it` });
    }
    if (computedHash !== entry.hash) {
      fail({ reason: 'entryChanged', seq: entry.seq, detail: `Entry ${entry.seq} does not match its hash: its content was changed` });
    }
    if (entry.prev !== this.prev) {
      fail({ reason: 'linkBroken', seq: entry.seq, detail: `Entry ${entry.seq} does not link to the entry before it` });
    }
    // Rotations made at or before the previous position have been passed, so the key in use
    // for this entry is the one after that many rotations.
    const expectedKey = this.keyFingerprints[this.rotationIndex];
    if (entry.keyFingerprint !== expectedKey) {
      fail({ reason: 'keyNotTrusted', seq: entry.seq, detail: `Entry ${entry.seq} was written under key ${String(entry.keyFingerprint)}, but the signed records name ${expectedKey ?? 'no key'} for it` });
    }
    this.prev = entry.hash;
    this.expected += 1;
    this.present += 1;
  }

  finish(head: HeadRecord | null): void {
    this.bridgeDeletions();
    const leftover = this.deletions[this.deletionIndex];
    if (leftover) {
      fail({ reason: 'deletionInvalid', record: 'deletion', seq: leftover.fromSeq, detail: `The deletion record for entries ${leftover.fromSeq}-${leftover.toSeq} lies beyond the end of the chain` });
    }
    const length = this.expected - 1;
    if (!head) {
      if (length > 0) fail({ reason: 'headMissing', record: 'head', detail: 'The log has entries but no signed head' });
      return;
    }
    if (head.length > length) {
      fail({ reason: 'chainTruncated', seq: length + 1, detail: `The signed head names ${head.length} chain positions but the chain ends after ${length}` });
    }
    if (head.length < length) {
      fail({ reason: 'unsignedEntries', seq: head.length + 1, detail: `Entries from ${head.length + 1} on are not covered by the signed head` });
    }
    if (head.hash !== this.prev || head.count !== this.present) {
      fail({ reason: 'headMismatch', record: 'head', detail: 'The signed head names a different last hash or entry count' });
    }
  }
}

/**
 * Verifies a log: `entries` must yield the stored entries in the order the log keeps them (by
 * position); reordering shows up as a failure. Returns "intact" or the first failure.
 */
export async function verifyLog(
  entries: AsyncIterable<StoredEntry> | Iterable<StoredEntry>,
  records: LogRecords,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const deletions = [...records.deletions].sort((a, b) => a.fromSeq - b.fromSeq);
  const rotations = [...records.rotations].sort((a, b) => a.length - b.length || a.at.localeCompare(b.at));
  const report: VerifyReport = {
    status: 'intact',
    entriesChecked: 0,
    rotationsChecked: 0,
    deletionsChecked: 0,
    length: records.head?.length ?? 0,
    keyFingerprints: [],
  };
  try {
    const keys = await verifyRotations(rotations, records.head);
    report.rotationsChecked = rotations.length;
    report.keyFingerprints = await Promise.all(keys.map(keyFingerprint));
    if (records.head) await verifyHead(records.head, keys);
    await checkTrust(keys, options);
    for (const deletion of deletions) {
      await verifyDeletion(deletion, keys);
      report.deletionsChecked += 1;
    }
    const walker = new ChainWalker(deletions, rotations, report.keyFingerprints);
    // A batch is hashed (WebCrypto, in parallel) while the next one is read; the walk stays in order.
    let walked: Promise<void> = Promise.resolve();
    const check = (batch: StoredEntry[]) => {
      walked = Promise.all(batch.map(hashOrNull)).then((hashes) => {
        batch.forEach((entry, index) => {
          walker.push(entry, hashes[index] ?? null);
          report.entriesChecked += 1;
        });
      });
      // The failure surfaces at the next `await walked`; until then it is not unhandled.
      walked.catch(() => undefined);
    };
    let batch: StoredEntry[] = [];
    for await (const entry of entries) {
      batch.push(entry);
      if (batch.length === HASH_BATCH) {
        await walked;
        await yieldToOtherTasks();
        await options.betweenBatches?.();
        options.signal?.throwIfAborted();
        check(batch);
        batch = [];
      }
    }
    await walked;
    check(batch);
    await walked;
    walker.finish(records.head);
  } catch (error) {
    const failure = error instanceof Failure ? error.failure : unopenedBlockFailure(error);
    if (!failure) throw error;
    report.status = 'broken';
    report.failure = failure;
  }
  return report;
}

/** Returns the failure for a sealed block of the stored log that did not open, or null for any other error. */
function unopenedBlockFailure(error: unknown): VerifyFailure | null {
  if (!(error instanceof SealedBlockError)) return null;
  return { reason: 'entryChanged', seq: error.blockId, detail: `The sealed block of entries from ${error.blockId} does not open: its bytes were changed` };
}
