// Limits on import files, so a hostile or broken file cannot exhaust memory or the stack. The
// vault's own limits (10 MiB a document, 50 MiB in all) apply on top when the import is stored.
import { MAX_DOCUMENT_BYTES } from '../vault/limits';

/**
 * The largest file accepted. 50 MiB of documents take about 67 MiB in base64, and a log entry
 * takes about 700 bytes of indented JSON (measured on a test export), so a full vault with
 * 100,000 entries comes to about 140 MiB. The limit leaves room above that estimate.
 */
export const MAX_IMPORT_BYTES = 192 * 1024 * 1024;

/** The largest string anywhere in a file: a 10 MiB document in base64, with padding. */
export const MAX_PARSED_STRING_CHARS = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

/** The largest plain text field of an application, a log entry or a setting. */
export const MAX_TEXT_CHARS = 100_000;

/** Nesting deeper than this is rejected while parsing. */
export const MAX_DEPTH = 64;

/** The maximum number of keys in one object. */
export const MAX_OBJECT_KEYS = 10_000;

/** The maximum number of items in one array: a log of a million entries fits. */
export const MAX_ARRAY_ITEMS = 1_000_000;

/** The maximum numbers of documents, applications and logs in one file. */
export const MAX_DOCUMENTS = 1_000;
export const MAX_APPLICATIONS = 100_000;
export const MAX_IMPORTED_LOGS = 100;

/** How long an uploaded file, a prepared import or an export waiting for download is kept. */
export const TRANSFER_TTL_MS = 15 * 60 * 1000;

/** Bytes per upload chunk and characters per download chunk, so each runtime message stays small. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
export const CHUNK_CHARS = 4 * 1024 * 1024;
