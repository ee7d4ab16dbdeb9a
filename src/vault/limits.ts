// Limits that the vault enforces and the pages check first, so a person sees the problem before a
// request fails. Plain constants, free of storage and DOM, so pages may import them.

/**
 * The shortest passphrase, in Unicode code points, for a new vault, a new passphrase or a protected
 * export. The vault counts after trimming white space.
 */
export const MIN_PASSPHRASE_LENGTH = 10;

/** The minimum for PBKDF2-HMAC-SHA256 in the OWASP Password Storage Cheat Sheet (May 2023). */
export const KDF_MIN_ITERATIONS = 600_000;

/** The maximum size of one document, in bytes (10 MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The maximum size of all documents together, in bytes (50 MiB). */
export const MAX_TOTAL_DOCUMENT_BYTES = 50 * 1024 * 1024;
