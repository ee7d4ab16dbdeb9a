// The export format, version 1. docs/export-format.md describes it for people and
// src/transfer/export-format.schema.json for programs; keep the three in step.
import type { Application } from '../disclosure/applications';
import type { LogExport } from '../disclosure/export';
import type { DocumentRole, JsonResume } from '../vault/cv/model';

export const EXPORT_FORMAT = 'meritvalv-export';
export const PROTECTED_FORMAT = 'meritvalv-export-protected';
export const FORMAT_VERSION = 1;
export const APP_NAME = 'Meritvalv';
/** The key of the CV's application facts, as in the JSON Resume files Meritvalv imports. */
export const APPLICATION_KEY = 'x-application';

export const READABLE_WARNING =
  'This file is not encrypted: anyone who gets it can read your CV, documents and disclosure ' +
  'history. It never contains the device\u2019s private signing key.';

/** A stored document, with its bytes in standard base64. */
export interface ExportedDocument {
  id: string;
  name: string;
  mimeType: string;
  role: DocumentRole;
  /** Byte count of the decoded data. */
  size: number;
  addedAt: string;
  /** SHA-256 of the decoded data, as 64 hex digits. */
  sha256: string;
  base64: string;
}

export interface ExportedSettings {
  autoLockMinutes: number;
  kdfIterations: number;
}

/** The device's Ed25519 signing key as lower-case hex; only a protected export carries it. */
export interface ExportedDeviceKey {
  algorithm: 'Ed25519';
  publicKey: string;
  privateKey: string;
}

/** A whole vault. In a protected export this object is the encrypted plaintext. */
export interface VaultExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  encrypted: boolean;
  /** Present in a readable export only. */
  warning?: string;
  /** A JSON Resume document with the application facts under `x-application`. */
  cv: JsonResume;
  documents: ExportedDocument[];
  applications: Application[];
  /**
   * Disclosure logs, each a complete chain in src/disclosure's log export format: logs kept from
   * earlier imports first, then this device's own log when it has one.
   */
  logs: LogExport[];
  settings: ExportedSettings;
  /** Present in a protected export only, so a restore can continue this device's log. */
  deviceKey?: ExportedDeviceKey;
}

export interface ProtectedKdf {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64 of 16 random bytes. */
  salt: string;
}

/** A protected export: a VaultExport encrypted with a key derived from a passphrase. */
export interface ProtectedExport {
  format: typeof PROTECTED_FORMAT;
  formatVersion: number;
  app: { name: string; version: string };
  kdf: ProtectedKdf;
  cipher: { name: 'AES-GCM'; keyLength: 256; tagLength: 128; iv: string };
  /** HMAC-SHA256 of a fixed text under a subkey of the passphrase key, in base64. */
  passphraseCheck: string;
  ciphertext: string;
}
