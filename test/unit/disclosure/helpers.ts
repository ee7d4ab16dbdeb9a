// A test vault for the disclosure log: an in-memory IndexedDB (fake-indexeddb), AES-256-GCM
// sealing, an HMAC-SHA256 keyed hash and an Ed25519 device key, built with WebCrypto directly so
// the log is tested against its interface alone.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { LOG_SCHEMA, type LogTables, type LogVault, type Sealed } from '../../../src/disclosure/store';
import { generateKeyPair, type DeviceKeyPair } from '../../../src/disclosure/signing';
import type { NewDisclosure, StoredEntry } from '../../../src/disclosure/chain';
import { openBlocks, sealBlock } from '../../../src/disclosure/blocks';
import { toHex } from '../../../src/disclosure/bytes';

export interface TestVault extends LogVault {
  deviceKey: DeviceKeyPair;
  close(): Promise<void>;
}

function gcm(iv: Uint8Array, aad?: string): AesGcmParams {
  const params: AesGcmParams = { name: 'AES-GCM', iv: iv as BufferSource };
  if (aad !== undefined) params.additionalData = new TextEncoder().encode(aad);
  return params;
}

/** Reads the stored entry at chain position `seq` out of its sealed block. */
export async function readStoredEntry(vault: LogVault, seq: number): Promise<StoredEntry> {
  const row = await vault.db.disclosures.get(seq);
  if (!row) throw new Error(`No index row for entry ${seq}`);
  const entry = (await openBlocks(vault, [row.block])).get(seq);
  if (!entry) throw new Error(`Entry ${seq} is not in block ${row.block}`);
  return entry;
}

/** Replaces the entry at `seq` inside its block with `change`'s result, sealed again with the vault's key. */
export async function rewriteStoredEntry(
  vault: LogVault,
  seq: number,
  change: (entry: StoredEntry) => StoredEntry | Promise<StoredEntry>,
): Promise<void> {
  const row = await vault.db.disclosures.get(seq);
  if (!row) throw new Error(`No index row for entry ${seq}`);
  const entries = [...(await openBlocks(vault, [row.block])).values()].sort((a, b) => a.seq - b.seq);
  const changed = await Promise.all(entries.map((entry) => (entry.seq === seq ? change(entry) : entry)));
  await vault.db.disclosureBlocks.put(await sealBlock(vault, row.block, changed));
}

export async function makeTestVault(): Promise<TestVault> {
  const db = new Dexie(`log-test-${crypto.randomUUID()}`) as Dexie & LogTables;
  db.version(1).stores(LOG_SCHEMA);
  await db.open();
  const aesKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const hmacKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const vault: TestVault = {
    db,
    deviceKey: await generateKeyPair(),
    async sealJson(value: unknown, aad?: string): Promise<Sealed> {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plaintext = new TextEncoder().encode(JSON.stringify(value));
      const ciphertext = await crypto.subtle.encrypt(gcm(iv, aad), aesKey, plaintext);
      return { iv, ciphertext: new Uint8Array(ciphertext) };
    },
    async openJson<T>(sealed: Sealed, aad?: string): Promise<T> {
      const plaintext = await crypto.subtle.decrypt(gcm(sealed.iv, aad), aesKey, sealed.ciphertext as BufferSource);
      return JSON.parse(new TextDecoder().decode(plaintext)) as T;
    },
    async keyedHash(text: string): Promise<string> {
      return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(text))));
    },
    async getDeviceKey() {
      return vault.deviceKey;
    },
    async close() {
      db.close();
      await db.delete();
    },
  };
  return vault;
}

/** Returns a disclosure of an e-mail address to a Teamtailor frame, with `overrides` applied. */
export function disclosure(overrides: Partial<NewDisclosure> = {}): NewDisclosure {
  return {
    time: '2026-03-02T10:00:00.000Z',
    tabUrl: 'https://jobs.example.se/apply/123',
    topSite: 'https://example.se',
    frameOrigin: 'https://example.teamtailor.com',
    actionOrigin: null,
    meaning: 'email',
    label: 'E-post',
    value: 'anna@example.se',
    kept: true,
    applicationId: 'app-1',
    ...overrides,
  };
}
