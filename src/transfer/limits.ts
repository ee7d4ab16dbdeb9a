// Limits on import files, so a hostile or broken file cannot exhaust memory or the stack. The
// vault's own limits (10 MiB a document, 50 MiB in all) apply on top when the import is stored.

/**
 * The largest file accepted: 50 MiB of documents grow to about 67 MiB in base64, and a log of
 * 100,000 entries adds about 40 MiB, so 128 MiB leaves room for a full vault.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

/** The largest string anywhere in a file: a 10 MiB document in base64, with padding. */
export const MAX_PARSED_STRING_CHARS = Math.ceil((10 * 1024 * 1024) / 3) * 4;

/** The largest plain text field of an application, a log entry or a setting. */
export const MAX_TEXT_CHARS = 100_000;

/** Nesting deeper than this is rejected while parsing. */
export const MAX_DEPTH = 64;

/** The most keys one object may have. */
export const MAX_OBJECT_KEYS = 10_000;

/** The most items one array may have: a log of a million entries fits. */
export const MAX_ARRAY_ITEMS = 1_000_000;

/** The most documents, applications and archived logs a file may list. */
export const MAX_DOCUMENTS = 1_000;
export const MAX_APPLICATIONS = 100_000;
export const MAX_IMPORTED_LOGS = 100;

/** How long an uploaded file, a prepared import or an export waiting for download is kept. */
export const TRANSFER_TTL_MS = 15 * 60 * 1000;

/** Bytes per upload chunk and characters per download chunk; runtime messages stay far below 64 MiB. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
export const CHUNK_CHARS = 4 * 1024 * 1024;
