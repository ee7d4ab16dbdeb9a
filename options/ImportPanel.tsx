// Import of a JSON Resume file: the background parses and checks it, the page shows what would
// change, and only `#import-apply` saves it over the current CV.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import { errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import type { Cv } from '../src/vault/cv/model';
import { summarizeImport, type ChangeLine } from './importSummary';

/** Larger files are refused before they are read; a JSON Resume is a few kilobytes. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'ready'; incoming: Cv; changes: ChangeLine[]; fileName: string }
  | { step: 'applying'; incoming: Cv; changes: ChangeLine[]; fileName: string }
  | { step: 'applied' }
  | { step: 'failed'; message: string };

export function ImportPanel({ onImported }: { onImported: () => void }): JSX.Element {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  async function onFile(event: TargetedEvent<HTMLInputElement>): Promise<void> {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ step: 'failed', message: t('import_tooLarge', file.name, 5) });
      return;
    }
    setState({ step: 'reading' });
    try {
      const text = await file.text();
      const incoming = await request('cv.importJsonResume', { text });
      const current = await request('cv.get').catch(() => null);
      setState({ step: 'ready', incoming, changes: summarizeImport(current, incoming), fileName: file.name });
    } catch (failure) {
      setState({ step: 'failed', message: errorMessage(failure) });
    }
  }

  async function apply(): Promise<void> {
    if (state.step !== 'ready') return;
    setState({ ...state, step: 'applying' });
    try {
      await request('cv.save', { cv: state.incoming });
      setState({ step: 'applied' });
      onImported();
    } catch (failure) {
      setState({ step: 'failed', message: errorMessage(failure) });
    }
  }

  const statusText: Record<ImportState['step'], string> = {
    idle: '',
    reading: t('import_reading'),
    ready: state.step === 'ready' ? t('import_ready', state.fileName) : '',
    applying: t('import_applying'),
    applied: t('import_applied'),
    failed: state.step === 'failed' ? state.message : '',
  };

  return (
    <div class="import">
      <h2>{t('import_heading')}</h2>
      <p>{t('import_explanation')}</p>
      <div class="field">
        <label for="import-file">{t('import_fileLabel')}</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <p
        id="import-status"
        role={state.step === 'failed' ? 'alert' : 'status'}
        data-state={state.step}
        class={state.step === 'failed' ? 'error' : 'status'}
      >
        {statusText[state.step]}
      </p>
      {(state.step === 'ready' || state.step === 'applying') && (
        <>
          <table class="changes">
            <caption>{t('import_changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import_columnPart')}</th>
                <th scope="col">{t('import_columnNow')}</th>
                <th scope="col">{t('import_columnAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {state.changes.map((line) => (
                <tr key={line.label}>
                  <th scope="row">{line.label}</th>
                  <td>{line.before}</td>
                  <td>{line.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="warning">{t('import_replaceWarning')}</p>
          <button id="import-apply" type="button" class="primary" disabled={state.step === 'applying'} onClick={apply}>
            {t('import_apply')}
          </button>
        </>
      )}
    </div>
  );
}
