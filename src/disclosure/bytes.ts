// Byte helpers for hashing and signing: UTF-8, hex and SHA-256 through WebCrypto, which Node 20
// and every extension context provide as globalThis.crypto.
import { canonicalize } from './canonical-json';

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Uint8Array.prototype.toHex, where the engine has it (Chromium 140, Firefox 133); Node 20 does not. */
const nativeToHex = (Uint8Array.prototype as { toHex?: (this: Uint8Array) => string }).toHex;

export function toHex(bytes: Uint8Array): string {
  if (nativeToHex) return nativeToHex.call(bytes);
  let out = '';
  for (const byte of bytes) out += HEX_BYTES[byte] as string;
  return out;
}

/** Decodes lower- or upper-case hex; throws a TypeError on an odd length or another character. */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError(`Invalid hex string of length ${hex.length}`);
  }
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function isHex(text: unknown, byteLength: number): text is string {
  return typeof text === 'string' && text.length === byteLength * 2 && /^[0-9a-f]*$/.test(text);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return toHex(new Uint8Array(digest));
}

/** Returns the SHA-256 of a value's RFC 8785 canonical JSON in UTF-8, as 64 hex digits. */
export function canonicalHash(value: unknown): Promise<string> {
  return sha256Hex(utf8(canonicalize(value)));
}
