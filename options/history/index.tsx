// The disclosure history: applications first, then recipients (with the chart, receipts and
// data-subject requests), fields and a filtered timeline. The applications render as soon as they
// arrive. Verifying the whole log starts after that first paint, so it never delays it. The view
// talks to the background only through request().
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Application } from '../../src/disclosure/applications';
import type { HistoryFilter, HistoryOverview } from '../../src/disclosure/query';
import type { VerifyReport } from '../../src/disclosure/verify';
import { request, requestCancellable } from '../../src/messaging/client';
import { ErrorMessage } from '../../src/ui/components/ErrorMessage';
import { Progress } from '../../src/ui/components/Progress';
import { Tabs, tabPanelProps } from '../../src/ui/components/Tabs';
import { errorMessage } from '../../src/ui/errors';
import { ApplicationsList } from './ApplicationsList';
import { DisclosureChartView } from './Chart';
import { saveDownload } from '../transfer/transfer-client';
import { EntriesPanel } from './EntriesPanel';
import { FieldsView } from './FieldsView';
import { ht } from './i18n';
import { RecipientsView } from './RecipientsView';
import { VerifyStatus } from './VerifyStatus';

/** Applications requested before the whole list, for the first paint. */
const FIRST_APPLICATIONS = 50;
/** The maximum wait for a frame, in milliseconds, because a page in a background tab paints none. */
const MAX_FRAME_WAIT_MS = 100;

type ViewId = 'history-applications' | 'history-recipients' | 'history-fields' | 'history-timeline';

/**
 * Verifies the log once `ready` turns true, over a request that this page cancels when it starts
 * another verification or History closes, so the background stops work that no page waits for.
 */
function useVerification(ready: boolean): { report: VerifyReport | null; error: string | null; verify: () => void } {
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const verify = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setReport(null);
    setError(null);
    requestCancellable('log.verify', controller.signal)
      .then(setReport)
      .catch((failure) => {
        if (!controller.signal.aborted) setError(errorMessage(failure));
      });
  }, []);
  useEffect(() => {
    if (!ready) return undefined;
    // Preact runs effects after the frame that shows the first view; the timer yields once more.
    const timer = setTimeout(verify, 0);
    return () => clearTimeout(timer);
  }, [ready, verify]);
  useEffect(() => () => running.current?.abort(), []);
  return { report, error, verify };
}

/** Resolves once the next frame has been painted, or after MAX_FRAME_WAIT_MS in a hidden page. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, MAX_FRAME_WAIT_MS);
    window.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

export function HistoryView(): JSX.Element {
  const [view, setView] = useState<ViewId>('history-applications');
  const [overview, setOverview] = useState<HistoryOverview | null>(null);
  const [applications, setApplications] = useState<Application[] | null>(null);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const verification = useVerification(applications !== null || error !== null);

  const loadOverview = useCallback(() => {
    request('log.overview')
      .then(setOverview)
      .catch((failure) => setError(errorMessage(failure)));
  }, []);
  const load = useCallback(() => {
    // The newest applications come first, so the list paints before the rest are decrypted. The
    // rest are requested after that paint, so their reply cannot hold it up.
    request('applications.list', { limit: FIRST_APPLICATIONS })
      .then(async (newest) => {
        setApplications((current) => current ?? newest);
        if (newest.length < FIRST_APPLICATIONS) return newest;
        await afterNextPaint();
        return request('applications.list', {});
      })
      .then(setApplications)
      .catch((failure) => setError(errorMessage(failure)));
    loadOverview();
  }, [loadOverview]);
  useEffect(load, [load]);

  function showEntries(next: HistoryFilter): void {
    setFilter(next);
    setView('history-timeline');
  }

  async function exportLog(): Promise<void> {
    setExporting(true);
    try {
      // The log arrives in chunks: as one reply it could exceed the browser's message size limit.
      await saveDownload(await request('log.export'), () => undefined);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setExporting(false);
    }
  }

  const tabs = [
    { id: 'history-applications' as const, label: ht('history_tabApplications') },
    { id: 'history-recipients' as const, label: ht('history_tabRecipients') },
    { id: 'history-fields' as const, label: ht('history_tabFields') },
    { id: 'history-timeline' as const, label: ht('history_tabTimeline') },
  ];
  const applicationName = applications?.find((application) => application.id === filter.applicationId)?.company;

  return (
    <div id="history">
      <VerifyStatus report={verification.report} error={verification.error} onVerify={verification.verify} />
      <ErrorMessage id="history-error" message={error} />
      {!applications ? (
        <Progress label={ht('history_loadingHistory')} />
      ) : (
        <>
          <p class="hint">
            {overview && <>{ht('history_total', overview.total)} </>}
            <button type="button" disabled={exporting} onClick={() => void exportLog()}>{ht('history_exportLog')}</button>
          </p>
          <Tabs label={ht('history_views')} tabs={tabs} selected={view} onSelect={setView} />
          <section {...tabPanelProps(view)}>
            {view === 'history-applications' && (
              <ApplicationsList
                applications={applications}
                onChanged={(changed) => setApplications(applications.map((item) => (item.id === changed.id ? changed : item)))}
                onShowEntries={(application) => showEntries({ applicationId: application.id })}
              />
            )}
            {view !== 'history-applications' && !overview && <Progress label={ht('history_loadingHistory')} />}
            {view === 'history-recipients' && overview && (
              <>
                <DisclosureChartView chart={overview.chart} />
                <RecipientsView recipients={overview.recipients} onChanged={loadOverview} onShowEntries={(origin) => showEntries({ recipientOrigin: origin })} />
              </>
            )}
            {view === 'history-fields' && overview && <FieldsView fields={overview.fields} onShowEntries={(meaning) => showEntries({ meaning })} />}
            {view === 'history-timeline' && overview && (
              <EntriesPanel
                filter={filter}
                overview={overview}
                applicationName={applicationName}
                onFilterChange={setFilter}
                onDeleted={() => {
                  load();
                  verification.verify();
                }}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
