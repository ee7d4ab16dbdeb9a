// A virtualised list of log entries. Only the rows in view and a few around them are rendered, and
// their entries are fetched from the background a page at a time. A list of 100,000 ids therefore
// renders about as many rows as a list of twenty.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../src/messaging/client';
import type { Disclosure } from '../../src/messaging/protocol';
import { errorMessage } from '../../src/ui/errors';
import { formatTime } from '../../src/ui/i18n';
import { meaningName } from '../../src/ui/meanings';
import { ht } from './i18n';

/** Every row has this height in CSS pixels; a long value scrolls inside its row. */
const ROW_HEIGHT = 112;
const VIEW_HEIGHT = 560;
/** Rows rendered beyond each edge of the view, so fast scrolling shows no blank rows. */
const OVERSCAN = 4;
/** Entries fetched per request. */
const PAGE_SIZE = 100;

function recipientText(entry: Disclosure): string {
  if (entry.actionOrigin === null) return ht('history_sentByScript', entry.frameOrigin);
  if (entry.actionOrigin !== entry.frameOrigin) return ht('history_sentWithAction', entry.frameOrigin, entry.actionOrigin);
  return entry.frameOrigin;
}

export function EntryView({ entry }: { entry: Disclosure }): JSX.Element {
  return (
    <div class="history-entry">
      <div>
        <time dateTime={entry.time}>{formatTime(entry.time)}</time> · <strong>{meaningName(entry.meaning)}</strong>
        {entry.label && <span class="hint"> “{entry.label}”</span>} → {recipientText(entry)}
      </div>
      <pre class="history-value" style={{ margin: 0, maxHeight: '3.2em', overflow: 'auto', whiteSpace: 'pre-wrap' }}>{entry.value}</pre>
      <div class="hint" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {ht('history_fromPage')} <a href={entry.tabUrl} target="_blank" rel="noopener noreferrer">{entry.tabUrl}</a>
        {!entry.kept && ` · ${ht('history_valueNotKept')}`}
      </div>
    </div>
  );
}

export function EntryList({ ids }: { ids: number[] }): JSX.Element {
  const [scrollTop, setScrollTop] = useState(0);
  const [, setLoadedCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef(new Map<number, Disclosure>());
  const requestedPages = useRef(new Set<string>());

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    for (let page = Math.floor(first / PAGE_SIZE); page * PAGE_SIZE < last; page += 1) {
      const pageIds = ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      const missing = pageIds.filter((id) => !cache.current.has(id));
      const pageKey = `${missing[0]}-${missing.length}`;
      if (missing.length === 0 || requestedPages.current.has(pageKey)) continue;
      requestedPages.current.add(pageKey);
      request('log.entries', { ids: missing })
        .then((entries) => {
          for (const entry of entries) cache.current.set(entry.id, entry);
          setLoadedCount(cache.current.size);
        })
        .catch((failure) => setError(errorMessage(failure)));
    }
  }, [ids, first, last]);

  if (ids.length === 0) return <p class="hint">{ht('history_noEntries')}</p>;

  const rows: JSX.Element[] = [];
  for (let index = first; index < last; index += 1) {
    const id = ids[index] as number;
    const entry = cache.current.get(id);
    rows.push(
      <div
        key={id}
        role="listitem"
        aria-setsize={ids.length}
        aria-posinset={index + 1}
        data-entry-id={id}
        style={{ position: 'absolute', top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px`, left: 0, right: 0, boxSizing: 'border-box', borderBottom: '1px solid var(--border)', padding: '6px 8px' }}
      >
        {entry ? <EntryView entry={entry} /> : <span class="hint">{ht('history_loadingEntry')}</span>}
      </div>,
    );
  }

  return (
    <div>
      {error && <p class="error" role="alert">{error}</p>}
      <div
        class="history-entries"
        role="list"
        aria-label={ht('history_entriesLabel', ids.length)}
        tabIndex={0}
        style={{ height: `${Math.min(VIEW_HEIGHT, ids.length * ROW_HEIGHT)}px`, overflowY: 'auto', position: 'relative' }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: `${ids.length * ROW_HEIGHT}px`, position: 'relative' }}>{rows}</div>
      </div>
    </div>
  );
}
