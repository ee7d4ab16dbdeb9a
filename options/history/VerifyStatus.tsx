// The result of verifying the log: intact, or the first entry or record that fails and why. A
// verification that failed to finish (the vault locked, the background stopped) leaves the log
// unverified, which is neither.
import type { JSX } from 'preact';
import type { FailureReason, VerifyReport } from '../../src/disclosure/verify';
import { ht, type HistoryMessageKey } from './i18n';

const REASON_MESSAGES: Record<FailureReason, HistoryMessageKey> = {
  entryChanged: 'history_failEntryChanged',
  entryMissing: 'history_failEntryMissing',
  entryOutOfOrder: 'history_failEntryOutOfOrder',
  linkBroken: 'history_failLinkBroken',
  headMissing: 'history_failHeadMissing',
  headSignatureInvalid: 'history_failHeadSignature',
  headMismatch: 'history_failHeadMismatch',
  chainTruncated: 'history_failChainTruncated',
  unsignedEntries: 'history_failUnsignedEntries',
  keyNotTrusted: 'history_failKeyNotTrusted',
  rotationInvalid: 'history_failRotation',
  deletionInvalid: 'history_failDeletion',
};

interface VerifyStatusProps {
  report: VerifyReport | null;
  error: string | null;
  onVerify: () => void;
}

function statusText(report: VerifyReport): string {
  if (report.status === 'intact') {
    return ht('history_verifyIntact', report.entriesChecked, report.deletionsChecked, report.rotationsChecked);
  }
  const failure = report.failure;
  const reason = failure ? ht(REASON_MESSAGES[failure.reason]) : '';
  return failure?.seq !== undefined ? ht('history_verifyBrokenAt', failure.seq, reason) : ht('history_verifyBroken', reason);
}

export function VerifyStatus({ report, error, onVerify }: VerifyStatusProps): JSX.Element {
  const status = report?.status ?? (error ? 'unverified' : 'pending');
  const text = error ?? (report ? statusText(report) : ht('history_verifying'));
  return (
    <div class={`history-verify ${status}`} role="status" aria-live="polite">
      <span id="history-verify-status" data-status={status} class={status === 'broken' || status === 'unverified' ? 'error' : undefined}>
        {text}
      </span>{' '}
      <button type="button" onClick={onVerify} disabled={!report && !error}>
        {ht('history_verifyAgain')}
      </button>
      {report?.keyFingerprints.length ? (
        <div class="hint">{ht('history_keyFingerprint', report.keyFingerprints[report.keyFingerprints.length - 1] ?? '')}</div>
      ) : null}
    </div>
  );
}
