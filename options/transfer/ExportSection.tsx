// Export of the whole vault: readable JSON with a warning that it is not encrypted, or a file
// protected by a passphrase typed twice.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../../src/messaging/client';
import { Field } from '../../src/ui/components/Field';
import { errorMessage } from '../../src/ui/errors';
import type { TransferExportForm } from '../../src/transfer/wire';
import { MIN_PASSPHRASE_LENGTH } from '../../src/vault/limits';
import { tt } from './i18n';
import type { SetStatus } from './status';
import { saveDownload } from './transfer-client';


export function ExportSection({ busy, setStatus }: { busy: boolean; setStatus: SetStatus }): JSX.Element {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');

  const passphraseProblem =
    passphrase.trim().length < MIN_PASSPHRASE_LENGTH
      ? tt('transfer_passphraseTooShort', MIN_PASSPHRASE_LENGTH)
      : passphrase !== confirmation
        ? tt('transfer_passphraseMismatch')
        : null;
  const showProblem = passphrase !== '' || confirmation !== '';

  async function runExport(form: TransferExportForm): Promise<void> {
    setStatus({ state: 'busy', text: tt('transfer_exporting') });
    try {
      const download = await request('transfer.export', form);
      await saveDownload(download, (fraction) => setStatus({ state: 'busy', text: tt('transfer_downloading'), fraction }));
      setStatus({ state: 'done', text: tt('transfer_exported', download.fileName) });
      setPassphrase('');
      setConfirmation('');
    } catch (failure) {
      setStatus({ state: 'failed', text: errorMessage(failure) });
    }
  }

  return (
    <fieldset class="transfer-export">
      <legend>{tt('transfer_exportHeading')}</legend>

      <p class="warning" id="export-readable-warning">
        {tt('transfer_readableWarning')}
      </p>
      <button
        type="button"
        id="export-readable"
        aria-describedby="export-readable-warning"
        disabled={busy}
        onClick={() => void runExport({ form: 'readable' })}
      >
        {tt('transfer_exportReadable')}
      </button>

      <p id="export-protected-hint">{tt('transfer_protectedHint')}</p>
      <Field
        id="export-passphrase"
        label={tt('transfer_passphraseLabel')}
        type="password"
        autocomplete="new-password"
        value={passphrase}
        onValue={setPassphrase}
      />
      <div class="field">
        <label for="export-passphrase-confirm">{tt('transfer_passphraseConfirmLabel')}</label>
        <input
          id="export-passphrase-confirm"
          type="password"
          autocomplete="new-password"
          value={confirmation}
          aria-invalid={showProblem && passphraseProblem !== null}
          aria-describedby="export-passphrase-problem"
          onInput={(event) => setConfirmation(event.currentTarget.value)}
        />
      </div>
      <p id="export-passphrase-problem" class="field-error" aria-live="polite">
        {showProblem ? passphraseProblem : ''}
      </p>
      <button
        type="button"
        id="export-protected"
        aria-describedby="export-protected-hint"
        disabled={busy || passphraseProblem !== null}
        onClick={() => void runExport({ form: 'protected', passphrase })}
      >
        {tt('transfer_exportProtected')}
      </button>
    </fieldset>
  );
}
