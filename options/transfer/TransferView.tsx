// Export and import of the whole vault, and the partial exports (the CV as JSON Resume, the log
// as JSON or CSV). The options page mounts this view; it takes no props.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Progress } from '../../src/ui/components/Progress';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PartialExports } from './PartialExports';
import { tt } from './i18n';
import type { TransferStatus } from './status';
import { useTransferProgress } from './transfer-client';

function StatusLine({ status, fraction }: { status: TransferStatus; fraction?: number }): JSX.Element {
  if (status.state === 'busy') {
    return (
      <div id="transfer-status" data-state="busy">
        <Progress label={status.text} value={fraction} />
      </div>
    );
  }
  const text = status.state === 'idle' ? '' : status.text;
  return (
    <p
      id="transfer-status"
      data-state={status.state}
      role={status.state === 'failed' ? 'alert' : 'status'}
      class={status.state === 'failed' ? 'error' : 'status'}
    >
      {text}
    </p>
  );
}

export function TransferView(): JSX.Element {
  const [status, setStatusState] = useState<TransferStatus>({ state: 'idle' });
  const [progress, setProgress] = useTransferProgress();

  function setStatus(next: TransferStatus): void {
    // A new step starts from its own progress, not the previous step's last notice.
    if (next.state !== 'busy' || status.state !== 'busy') setProgress(null);
    setStatusState(next);
  }

  const backgroundFraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  const fraction = status.state === 'busy' ? (status.fraction ?? backgroundFraction) : undefined;
  const busy = status.state === 'busy';

  return (
    <section id="transfer" aria-labelledby="transfer-heading" aria-busy={busy}>
      <h2 id="transfer-heading">{tt('transfer_heading')}</h2>
      <StatusLine status={status} fraction={fraction} />
      <ExportSection busy={busy} setStatus={setStatus} />
      <ImportSection busy={busy} setStatus={setStatus} />
      <PartialExports busy={busy} setStatus={setStatus} />
    </section>
  );
}
