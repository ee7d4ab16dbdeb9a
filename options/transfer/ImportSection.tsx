// Import of a vault export or a JSON Resume file: pick the file, give the passphrase when the
// file is protected, read what would change, choose replace or merge, and apply.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../../src/messaging/client';
import type { ImportSummary } from '../../src/transfer/summary';
import { Field } from '../../src/ui/components/Field';
import { errorMessage } from '../../src/ui/errors';
import { ImportSummaryView } from './ImportSummaryView';
import { tt } from './i18n';
import type { SetStatus } from './status';
import { uploadFile } from './transfer-client';

type Step =
  | { step: 'idle' }
  | { step: 'needsPassphrase'; uploadId: string }
  | { step: 'ready'; importId: string; summary: ImportSummary };

export function ImportSection({ busy, setStatus }: { busy: boolean; setStatus: SetStatus }): JSX.Element {
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');

  async function preview(uploadId: string, filePassphrase?: string): Promise<void> {
    setStatus({ state: 'busy', text: tt('transfer_checking') });
    const result = await request('transfer.previewImport', { uploadId, passphrase: filePassphrase });
    if (result.status === 'needsPassphrase') {
      setStep({ step: 'needsPassphrase', uploadId });
      setStatus({ state: 'done', text: tt('transfer_needsPassphrase') });
      return;
    }
    setStep({ step: 'ready', importId: result.importId, summary: result.summary });
    setStatus({ state: 'done', text: tt('transfer_previewReady') });
  }

  async function onFile(event: TargetedEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared, so choosing the same file again after a fix still sends a change event.
    input.value = '';
    setStep({ step: 'idle' });
    setPassphrase('');
    try {
      setStatus({ state: 'busy', text: tt('transfer_reading', file.name), fraction: 0 });
      const uploadId = await uploadFile(file, (fraction) => setStatus({ state: 'busy', text: tt('transfer_reading', file.name), fraction }));
      await preview(uploadId);
    } catch (failure) {
      setStatus({ state: 'failed', text: errorMessage(failure) });
    }
  }

  async function onPassphrase(event: Event): Promise<void> {
    event.preventDefault();
    if (step.step !== 'needsPassphrase') return;
    try {
      await preview(step.uploadId, passphrase);
      setPassphrase('');
    } catch (failure) {
      setStatus({ state: 'failed', text: errorMessage(failure) });
    }
  }

  async function apply(): Promise<void> {
    if (step.step !== 'ready') return;
    setStatus({ state: 'busy', text: tt('transfer_applying') });
    try {
      await request('transfer.applyImport', { importId: step.importId, mode });
      setStep({ step: 'idle' });
      setStatus({ state: 'done', text: tt(mode === 'replace' ? 'transfer_replaced' : 'transfer_merged') });
    } catch (failure) {
      // A prepared import is used once; the person picks the file again after an error.
      setStep({ step: 'idle' });
      setStatus({ state: 'failed', text: errorMessage(failure) });
    }
  }

  return (
    <fieldset class="transfer-import">
      <legend>{tt('transfer_importHeading')}</legend>
      <p id="import-vault-hint">{tt('transfer_importHint')}</p>
      <div class="field">
        <label for="import-vault-file">{tt('transfer_fileLabel')}</label>
        <input
          id="import-vault-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-vault-hint"
          disabled={busy}
          onChange={(event) => void onFile(event)}
        />
      </div>

      {step.step === 'needsPassphrase' && (
        <form onSubmit={(event) => void onPassphrase(event)}>
          <Field
            id="import-passphrase"
            label={tt('transfer_importPassphraseLabel')}
            type="password"
            autocomplete="current-password"
            value={passphrase}
            onValue={setPassphrase}
          />
          <button type="submit" id="import-passphrase-submit" disabled={busy || passphrase === ''}>
            {tt('transfer_openFile')}
          </button>
        </form>
      )}

      {step.step === 'ready' && (
        <>
          <ImportSummaryView summary={step.summary} />
          <fieldset class="transfer-mode">
            <legend>{tt('transfer_modeLegend')}</legend>
            <label>
              <input
                type="radio"
                id="import-mode-merge"
                name="import-mode"
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              {tt('transfer_modeMerge')}
            </label>
            <label>
              <input
                type="radio"
                id="import-mode-replace"
                name="import-mode"
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              {tt('transfer_modeReplace')}
            </label>
            {mode === 'replace' && <p class="warning">{tt('transfer_replaceWarning')}</p>}
          </fieldset>
          <button type="button" id="import-vault-apply" disabled={busy} onClick={() => void apply()}>
            {tt('transfer_apply')}
          </button>
        </>
      )}
    </fieldset>
  );
}
