// A vault's whole content, decrypted: what an export writes and an import stores. It lives only
// in the background's memory while a transfer runs.
import type { Application } from '../disclosure/applications';
import type { LogExport } from '../disclosure/export';
import type { FailureReason } from '../disclosure/verify';
import type { Cv, DocumentInfo } from '../vault/cv/model';
import type { ExportedSettings } from './format';

export interface DocumentWithBytes {
  info: DocumentInfo;
  bytes: Uint8Array;
}

/** The device's Ed25519 key pair as lower-case hex; the secret key is absent when unknown. */
export interface DeviceKeyHex {
  publicKey: string;
  secretKey?: string;
}

export interface VaultContent {
  cv: Cv;
  documents: DocumentWithBytes[];
  applications: Application[];
  /** This device's own log, which fills extend; null when it has neither entries nor a head. */
  log: LogExport | null;
  /** Complete logs of other devices or backups, each kept as its own chain with its own key. */
  importedLogs: LogExport[];
  settings: ExportedSettings;
  /** Null when the vault has no device key. */
  deviceKey: DeviceKeyHex | null;
}

/** The outcome of checking a log's hash chain and signatures. */
export type LogCheck =
  | { ok: true }
  | { ok: false; reason: FailureReason; seq?: number; detail: string };

/** Progress of a long step: `done` of `total` units. */
export type ProgressCallback = (done: number, total: number) => void;
