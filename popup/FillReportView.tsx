// The fill report: each approved field as filled, cleared again by the page, or skipped and why.
import type { JSX } from 'preact';
import type { FillReport, Preview } from '../src/messaging/protocol';
import { t } from '../src/ui/i18n';
import { meaningName, skipReasonText } from '../src/ui/meanings';
import { allRows } from './selection';

interface FillReportProps {
  report: FillReport;
  preview: Preview;
}

function statusText(status: FillReport['rows'][number]['status'], reason?: string): string {
  if (status === 'filled') return t('report_filled');
  if (status === 'notStuck') return t('report_notStuck');
  const reasonText = skipReasonText(reason);
  return reasonText ? t('report_skippedBecause', reasonText) : t('report_skipped');
}

export function FillReportView({ report, preview }: FillReportProps): JSX.Element {
  const rows = new Map(allRows(preview).map((row) => [row.rowId, row]));
  const counts = { filled: 0, notStuck: 0, skipped: 0 };
  for (const row of report.rows) counts[row.status] += 1;

  return (
    <section id="fill-report" aria-labelledby="fill-report-heading">
      <h2 id="fill-report-heading">{t('report_heading')}</h2>
      <p role="status">
        {t('report_summary', counts.filled, counts.notStuck, counts.skipped)}{' '}
        {t('report_logged', report.logged)}
      </p>
      <ul class="report-rows">
        {report.rows.map((entry) => {
          const row = rows.get(entry.rowId);
          const label = row ? row.label || meaningName(row.meaning) : entry.rowId;
          return (
            <li
              key={entry.rowId}
              data-report-row={entry.rowId}
              data-status={entry.status}
              class={`report-row report-${entry.status}`}
            >
              <span class="report-label">{label}</span>
              <span class="report-status">{statusText(entry.status, entry.reason)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
