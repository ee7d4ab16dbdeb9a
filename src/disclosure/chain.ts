// The log's hash chain and its signed records. Each entry's hash is the SHA-256 of its canonical
// plaintext (RFC 8785), which names its position `seq` and the previous entry's hash `prev`, so the
// chain depends on the content alone and survives re-encryption, export and import. The device
// key signs the chain's head after each fill; rotation and deletion records are signed too.
import type { Disclosure } from '../messaging/protocol';
import { canonicalHash } from './bytes';
import { signCanonical, type DeviceKeyPair } from './signing';
import { toHex } from './bytes';

/** The `prev` of the first entry: there is no entry before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** A disclosure before it is stored: everything but the id. */
export type NewDisclosure = Omit<Disclosure, 'id'>;

/**
 * An entry's hashed content: the disclosure, its 1-based position, the previous hash and the
 * fingerprint of the device key in use when it was written. Naming the key in every entry means
 * a head re-signed by another key fails unless a rotation record introduces that key.
 */
export interface ChainEntry extends NewDisclosure {
  seq: number;
  prev: string;
  keyFingerprint: string;
}

/** A chain entry with its own hash, as stored (sealed) and exported. */
export interface StoredEntry extends ChainEntry {
  hash: string;
}

/** The signed head: the chain's length and last hash after a fill, and the entries present. */
export interface HeadRecord {
  kind: 'head';
  /** Number of positions in the chain, deleted ones included: the last entry's `seq`. */
  length: number;
  hash: string;
  /** Entries still present: `length` minus the deleted ones. */
  count: number;
  at: string;
  publicKey: string;
  signature: string;
}

/** A new device key, signed by the old key and by the new one over the same content. */
export interface RotationRecord {
  kind: 'rotation';
  /** The chain's length and last hash when the key changed. */
  length: number;
  hash: string;
  at: string;
  oldPublicKey: string;
  newPublicKey: string;
  oldSignature: string;
  newSignature: string;
}

/** The signed trace of a deleted range, with enough to bridge the gap it leaves in the chain. */
export interface DeletionRecord {
  kind: 'deletion';
  fromSeq: number;
  toSeq: number;
  count: number;
  firstHash: string;
  lastHash: string;
  /** The `prev` of the first deleted entry, which the entry before the range must hash to. */
  prevHash: string;
  at: string;
  publicKey: string;
  signature: string;
}

export type LogRecord = HeadRecord | RotationRecord | DeletionRecord;

/** Returns an entry's hash; only the chain fields and the disclosure count, never `hash` or `id`. */
export function hashEntry(entry: ChainEntry): Promise<string> {
  const { seq, prev, keyFingerprint, time, tabUrl, topSite, frameOrigin, actionOrigin, meaning, label, value, kept, applicationId } =
    entry;
  const content: ChainEntry = {
    seq,
    prev,
    keyFingerprint,
    time,
    tabUrl,
    topSite,
    frameOrigin,
    actionOrigin,
    meaning,
    label,
    value,
    kept,
    applicationId,
  };
  return canonicalHash(content);
}

/** Builds the chain entries that follow a tip of `length` entries ending in `hash`. */
export async function chainEntries(
  disclosures: NewDisclosure[],
  tip: { length: number; hash: string },
  keyFingerprint: string,
): Promise<StoredEntry[]> {
  const stored: StoredEntry[] = [];
  let prev = tip.hash;
  let seq = tip.length;
  for (const disclosure of disclosures) {
    seq += 1;
    const entry: ChainEntry = { ...disclosure, seq, prev, keyFingerprint };
    const hash = await hashEntry(entry);
    stored.push({ ...entry, hash });
    prev = hash;
  }
  return stored;
}

export function headContent(head: HeadRecord): Omit<HeadRecord, 'signature'> {
  const { kind, length, hash, count, at, publicKey } = head;
  return { kind, length, hash, count, at, publicKey };
}

export function rotationContent(record: RotationRecord): Omit<RotationRecord, 'oldSignature' | 'newSignature'> {
  const { kind, length, hash, at, oldPublicKey, newPublicKey } = record;
  return { kind, length, hash, at, oldPublicKey, newPublicKey };
}

export function deletionContent(record: DeletionRecord): Omit<DeletionRecord, 'signature'> {
  const { kind, fromSeq, toSeq, count, firstHash, lastHash, prevHash, at, publicKey } = record;
  return { kind, fromSeq, toSeq, count, firstHash, lastHash, prevHash, at, publicKey };
}

export async function signHead(
  fields: { length: number; hash: string; count: number; at: string },
  key: DeviceKeyPair,
): Promise<HeadRecord> {
  const unsigned = { kind: 'head' as const, ...fields, publicKey: toHex(key.publicKey) };
  return { ...unsigned, signature: await signCanonical(unsigned, key.secretKey) };
}

export async function signRotation(
  tip: { length: number; hash: string },
  at: string,
  oldKey: DeviceKeyPair,
  newKey: DeviceKeyPair,
): Promise<RotationRecord> {
  const unsigned = {
    kind: 'rotation' as const,
    length: tip.length,
    hash: tip.hash,
    at,
    oldPublicKey: toHex(oldKey.publicKey),
    newPublicKey: toHex(newKey.publicKey),
  };
  return {
    ...unsigned,
    oldSignature: await signCanonical(unsigned, oldKey.secretKey),
    newSignature: await signCanonical(unsigned, newKey.secretKey),
  };
}

export async function signDeletion(
  range: { first: StoredEntry; last: StoredEntry; count: number },
  at: string,
  key: DeviceKeyPair,
): Promise<DeletionRecord> {
  const unsigned = {
    kind: 'deletion' as const,
    fromSeq: range.first.seq,
    toSeq: range.last.seq,
    count: range.count,
    firstHash: range.first.hash,
    lastHash: range.last.hash,
    prevHash: range.first.prev,
    at,
    publicKey: toHex(key.publicKey),
  };
  return { ...unsigned, signature: await signCanonical(unsigned, key.secretKey) };
}
