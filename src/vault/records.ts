// Record ids and the AAD that binds each sealed value to its row. Code that writes vault rows
// directly (a restore from an export) uses these, so the vault's own reads open its rows.

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
