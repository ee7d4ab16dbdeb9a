// Byte encodings used by the vault: UTF-8, base64 for storage.session and messages, and
// Crockford base32 for the recovery key that a person types.

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

// Browsers with the native base64 codec (Uint8Array.fromBase64 and toBase64) skip the loop over
// every character, which dominated the decoding of a 5 MB document. Node 20 and older engines use
// the fallback.
interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
interface NativeBase64Bytes {
  toBase64?: () => string;
}

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Decodes standard base64 (padding optional); throws a TypeError on any other character. */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as NativeBase64).fromBase64;
  if (typeof native === 'function') {
    try {
      return native(text);
    } catch {
      throw new TypeError('Invalid base64');
    }
  }
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new TypeError('Invalid base64');
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Crockford's alphabet leaves out I, L, O and U, so a typed key survives look-alike letters.
const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes Crockford base32, ignoring case, spaces and dashes and reading I/L as 1 and O as 0.
 * Returns null on any other character.
 */
export function fromBase32(text: string): Uint8Array | null {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of cleaned) {
    const digit = BASE32_ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

/** Overwrites secret bytes once they are no longer needed. */
export function wipe(...arrays: (Uint8Array | undefined)[]): void {
  for (const array of arrays) array?.fill(0);
}

/** Views bytes as the BufferSource that WebCrypto's TypeScript typings ask for, without a copy. */
export function source(bytes: Uint8Array): BufferSource {
  return bytes as BufferSource;
}
