// The timeline: filters, the matching entries newest first in a virtualised list, and deleting
// what the filter shows (which leaves a signed record of the deleted range in the log).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HistoryFilter, HistoryOverview } from '../../src/disclosure/query';
import { request } from '../../src/messaging/client';
import { errorMessage } from '../../src/ui/errors';
import { EntryList } from './EntryList';
import { Filters } from './Filters';
import { ht } from './i18n';

/** Typing in the text filter waits this long before the query runs, in milliseconds. */
const TEXT_DEBOUNCE_MS = 300;

interface EntriesPanelProps {
  filter: HistoryFilter;
  overview: HistoryOverview;
  applicationName?: string;
  onFilterChange: (filter: HistoryFilter) => void;
  onDeleted: () => void;
}

export function EntriesPanel(props: EntriesPanelProps): JSX.Element {
  const [ids, setIds] = useState<number[] | null>(null);
  // Each query result gets a new list, so the list starts again at the top.
  const [queryVersion, setQueryVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      request('log.history', props.filter)
        .then((result) => {
          if (!current) return;
          setIds(result.ids);
          setQueryVersion((version) => version + 1);
        })
        .catch((failure) => current && setError(errorMessage(failure)));
    }, props.filter.text ? TEXT_DEBOUNCE_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [props.filter, props.overview]);

  async function deleteShown(): Promise<void> {
    if (!ids || ids.length === 0 || !window.confirm(ht('history_deleteConfirm', ids.length))) return;
    setError(null);
    try {
      const { deleted } = await request('log.delete', { filter: props.filter });
      setNotice(ht('history_deleted', deleted));
      props.onDeleted();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <div>
      <Filters filter={props.filter} overview={props.overview} applicationName={props.applicationName} onChange={props.onFilterChange} />
      {error && <p class="error" role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
      {ids === null ? (
        <p class="hint">{ht('history_loadingEntry')}</p>
      ) : (
        <>
          <p aria-live="polite">
            {ht('history_matching', ids.length)}{' '}
            {ids.length > 0 && (
              <button type="button" class="danger" onClick={() => void deleteShown()}>{ht('history_deleteShown', ids.length)}</button>
            )}
          </p>
          <EntryList key={queryVersion} ids={ids} />
        </>
      )}
    </div>
  );
}
