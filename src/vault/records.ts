// Where each sealed value is stored and the AAD that binds it there. Code that writes vault rows
// directly (restore from an export) uses these, so its rows open with the vault's own reads.

export const RECORD_IDS = {
  cv: 'cv',
  deviceKey: 'deviceKey',
} as const;

export const recordAad = (id: string): string => `records/${id}`;
export const documentInfoAad = (id: string): string => `documents/${id}/info`;
export const documentBytesAad = (id: string): string => `documentBytes/${id}`;

/** The device key record's sealed JSON: Ed25519 key bytes in standard base64. */
export interface StoredDeviceKey {
  secretKey: string;
  publicKey: string;
  createdAt: string;
}
