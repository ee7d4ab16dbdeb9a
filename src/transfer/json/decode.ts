// Turns a file's bytes into text: the size limit first, then the encoding. Only UTF-8 is
// accepted, with or without a byte order mark. UTF-16 and UTF-32 files are named as such, so the
// person can save the file again as UTF-8, and invalid UTF-8 is rejected rather than repaired.
import { MAX_IMPORT_BYTES } from '../limits';
import { importError } from '../problems';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Returns the file's text; throws AppError('importTooLarge') or AppError('invalidImport'). */
export function decodeImportFile(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): string {
  if (bytes.length > maxBytes) {
    throw importError('', 'tooLarge', [String(bytes.length), String(maxBytes)], 'importTooLarge');
  }
  if (bytes.length === 0) throw importError('', 'emptyFile');
  // UTF-32 LE starts like UTF-16 LE, so it is tested first.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw importError('', 'utf32');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) throw importError('', 'utf16');
  // JSON text starts with an ASCII character, so a zero byte among the first two means UTF-16
  // without a byte order mark.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) throw importError('', 'utf16');

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw importError('', 'notUtf8');
  }
}
