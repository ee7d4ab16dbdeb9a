// Consent receipts: for one recipient, the Kantara Initiative Consent Receipt v1.1 fields that
// apply, validated against the schema in consent-receipt.schema.json and signed with the device
// key (Ed25519 over the receipt's RFC 8785 canonical JSON). The file carries the public key and
// its fingerprint, so anyone can verify it offline.
import { AppError } from '../messaging/protocol';
import type { StoredEntry } from './chain';
import { validateJson, type JsonSchema, type SchemaError } from './json-schema';
import receiptSchema from './consent-receipt.schema.json';
import { readRecipient } from './recipients';
import { SENSITIVE_CATEGORIES } from '../lexicon/sensitive';
import { keyFingerprint, signCanonical, verifyCanonical } from './signing';
import { toHex } from './bytes';
import { openEntries, type LogVault } from './store';
import type { Application } from './applications';

export const RECEIPT_FORMAT = 'meritvalv-consent-receipt';
export const KANTARA_VERSION = 'KI-CR-v1.1.0';

export interface ReceiptPurpose {
  purpose: string;
  purposeCategory: string[];
  consentType: 'EXPLICIT' | 'IMPLICIT';
  piiCategory: string[];
  primaryPurpose: boolean;
  termination: string;
  thirdPartyDisclosure: boolean;
  thirdPartyName?: string;
}

export interface ConsentReceipt {
  version: typeof KANTARA_VERSION;
  jurisdiction: string;
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  publicKey: string;
  language: 'sv' | 'en';
  piiPrincipalId: string;
  piiControllers: { piiController: string; onBehalf?: boolean; contact: string; email?: string; piiControllerUrl?: string }[];
  policyUrl?: string;
  services: { service: string; purposes: ReceiptPurpose[] }[];
  sensitive: boolean;
  spiCat: string[];
  'x-meritvalv': { recipient: string; disclosures: number; firstAt: string; lastAt: string; entryHashes: string[] };
}

export interface SignedReceipt {
  format: typeof RECEIPT_FORMAT;
  version: 1;
  receipt: ConsentReceipt;
  signature: { algorithm: 'Ed25519'; publicKey: string; keyFingerprint: string; value: string };
}

export interface ReceiptOptions {
  recipientOrigin: string;
  /** How the person is identified to the controller, such as their e-mail address. */
  piiPrincipalId: string;
  language: 'sv' | 'en';
  /** ISO 3166-1 alpha-2 code of the jurisdiction; Sweden unless the caller knows better. */
  jurisdiction?: string;
  applications: Application[];
}

const COLLECTION_METHOD =
  'Job application form filled by the Meritvalv browser extension after the person approved each field';
const TERMINATION = 'When the recruitment ends, the application is withdrawn or the person requests erasure';

export const RECEIPT_SCHEMA = receiptSchema as JsonSchema;

async function entriesFor(vault: LogVault, origin: string): Promise<StoredEntry[]> {
  const hash = await vault.keyedHash(origin);
  const rows = await vault.db.disclosures.where('[recipientHash+time]').between([hash, -Infinity], [hash, Infinity]).toArray();
  return openEntries(vault, rows);
}

/** Whether an origin belongs to the site the person was on (`topSite` is scheme and site). */
function isWithinSite(origin: string, topSite: string): boolean {
  if (!URL.canParse(origin) || !URL.canParse(topSite)) return false;
  const host = new URL(origin).hostname;
  const siteHost = new URL(topSite).hostname;
  return host === siteHost || host.endsWith(`.${siteHost}`);
}

function purposesFor(entries: StoredEntry[], recipientOrigin: string): ReceiptPurpose[] {
  const piiCategory = [...new Set(entries.map((entry) => entry.meaning))].sort();
  const thirdParty = entries.some(
    (entry) => !isWithinSite(entry.frameOrigin, entry.topSite) || (entry.actionOrigin !== null && !isWithinSite(entry.actionOrigin, entry.topSite)),
  );
  return [
    {
      purpose: 'Recruitment: assessing the job application',
      purposeCategory: ['Recruitment'],
      consentType: 'EXPLICIT',
      piiCategory,
      primaryPurpose: true,
      termination: TERMINATION,
      thirdPartyDisclosure: thirdParty,
      ...(thirdParty ? { thirdPartyName: recipientOrigin } : {}),
    },
  ];
}

function servicesFor(entries: StoredEntry[], applications: Application[], recipientOrigin: string): ConsentReceipt['services'] {
  const byApplication = new Map<string, StoredEntry[]>();
  for (const entry of entries) {
    const list = byApplication.get(entry.applicationId) ?? [];
    list.push(entry);
    byApplication.set(entry.applicationId, list);
  }
  return [...byApplication].map(([applicationId, list]) => {
    const application = applications.find((candidate) => candidate.id === applicationId);
    const title = application ? [application.jobTitle, application.company].filter(Boolean).join(', ') : '';
    return { service: `Job application${title ? `: ${title}` : ''} (${list[0]?.tabUrl ?? recipientOrigin})`, purposes: purposesFor(list, recipientOrigin) };
  });
}

/** Builds and signs the consent receipt for everything the log holds for one recipient. */
export async function createReceipt(vault: LogVault, options: ReceiptOptions): Promise<SignedReceipt> {
  const entries = (await entriesFor(vault, options.recipientOrigin)).filter((entry) => entry.kept);
  if (entries.length === 0) {
    throw new AppError('invalidRequest', `The log has no disclosures to ${options.recipientOrigin}`);
  }
  const recipient = await readRecipient(vault, options.recipientOrigin);
  const key = await vault.getDeviceKey();
  const publicKey = toHex(key.publicKey);
  const sensitive = [...new Set(entries.flatMap((entry) => SENSITIVE_CATEGORIES[entry.meaning] ?? []))];
  const first = entries[0] as StoredEntry;
  const last = entries[entries.length - 1] as StoredEntry;

  const receipt: ConsentReceipt = {
    version: KANTARA_VERSION,
    jurisdiction: options.jurisdiction ?? 'SE',
    consentTimestamp: Math.floor(Date.parse(last.time) / 1000),
    collectionMethod: COLLECTION_METHOD,
    consentReceiptID: crypto.randomUUID(),
    publicKey,
    language: options.language,
    piiPrincipalId: options.piiPrincipalId,
    piiControllers: [
      {
        piiController: recipient?.controller || options.recipientOrigin,
        contact: recipient?.contact ?? '',
        piiControllerUrl: options.recipientOrigin,
      },
    ],
    ...(recipient?.policyUrl ? { policyUrl: recipient.policyUrl } : {}),
    services: servicesFor(entries, options.applications, options.recipientOrigin),
    sensitive: sensitive.length > 0,
    spiCat: sensitive,
    'x-meritvalv': {
      recipient: options.recipientOrigin,
      disclosures: entries.length,
      firstAt: first.time,
      lastAt: last.time,
      entryHashes: entries.map((entry) => entry.hash),
    },
  };
  const errors = validateJson(receipt, RECEIPT_SCHEMA);
  if (errors.length > 0) throw new TypeError(`The receipt does not match its schema: ${formatErrors(errors)}`);
  return {
    format: RECEIPT_FORMAT,
    version: 1,
    receipt,
    signature: {
      algorithm: 'Ed25519',
      publicKey,
      keyFingerprint: await keyFingerprint(publicKey),
      value: await signCanonical(receipt, key.secretKey),
    },
  };
}

export function formatErrors(errors: SchemaError[]): string {
  return errors.map((error) => `${error.path || '/'} ${error.message}`).join('; ');
}

export interface ReceiptCheck {
  valid: boolean;
  /** Each check in the order it ran, with its outcome, for the command-line verifier. */
  checks: { name: string; passed: boolean; detail?: string }[];
  keyFingerprint?: string;
}

/**
 * Verifies a signed receipt offline: its schema, that the receipt and signature name the same key,
 * the fingerprint, the signature, and, when `expectedKeys` is given, that the key is one of them.
 */
export async function verifyReceipt(document: unknown, expectedKeys: string[] = []): Promise<ReceiptCheck> {
  const checks: ReceiptCheck['checks'] = [];
  const record = (name: string, passed: boolean, detail?: string) => {
    checks.push({ name, passed, ...(detail ? { detail } : {}) });
    return passed;
  };
  const file = document as Partial<SignedReceipt> | null;
  if (!record('format', file?.format === RECEIPT_FORMAT && file.version === 1, `expected format "${RECEIPT_FORMAT}" version 1`) || !file) {
    return { valid: false, checks };
  }
  const errors = validateJson(file.receipt, RECEIPT_SCHEMA);
  record('schema', errors.length === 0, errors.length ? formatErrors(errors) : 'Kantara Consent Receipt v1.1 fields');
  const signature = file.signature;
  const publicKey = typeof signature?.publicKey === 'string' ? signature.publicKey : '';
  record('key matches receipt', signature?.algorithm === 'Ed25519' && publicKey === file.receipt?.publicKey);
  let fingerprint: string | undefined;
  try {
    fingerprint = await keyFingerprint(publicKey);
  } catch {
    fingerprint = undefined;
  }
  record('fingerprint', fingerprint !== undefined && fingerprint === signature?.keyFingerprint, fingerprint);
  record('signature', await verifyCanonical(file.receipt, signature?.value, publicKey), 'Ed25519 over the RFC 8785 canonical receipt');
  if (expectedKeys.length > 0) {
    record('expected key', expectedKeys.includes(publicKey) || (fingerprint !== undefined && expectedKeys.includes(fingerprint)));
  }
  return { valid: checks.every((check) => check.passed), checks, keyFingerprint: fingerprint };
}
