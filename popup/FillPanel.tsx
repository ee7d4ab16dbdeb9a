// The unlocked popup: loads the consent preview for the target tab, sends the approved values,
// shows the report and offers Undo.
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { FillReport, Preview } from '../src/messaging/protocol';
import browser from '../src/platform/browser';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { errorCode, errorMessage } from '../src/ui/errors';
import { t } from '../src/ui/i18n';
import { FillReportView } from './FillReportView';
import { PreviewView } from './PreviewView';
import { approvalsFrom, initialSelection, type RowChoice, type Selection } from './selection';

interface FillPanelProps {
  tabId: number | null;
  /** Called when the background reports the vault locked (auto-lock while the popup was open). */
  onLocked: () => void;
}

export function FillPanel({ tabId, onLocked }: FillPanelProps): JSX.Element {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [selection, setSelection] = useState<Selection>({});
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<FillReport | null>(null);
  const [restored, setRestored] = useState<number | null>(null);
  const [pageChanged, setPageChanged] = useState(false);

  const fail = useCallback(
    (failure: unknown) => {
      if (errorCode(failure) === 'vaultLocked') onLocked();
      else setError(errorMessage(failure));
    },
    [onLocked],
  );

  const loadPreview = useCallback(async () => {
    if (tabId === null) {
      setError(t('preview_noTab'));
      return;
    }
    setLoading(true);
    setError(null);
    setReport(null);
    setRestored(null);
    setPageChanged(false);
    try {
      const next = await request('fill.preview', { tabId });
      setPreview(next);
      setSelection(initialSelection(next));
    } catch (failure) {
      setPreview(null);
      fail(failure);
    } finally {
      setLoading(false);
    }
  }, [tabId, fail]);

  useEffect(() => {
    void loadPreview();
  }, [loadPreview]);

  // The content script reports a page whose fields changed (a wizard's next step, a revealed
  // sub-form). The preview is not replaced on its own, so the person's choices are not lost.
  useEffect(() => {
    const listener = (message: unknown): undefined => {
      const notice = message as { type?: string; tabId?: number } | null;
      if (notice?.type === 'popup.fieldsChanged' && notice.tabId === tabId) setPageChanged(true);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);

  function allowAccess(origin: string): void {
    // permissions.request must be called synchronously inside the click handler, because browsers
    // accept it only during a user gesture, which ends at the first await. If the browser closes
    // the popup while its prompt is open, the grant still holds and the next popup scans the frame.
    browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then((granted) => (granted ? loadPreview() : setError(t('preview_accessDenied', origin))))
      .catch(fail);
  }

  async function fill(): Promise<void> {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const approvals = approvalsFrom(preview, selection);
      setReport(await request('fill.apply', { previewId: preview.previewId, approvals }));
    } catch (failure) {
      if (errorCode(failure) === 'previewExpired') {
        // The page changed under the preview: show the fresh one with the reason, to check again.
        await loadPreview();
      }
      fail(failure);
    } finally {
      setBusy(false);
    }
  }

  async function undo(): Promise<void> {
    if (tabId === null) return;
    setBusy(true);
    setError(null);
    try {
      const result = await request('fill.undo', { tabId });
      setRestored(result.restored);
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  }

  function changeRow(rowId: string, choice: RowChoice): void {
    setSelection((current) => ({ ...current, [rowId]: choice }));
  }

  return (
    <div class="fill-panel">
      <div class="toolbar">
        <button id="refresh-preview" type="button" disabled={loading || busy} onClick={loadPreview}>
          {t('preview_refresh')}
        </button>
      </div>
      {pageChanged && !loading && (
        <p id="page-changed" role="status" class="warning">
          {t('preview_pageChanged')}
        </p>
      )}
      {loading && <Progress label={t('preview_loading')} />}
      <ErrorMessage message={error} />
      {preview && report && (
        <>
          <FillReportView report={report} preview={preview} />
          {restored === null ? (
            <button id="undo-button" type="button" disabled={busy} onClick={undo}>
              {t('report_undo')}
            </button>
          ) : (
            <p role="status" class="undone">
              {t('report_undone', restored)}
            </p>
          )}
        </>
      )}
      {preview && !report && !loading && (
        <PreviewView
          preview={preview}
          selection={selection}
          busy={busy}
          onChange={changeRow}
          onAllowAccess={allowAccess}
          onFill={fill}
        />
      )}
      {busy && !report && <Progress label={t('preview_filling')} />}
    </div>
  );
}
