// The typed protocol between the extension's pages (popup, options), the background and the
// content script. Each request name maps to its payload and result. The send helpers and the
// handler registry are generic over these maps, so a wrong payload does not compile.
import type {
  FieldMeaning,
  FieldPart,
  FillItem,
  FillOutcome,
  FillValue,
  FrameScan,
  WidgetKind,
} from '../autofill/types';
import type { TransferChunk, TransferDownload, TransferExportForm, TransferImportPreview } from '../transfer/wire';
import type { LabelLexicon } from '../lexicon/labels/types';
import type { Cv, DocumentInfo, DocumentRole } from '../vault/cv/model';
import type { Application, ApplicationChanges } from '../disclosure/applications';
import type { HistoryFilter, HistoryOverview } from '../disclosure/query';
import type { RecipientInfo } from '../disclosure/recipients';
import type { SignedReceipt } from '../disclosure/receipt';
import type { DataSubjectRequest, LetterLanguage, RequestKind } from '../disclosure/request';
import type { VerifyReport } from '../disclosure/verify';

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  /** Minutes of inactivity before the vault locks itself. */
  autoLockMinutes: number;
}

export interface VaultSettings {
  autoLockMinutes: number;
  /** PBKDF2-SHA256 iterations for the passphrase; never below the vault's minimum. */
  kdfIterations: number;
}

/** One field of the consent preview. */
export interface PreviewRow {
  rowId: string;
  frameId: number;
  fieldId: string;
  meaning: FieldMeaning;
  part?: FieldPart;
  label: string;
  widget: WidgetKind;
  /** The value that would be sent, or null when the vault has none for this field. */
  value: FillValue | null;
  /** The value as the person reads it. */
  display: string;
  /** Whether the row starts ticked. Sensitive and missing values start unticked. */
  checked: boolean;
  sensitive: boolean;
}

/** The fields that go to one recipient: a frame origin and, where it differs, a form's action. */
export interface RecipientGroup {
  frameOrigin: string;
  /** The origin a form would submit to, or null when the page sends the data by script. */
  actionOrigin: string | null;
  /** The recipient is not the site the person is on. */
  isThirdParty: boolean;
  isSecure: boolean;
  rows: PreviewRow[];
  /** Meanings this recipient has received before, with the last time (ISO 8601). */
  previouslyReceived: { meaning: FieldMeaning; lastAt: string }[];
}

/** A frame of the tab that the extension may not read until the person grants its origin. */
export interface BlockedFrame {
  frameId: number;
  origin: string;
}

export interface Preview {
  previewId: string;
  tabId: number;
  tabUrl: string;
  topSite: string;
  pageTitle: string;
  jobTitle?: string;
  company?: string;
  groups: RecipientGroup[];
  blockedFrames: BlockedFrame[];
}

export interface Approval {
  rowId: string;
  value: FillValue;
}

export interface FillReport {
  rows: { rowId: string; status: FillOutcome['status']; reason?: string }[];
  /** Number of disclosure log entries written: one for each field the page received. */
  logged: number;
}

/** A disclosure as the pages read it, decrypted. */
export interface Disclosure {
  id: number;
  time: string;
  tabUrl: string;
  topSite: string;
  frameOrigin: string;
  actionOrigin: string | null;
  meaning: FieldMeaning;
  label: string;
  value: string;
  /** False when the page received the value but did not keep it. */
  kept: boolean;
  applicationId: string;
}

/** Requests from the extension's own pages to the background. */
export interface PageRequests {
  'vault.status': { payload: void; result: VaultStatus };
  'vault.create': { payload: { passphrase: string }; result: { recoveryKey: string } };
  'vault.unlock': { payload: { passphrase: string }; result: VaultStatus };
  'vault.recover': { payload: { recoveryKey: string; newPassphrase: string }; result: VaultStatus };
  'vault.lock': { payload: void; result: VaultStatus };
  'vault.changePassphrase': {
    payload: { currentPassphrase: string; newPassphrase: string };
    result: void;
  };
  'vault.deleteEverything': { payload: void; result: VaultStatus };
  'settings.get': { payload: void; result: VaultSettings };
  /**
   * A changed kdfIterations re-wraps the data key at once when `currentPassphrase` is given;
   * without it the new strength is applied at the next unlock.
   */
  'settings.save': {
    payload: VaultSettings & { currentPassphrase?: string };
    result: VaultSettings;
  };
  'cv.get': { payload: void; result: Cv };
  'cv.save': { payload: { cv: Cv }; result: void };
  'cv.importJsonResume': { payload: { text: string }; result: Cv };
  'documents.list': { payload: void; result: DocumentInfo[] };
  'documents.setRole': { payload: { id: string; role: DocumentRole }; result: void };
  'documents.remove': { payload: { id: string }; result: void };
  'fill.preview': { payload: { tabId: number }; result: Preview };
  'fill.apply': { payload: { previewId: string; approvals: Approval[] }; result: FillReport };
  'fill.undo': { payload: { tabId: number }; result: { restored: number } };
  'log.list': { payload: { recipientOrigin?: string }; result: Disclosure[] };
  /** Ids of the entries that match a filter, newest first; `log.entries` opens them. */
  'log.history': { payload: HistoryFilter; result: { ids: number[] } };
  'log.entries': { payload: { ids: number[] }; result: Disclosure[] };
  'log.overview': { payload: void; result: HistoryOverview };
  'log.verify': { payload: void; result: VerifyReport };
  'log.receipt': { payload: { recipientOrigin: string; language: LetterLanguage }; result: SignedReceipt };
  'log.request': {
    payload: { recipientOrigin: string; kind: RequestKind; language: LetterLanguage };
    result: DataSubjectRequest;
  };
  /** Deletes every entry that matches the filter, leaving signed deletion records. */
  'log.delete': { payload: { filter: HistoryFilter }; result: { deleted: number } };
  /** The whole log as JSON (the log export format), prepared for `transfer.downloadChunk`. */
  'log.export': { payload: void; result: TransferDownload };
  /** The applications, newest first: all of them, or the newest `limit`. */
  'applications.list': { payload: { limit?: number }; result: Application[] };
  'applications.update': { payload: { id: string; changes: ApplicationChanges }; result: Application };
  'recipients.setController': {
    payload: { recipientOrigin: string; controller: string; policyUrl?: string; contact?: string };
    result: RecipientInfo;
  };
  /** Starts an upload of an import file of `size` bytes, sent in chunks of `chunkBytes`. */
  'transfer.beginUpload': { payload: { size: number }; result: { uploadId: string; chunkBytes: number } };
  'transfer.uploadChunk': { payload: { uploadId: string; offset: number; base64: string }; result: void };
  /** Reads an uploaded file; a protected file needs its passphrase. Nothing is stored yet. */
  'transfer.previewImport': {
    payload: { uploadId: string; passphrase?: string };
    result: TransferImportPreview;
  };
  /** Applies a previewed import, all or nothing. */
  'transfer.applyImport': { payload: { importId: string; mode: 'replace' | 'merge' }; result: void };
  /** Prepares a whole-vault export for download. */
  'transfer.export': { payload: TransferExportForm; result: TransferDownload };
  /** Prepares the CV alone as a JSON Resume file. */
  'transfer.exportCv': { payload: void; result: TransferDownload };
  /** Prepares the disclosure log as JSON or CSV, for every recipient or one origin. */
  'transfer.exportLog': { payload: { format: 'json' | 'csv'; recipientOrigin?: string }; result: TransferDownload };
  /** The origins the log has entries for, for the log export's recipient choice. */
  'transfer.listRecipients': { payload: void; result: string[] };
  'transfer.downloadChunk': { payload: { downloadId: string; index: number }; result: TransferChunk };
}

/**
 * Requests from the extension's pages whose payload carries file contents as `bytes`. Pages send
 * them with `requestBinary`, which moves the bytes without encoding them as text.
 */
export interface BinaryRequests {
  'documents.add': {
    payload: { name: string; mimeType: string; role: DocumentRole; bytes: Uint8Array };
    result: DocumentInfo;
  };
}

/** Requests from the background to a content script in one frame. */
export interface ContentRequests {
  /** The scan carries the classifier's word lists, which the content script does not bundle. */
  'content.scan': { payload: { lexicons: readonly LabelLexicon[] }; result: FrameScan };
  'content.fill': { payload: { items: FillItem[] }; result: FillOutcome[] };
  'content.undo': { payload: void; result: { restored: number } };
}

/** Notices from a content script to the background; they expect no result. */
export interface ContentNotices {
  /** The frame's fields changed (a wizard step, an added entry); a fresh scan is due. */
  'content.fieldsChanged': { payload: void; result: void };
}

/** Every request name, so handlers and senders share one map. */
export type RequestMap = PageRequests & BinaryRequests & ContentRequests & ContentNotices;
export type RequestName = keyof RequestMap;
export type PayloadOf<K extends RequestName> = RequestMap[K]['payload'];
export type ResultOf<K extends RequestName> = RequestMap[K]['result'];

/** A message on the wire. */
export interface Envelope<K extends RequestName = RequestName> {
  type: K;
  payload: PayloadOf<K>;
}

/** An error that crosses a message boundary: a stable code the pages translate, and details. */
export interface WireError {
  code: ErrorCode;
  /** English text for developers; pages show the translated message for `code`. */
  message: string;
  /** Values that the translated message names, such as a path in an import. */
  params?: string[];
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: WireError };

/** Error codes; each has a message `error_<code>` in both locales. */
export type ErrorCode =
  | 'vaultLocked'
  | 'vaultExists'
  | 'vaultMissing'
  | 'wrongPassphrase'
  | 'wrongRecoveryKey'
  | 'weakPassphrase'
  | 'invalidImport'
  | 'invalidCv'
  | 'documentTooLarge'
  | 'documentsFull'
  | 'storageFull'
  | 'noAccess'
  | 'previewExpired'
  | 'pageNotSupported'
  | 'invalidRequest'
  | 'importTooLarge'
  | 'importTampered'
  | 'importVersionUnsupported'
  | 'logChanged'
  | 'internal';

/** An error the background raises on purpose; its code reaches the page unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: string[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, params: this.params };
  }

  static fromWire(error: WireError): AppError {
    return new AppError(error.code, error.message, error.params);
  }
}
