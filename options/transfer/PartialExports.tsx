// Partial exports: the CV alone as JSON Resume, and the disclosure log as JSON or CSV for every
// recipient or one.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../src/messaging/client';
import type { PageRequests } from '../../src/messaging/protocol';
import { errorMessage } from '../../src/ui/errors';
import { tt } from './i18n';
import type { SetStatus } from './status';
import { saveDownload } from './transfer-client';

type Prepare = () => Promise<PageRequests['transfer.exportCv']['result']>;

export function PartialExports({ busy, setStatus }: { busy: boolean; setStatus: SetStatus }): JSX.Element {
  const [recipients, setRecipients] = useState<string[]>([]);
  const [recipient, setRecipient] = useState('');

  useEffect(() => {
    request('transfer.listRecipients')
      .then(setRecipients)
      .catch(() => setRecipients([]));
  }, []);

  async function run(prepare: Prepare): Promise<void> {
    setStatus({ state: 'busy', text: tt('transfer_exporting') });
    try {
      const download = await prepare();
      await saveDownload(download, (fraction) => setStatus({ state: 'busy', text: tt('transfer_downloading'), fraction }));
      setStatus({ state: 'done', text: tt('transfer_exported', download.fileName) });
    } catch (failure) {
      setStatus({ state: 'failed', text: errorMessage(failure) });
    }
  }

  const recipientOrigin = recipient === '' ? undefined : recipient;

  return (
    <fieldset class="transfer-partial">
      <legend>{tt('transfer_partialHeading')}</legend>
      <p id="export-cv-hint">{tt('transfer_cvHint')}</p>
      <button type="button" id="export-cv" aria-describedby="export-cv-hint" disabled={busy} onClick={() => void run(() => request('transfer.exportCv'))}>
        {tt('transfer_exportCv')}
      </button>

      <div class="field">
        <label for="export-log-recipient">{tt('transfer_recipientLabel')}</label>
        <select id="export-log-recipient" value={recipient} onChange={(event) => setRecipient(event.currentTarget.value)}>
          <option value="">{tt('transfer_allRecipients')}</option>
          {recipients.map((origin) => (
            <option key={origin} value={origin}>
              {origin}
            </option>
          ))}
        </select>
      </div>
      <p id="export-log-hint">{tt(recipientOrigin ? 'transfer_logOneHint' : 'transfer_logAllHint')}</p>
      <button
        type="button"
        id="export-log-json"
        aria-describedby="export-log-hint"
        disabled={busy}
        onClick={() => void run(() => request('transfer.exportLog', { format: 'json', recipientOrigin }))}
      >
        {tt('transfer_exportLogJson')}
      </button>
      <button
        type="button"
        id="export-log-csv"
        aria-describedby="export-log-hint"
        disabled={busy}
        onClick={() => void run(() => request('transfer.exportLog', { format: 'csv', recipientOrigin }))}
      >
        {tt('transfer_exportLogCsv')}
      </button>
    </fieldset>
  );
}
