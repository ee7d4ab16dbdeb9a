// Filters for the entry list: text, a date range, a field and a recipient. An application filter
// comes from the applications view and shows as a removable note.
import type { JSX } from 'preact';
import type { FieldMeaning } from '../../src/autofill/types';
import type { HistoryFilter, HistoryOverview } from '../../src/disclosure/query';
import { meaningName } from '../../src/ui/meanings';
import { ht } from './i18n';

interface FiltersProps {
  filter: HistoryFilter;
  overview: HistoryOverview;
  applicationName?: string;
  onChange: (filter: HistoryFilter) => void;
}

/** Turns a date input's YYYY-MM-DD into the start or the end of that day in local time, as ISO 8601. */
function dayBound(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function dayOf(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function Filters({ filter, overview, applicationName, onChange }: FiltersProps): JSX.Element {
  const update = (changes: Partial<HistoryFilter>) => onChange({ ...filter, ...changes });
  return (
    <form class="history-filters" role="search" aria-label={ht('history_filters')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {ht('history_filterText')}{' '}
        <input type="search" value={filter.text ?? ''} onInput={(event) => update({ text: event.currentTarget.value || undefined })} />
      </label>{' '}
      <label>
        {ht('history_filterFrom')}{' '}
        <input type="date" value={dayOf(filter.from)} onChange={(event) => update({ from: dayBound(event.currentTarget.value, false) })} />
      </label>{' '}
      <label>
        {ht('history_filterTo')}{' '}
        <input type="date" value={dayOf(filter.to)} onChange={(event) => update({ to: dayBound(event.currentTarget.value, true) })} />
      </label>{' '}
      <label>
        {ht('history_filterField')}{' '}
        <select value={filter.meaning ?? ''} onChange={(event) => update({ meaning: (event.currentTarget.value || undefined) as FieldMeaning | undefined })}>
          <option value="">{ht('history_filterAny')}</option>
          {overview.fields.map((field) => (
            <option key={field.meaning} value={field.meaning}>{meaningName(field.meaning)} ({field.count})</option>
          ))}
        </select>
      </label>{' '}
      <label>
        {ht('history_filterRecipient')}{' '}
        <select value={filter.recipientOrigin ?? ''} onChange={(event) => update({ recipientOrigin: event.currentTarget.value || undefined })}>
          <option value="">{ht('history_filterAny')}</option>
          {overview.recipients.map((recipient) => (
            <option key={recipient.origin} value={recipient.origin}>
              {recipient.controller ? `${recipient.controller} (${recipient.origin})` : recipient.origin}
            </option>
          ))}
        </select>
      </label>
      {filter.applicationId && (
        <p>
          {ht('history_filterApplication', applicationName ?? filter.applicationId)}{' '}
          <button type="button" onClick={() => update({ applicationId: undefined })}>{ht('history_filterClear')}</button>
        </p>
      )}
    </form>
  );
}
