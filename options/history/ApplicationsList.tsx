// The applications the person made, newest first: a tracker built from the fills. Company, job
// title and status are the person's to edit; each change is saved when the field is left.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { APPLICATION_STATUSES, type Application, type ApplicationChanges, type ApplicationStatus } from '../../src/disclosure/applications';
import { request } from '../../src/messaging/client';
import { errorMessage } from '../../src/ui/errors';
import { formatDate } from '../../src/ui/i18n';
import { ht, type HistoryMessageKey } from './i18n';

const STATUS_MESSAGES: Record<ApplicationStatus, HistoryMessageKey> = {
  sent: 'history_statusSent',
  interview: 'history_statusInterview',
  offer: 'history_statusOffer',
  rejected: 'history_statusRejected',
  withdrawn: 'history_statusWithdrawn',
};

/** Rows in the first render, so the list paints at once however long it is. */
const FIRST_ROWS = 50;
/** Rows added per task after the first paint, until every application is shown. */
const ROWS_PER_STEP = 100;

interface ApplicationsListProps {
  applications: Application[];
  onChanged: (application: Application) => void;
  onShowEntries: (application: Application) => void;
}

function ApplicationRow({ application, onChanged, onShowEntries }: { application: Application } & Omit<ApplicationsListProps, 'applications'>): JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const idBase = `application-${application.id}`;

  async function save(changes: ApplicationChanges): Promise<void> {
    setError(null);
    try {
      onChanged(await request('applications.update', { id: application.id, changes }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  function saveText(field: 'company' | 'jobTitle', event: TargetedEvent<HTMLInputElement>): void {
    const value = event.currentTarget.value.trim();
    if (value !== application[field]) void save({ [field]: value });
  }

  return (
    <tr data-application-id={application.id}>
      <td>
        <label class="visually-hidden" for={`${idBase}-company`}>{ht('history_company')}</label>
        <input id={`${idBase}-company`} type="text" value={application.company} maxLength={200} required onChange={(event) => saveText('company', event)} />
        {error && <div class="error" role="alert">{error}</div>}
      </td>
      <td>
        <label class="visually-hidden" for={`${idBase}-title`}>{ht('history_jobTitle')}</label>
        <input id={`${idBase}-title`} type="text" value={application.jobTitle} maxLength={200} onChange={(event) => saveText('jobTitle', event)} />
        <div class="hint">
          <a href={application.url} target="_blank" rel="noopener noreferrer">{application.url}</a>
        </div>
      </td>
      <td>
        <time dateTime={application.createdAt}>{formatDate(application.createdAt)}</time>
      </td>
      <td>{application.documents.length > 0 ? application.documents.join(', ') : <span class="hint">{ht('history_noDocuments')}</span>}</td>
      <td>
        <label class="visually-hidden" for={`${idBase}-status`}>{ht('history_status')}</label>
        <select id={`${idBase}-status`} value={application.status} onChange={(event) => void save({ status: event.currentTarget.value as ApplicationStatus })}>
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>{ht(STATUS_MESSAGES[status])}</option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" onClick={() => onShowEntries(application)}>{ht('history_showEntries')}</button>
      </td>
    </tr>
  );
}

export function ApplicationsList(props: ApplicationsListProps): JSX.Element {
  const [shown, setShown] = useState(FIRST_ROWS);
  const total = props.applications.length;
  useEffect(() => {
    if (shown >= total) return undefined;
    // NOTE: every row is built in the end, so thousands of applications make a large page; a
    // virtualised table would keep it small.
    const timer = setTimeout(() => setShown((count) => count + ROWS_PER_STEP), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);

  if (props.applications.length === 0) return <p class="hint">{ht('history_noApplications')}</p>;
  return (
    <table class="history-applications">
      <caption>{ht('history_applicationsCaption', props.applications.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{ht('history_company')}</th>
          <th scope="col">{ht('history_jobTitle')}</th>
          <th scope="col">{ht('history_date')}</th>
          <th scope="col">{ht('history_documents')}</th>
          <th scope="col">{ht('history_status')}</th>
          <th scope="col"><span class="visually-hidden">{ht('history_actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {props.applications.slice(0, shown).map((application) => (
          <ApplicationRow key={application.id} application={application} onChanged={props.onChanged} onShowEntries={props.onShowEntries} />
        ))}
      </tbody>
    </table>
  );
}
