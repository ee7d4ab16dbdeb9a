// The import summary: per CV section and for documents, applications and logs, the count now,
// in the file, after replace and after merge. It also shows whether the file's logs verify.
import type { JSX } from 'preact';
import type { ContentCounts, ImportSummary } from '../../src/transfer/summary';
import { formatTime, tOptional } from '../../src/ui/i18n';
import { tt, type TransferMessageKey } from './i18n';

const KIND_KEYS: Record<ImportSummary['kind'], TransferMessageKey> = {
  readable: 'transfer_kindReadable',
  protected: 'transfer_kindProtected',
  jsonResume: 'transfer_kindJsonResume',
};

interface Row {
  label: string;
  current: number;
  incoming: number;
  afterReplace: number;
  afterMerge: number;
}

/** Returns a CV section's translated name, or the JSON Resume key for a section without one. */
function sectionLabel(section: string): string {
  return tOptional(`transfer_section_${section}`) ?? section;
}

function countRows(summary: ImportSummary): Row[] {
  const pick = (key: keyof Omit<ContentCounts, 'cvSections'>): Omit<Row, 'label'> => ({
    current: summary.current[key],
    incoming: summary.incoming[key],
    afterReplace: summary.afterReplace[key],
    afterMerge: summary.afterMerge[key],
  });
  return [
    { label: tt('transfer_rowDocuments'), ...pick('documents') },
    { label: tt('transfer_rowApplications'), ...pick('applications') },
    { label: tt('transfer_rowLogEntries'), ...pick('logEntries') },
    { label: tt('transfer_rowImportedLogEntries'), ...pick('importedLogEntries') },
  ];
}

function LogChecks({ summary }: { summary: ImportSummary }): JSX.Element | null {
  if (summary.logChecks.length === 0) return null;
  const failing = summary.logChecks.filter((check) => !check.ok).length;
  if (failing === 0) return <p class="status">{tt('transfer_logsIntact', summary.logChecks.length)}</p>;
  return (
    <p class="warning" role="alert">
      {tt('transfer_logsBroken', failing, summary.logChecks.length)}
    </p>
  );
}

export function ImportSummaryView({ summary }: { summary: ImportSummary }): JSX.Element {
  const rows: Row[] = [
    ...summary.sections.map((section) => ({ ...section, label: sectionLabel(section.section) })),
    ...countRows(summary),
  ];
  return (
    <div class="transfer-summary" id="import-summary">
      <p>
        {tt(KIND_KEYS[summary.kind])}
        {summary.exportedAt && ` ${tt('transfer_exportedAt', formatTime(summary.exportedAt))}`}
      </p>
      {summary.carriesPrivateKey && <p>{tt('transfer_carriesPrivateKey')}</p>}
      <LogChecks summary={summary} />
      <table>
        <caption>{tt('transfer_summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tt('transfer_columnPart')}</th>
            <th scope="col">{tt('transfer_columnCurrent')}</th>
            <th scope="col">{tt('transfer_columnFile')}</th>
            <th scope="col">{tt('transfer_columnReplace')}</th>
            <th scope="col">{tt('transfer_columnMerge')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.current}</td>
              <td>{row.incoming}</td>
              <td>{row.afterReplace}</td>
              <td>{row.afterMerge}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.documentsAddedByMerge.length > 0 && (
        <p>{tt('transfer_documentsAdded', summary.documentsAddedByMerge.join(', '))}</p>
      )}
    </div>
  );
}
