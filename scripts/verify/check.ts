// Checks a file that Meritvalv wrote, outside the browser: a signed consent receipt, a
// disclosure log export, or the logs of a readable whole-vault export. Returns the lines to print
// and whether everything held.
import { isLogExport, verifyLogExport } from '../../src/disclosure/export';
import { RECEIPT_FORMAT, verifyReceipt } from '../../src/disclosure/receipt';
import { PROTECTED_FORMAT } from '../../src/transfer/format';

export interface CheckResult {
  ok: boolean;
  lines: string[];
  /** True when the file is not one of the kinds verify reads (a protected export included), so
   * nothing was checked. */
  unsupported?: boolean;
}

function pass(ok: boolean, text: string): string {
  return `  ${ok ? 'OK  ' : 'FAIL'} ${text}`;
}

async function checkReceipt(document: unknown, keys: string[]): Promise<CheckResult> {
  const result = await verifyReceipt(document, keys);
  const lines = ['Consent receipt (Kantara Consent Receipt v1.1 fields, Ed25519 signature)'];
  for (const check of result.checks) lines.push(pass(check.passed, `${check.name}${check.detail ? `: ${check.detail}` : ''}`));
  lines.push(`  key fingerprint: ${result.keyFingerprint ?? '(unreadable)'}`);
  if (keys.length === 0) lines.push('  NOTE the key is not pinned: pass --key FINGERPRINT to check who signed it');
  return { ok: result.valid, lines };
}

async function checkLog(document: unknown, keys: string[]): Promise<CheckResult> {
  if (!isLogExport(document)) return { ok: false, lines: ['Not a disclosure log export'] };
  const report = await verifyLogExport(document, { trustedKeys: keys });
  const lines = [`Disclosure log export of ${document.exportedAt}`];
  const keyLine = `  device keys, oldest first: ${report.keyFingerprints.join(', ') || '(none)'}`;
  const failure = report.failure;
  if (failure) {
    // Checks stop at the first failure, so only what ran before it is reported.
    lines.push(
      `  checked before the failure: ${report.rotationsChecked} rotation records, ${report.deletionsChecked} deletion records, ${report.entriesChecked} of ${document.entries.length} entries`,
      keyLine,
      `FIRST FAILURE${failure.seq !== undefined ? ` at entry ${failure.seq}` : ''}: ${failure.detail}`,
    );
    return { ok: false, lines };
  }
  lines.push(
    pass(true, `${report.rotationsChecked} rotation records: signed by the old and the new key, each continuing the last`),
    pass(true, `${report.deletionsChecked} deletion records: signed by a device key, each bridging the range it removed`),
    pass(true, `${report.entriesChecked} entries: content hashes, chain links and the key each was written under`),
    pass(true, `signed head: ${report.length} chain positions and ${document.head?.count ?? 0} entries present, matching the chain's end`),
    keyLine,
  );
  if (keys.length > 0) lines.push(pass(true, `signed by the expected key ${keys.join(', ')}`));
  else lines.push('  NOTE the key is not pinned: pass --key FINGERPRINT to check who signed it');
  return { ok: true, lines };
}

/** Checks every log of a readable whole-vault export: the vault's own and any imported chains. */
async function checkVaultLogs(logs: unknown[], keys: string[]): Promise<CheckResult> {
  const lines = [`Readable vault export with ${logs.length} disclosure logs`];
  let ok = true;
  for (const [index, log] of logs.entries()) {
    const result = await checkLog(log, keys);
    ok &&= result.ok;
    lines.push(`logs[${index}]:`, ...result.lines);
  }
  return { ok, lines };
}

/** Checks parsed JSON; `keys` are expected public keys or fingerprints (hex). */
export async function checkDocument(document: unknown, keys: string[]): Promise<CheckResult> {
  const format = (document as { format?: unknown } | null)?.format;
  if (format === RECEIPT_FORMAT) return checkReceipt(document, keys);
  if (isLogExport(document)) return checkLog(document, keys);
  const vault = document as { log?: unknown; logs?: unknown } | null;
  if (isLogExport(vault?.log)) return checkLog(vault.log, keys);
  if (format === PROTECTED_FORMAT) {
    return {
      ok: false,
      unsupported: true,
      lines: ['A protected export: its logs are encrypted. Export the vault readable, or the log alone, to verify it here.'],
    };
  }
  if (Array.isArray(vault?.logs) && vault.logs.length > 0) return checkVaultLogs(vault.logs, keys);
  return {
    ok: false,
    unsupported: true,
    lines: ['Not a file that verify reads: expected a consent receipt, a disclosure log export or a readable whole-vault export.'],
  };
}
