// The disclosure history: every field the extension filled, to whom and when, newest first.
// NOTE: a plain table of every entry; grouping by application and recipient, filters and a
// virtualised list for large logs are still to come.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../src/messaging/client';
import type { Disclosure } from '../src/messaging/protocol';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage } from '../src/ui/errors';
import { formatTime, t } from '../src/ui/i18n';
import { meaningName } from '../src/ui/meanings';

function recipientText(entry: Disclosure): string {
  if (entry.actionOrigin === null) return t('history_recipientByScript', entry.frameOrigin);
  if (entry.actionOrigin !== entry.frameOrigin) {
    return t('history_recipientWithAction', entry.frameOrigin, entry.actionOrigin);
  }
  return entry.frameOrigin;
}

export function HistoryPanel(): JSX.Element {
  const [entries, setEntries] = useState<Disclosure[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request('log.list', {})
      .then((list) => setEntries([...list].sort((a, b) => b.time.localeCompare(a.time))))
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  if (error) return <ErrorMessage message={error} />;
  if (!entries) return <Progress label={t('history_loading')} />;
  if (entries.length === 0) return <p class="hint">{t('history_empty')}</p>;

  return (
    <table class="history" id="history-table">
      <caption>{t('history_caption', entries.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history_columnTime')}</th>
          <th scope="col">{t('history_columnRecipient')}</th>
          <th scope="col">{t('history_columnField')}</th>
          <th scope="col">{t('history_columnValue')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-disclosure-id={entry.id}>
            <td>
              <time dateTime={entry.time}>{formatTime(entry.time)}</time>
            </td>
            <td>
              {recipientText(entry)}
              <div class="hint">{entry.tabUrl}</div>
            </td>
            <td>
              {meaningName(entry.meaning)}
              {entry.label && <div class="hint">{entry.label}</div>}
            </td>
            <td>
              {entry.value}
              {!entry.kept && <div class="hint">{t('history_notKept')}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
